/**
 * Name comparison: family and given name, each in up to three ways (Khmer keys, Latin phonetic keys, romanised
 * Khmer against Latin), in the written order and swapped. Khmer script decides when both sides have it, since
 * it is the name's real spelling; Latin keys and the romanisation stand in when it is missing.
 */
import { jaroWinklerAtLeast, withinOneEdit } from '../names/similarity';
import { khmerCuts, khmerReading, type NameReading, type PreparedRecord } from './record';

export type NameLevel = 'agree' | 'partial' | 'disagree' | 'missing';
export type NameVia = 'khmer' | 'latin' | 'cross-script';

export interface PartResult {
  level: NameLevel;
  via: NameVia | null;
  /**
   * A partial agreement between Latin spellings with the same consonants (Chenda/Chinda, Makara/Makra,
   * Sreypich/Sreypech) or one typo apart: the vowels are what romanisation varies, so this is one name spelt
   * two ways more often than two names. Names further apart (Sreymom/Sreypov) are the rhyming names twins
   * and siblings get. Never set for Khmer script, the name's real spelling.
   */
  variant: boolean;
  /** Keys naming the agreeing value, to look up how common it is. */
  keys: string[];
}

export interface NamesResult {
  family: PartResult;
  given: PartResult;
  swapped: boolean;
}

const MISSING: PartResult = { level: 'missing', via: null, keys: [], variant: false };

type Mode = 'khmer' | 'latin' | 'cross';

/** Similarity above which two keys count as a variant or typo of one name. */
const SIMILAR: Record<Mode, number> = {
  latin: 0.9,
  // Khmer keys: one mark or letter different in a name of 3-6 characters.
  khmer: 0.88,
  // Romanised Khmer against Latin: the romanisation is rough, so the bar is lower.
  cross: 0.85,
};

const RANK: Record<NameLevel, number> = { agree: 3, partial: 2, disagree: 1, missing: 0 };

/** Consonants only, voiced and voiceless stops merged: the shape a rough romanisation still gets right. */
const skeleton = (key: string): string => {
  let s = skeletons.get(key);
  if (s === undefined) {
    s = key
      .replace(/[aeiou]+/g, '')
      .replace(/d/g, 't')
      .replace(/b/g, 'p');
    // Keys are names: a few tens of thousands at national scale. The bound only guards against a flood.
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    skeletons.set(key, s);
  }
  return s;
};
/** Skeletons of keys met, by key: a common name is compared thousands of times an import. */
const skeletons = new Map<string, string>();
const MAX_SKELETONS = 200_000;

/**
 * Two keys of one name spelt two ways: the same consonants in the same order (at least two), the vowels being
 * what romanisation varies, or keys of four letters or more one typo apart.
 */
const spellingVariant = (a: string, b: string): boolean => {
  const sa = skeleton(a);
  if (sa.length >= 2 && sa === skeleton(b)) return true;
  return Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b);
};

/** One name extended into another (Sok, Sokha; Chan, Channa) is a different name, not a typo. */
const extends_ = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

function similar(a: string, b: string, mode: Mode): boolean {
  if (extends_(a, b)) return false;
  if (jaroWinklerAtLeast(a, b, SIMILAR[mode])) return true;
  // Short keys: Jaro-Winkler punishes one letter in four hard (Nhem/Nhim 0.87), a single edit does not.
  if (Math.max(a.length, b.length) >= 3 && withinOneEdit(a, b)) return true;
  if (mode !== 'cross') return false;
  const sa = skeleton(a);
  return sa.length >= 2 && sa === skeleton(b);
}

interface Level {
  level: NameLevel;
  /** Keys of both sides, for the name's frequency. */
  keys: string[];
  /** Partial, and a spelling variant (spellingVariant; Latin and romanised keys only). */
  variant: boolean;
}

function compareKeys(
  xs: readonly string[],
  ys: readonly string[],
  xRaw: string,
  yRaw: string,
  mode: Mode,
): Level {
  if (xs.length === 0 || ys.length === 0) return NO_LEVEL;
  let partial = false;
  for (const x of xs) {
    for (const y of ys) {
      if (x === y) return { level: 'agree', keys: [x], variant: false };
      if (!partial && similar(x, y, mode)) partial = true;
    }
  }
  // One typo in the written letters can change the phonetic key a lot ("Sreypov" / "Sreyoov").
  if (!partial && xRaw !== '' && yRaw !== '' && Math.min(xRaw.length, yRaw.length) >= 4) {
    partial = withinOneEdit(xRaw, yRaw) && !extends_(xRaw, yRaw);
  }
  if (!partial) return { level: 'disagree', keys: [xs[0]!, ys[0]!], variant: false };
  const variant = mode !== 'khmer' && xs.some((x) => ys.some((y) => spellingVariant(x, y)));
  return { level: 'partial', keys: [xs[0]!, ys[0]!], variant };
}

interface PairLevels {
  family: Level;
  given: Level;
}

/** Results name a level and its keys with every field set, so that the comparator meets one shape of object. */
const NO_LEVEL: Level = { level: 'missing', keys: [], variant: false };
const NONE: PairLevels = { family: NO_LEVEL, given: NO_LEVEL };

/**
 * The best agreement between one reading of each side, family and given taken from the SAME readings (a full
 * name read two ways must not lend its family name from one reading and its given name from the other).
 * The given name counts double: it is what tells relatives apart.
 */
function bestReadings(
  as: readonly NameReading[],
  bs: readonly NameReading[],
  swapped: boolean,
  mode: Mode,
): PairLevels {
  let best = NONE;
  let bestRank = -1;
  for (const x of as) {
    for (const y of bs) {
      const family = swapped
        ? compareKeys(x.family, y.given, x.familyRaw, y.givenRaw, mode)
        : compareKeys(x.family, y.family, x.familyRaw, y.familyRaw, mode);
      const given = swapped
        ? compareKeys(x.given, y.family, x.givenRaw, y.familyRaw, mode)
        : compareKeys(x.given, y.given, x.givenRaw, y.givenRaw, mode);
      const rank = RANK[family.level] + 2 * RANK[given.level];
      if (rank > bestRank) {
        bestRank = rank;
        best = { family, given };
      } else if (rank === bestRank) {
        // Two readings fit equally ("Da Ra Phon" read Da|RaPhon or Phon|DaRa): keep every key, so that the
        // name's weight comes from the commonest reading, not from a wrong split that looks rare.
        best = {
          family: {
            level: best.family.level,
            keys: [...best.family.keys, ...family.keys],
            variant: best.family.variant,
          },
          given: {
            level: best.given.level,
            keys: [...best.given.keys, ...given.keys],
            variant: best.given.variant,
          },
        };
      }
    }
  }
  return best;
}

/**
 * Khmer readings of x. When x has only an unsplit full name ("សុខដារា"), it is cut where one of the other
 * record's name parts begins or ends it; the order question is left to the caller, like for any reading.
 */
function khmerLike(x: PreparedRecord, other: PreparedRecord): readonly NameReading[] {
  if (x.khmer.length > 0 || x.khmerFull === '') return x.khmer;
  const full = x.khmerFull;
  const out: NameReading[] = [];
  // Both one word: "មានរចនា" and "រចនាមាន" are one name in two orders when one is the other rotated.
  const whole = other.khmer.length === 0 ? other.khmerFull : '';
  if (whole !== '' && whole !== full && whole.length === full.length) {
    for (const i of khmerCuts(full)) {
      if (full.slice(i) + full.slice(0, i) === whole) {
        out.push(khmerReading({ family: full.slice(0, i), given: full.slice(i) }));
      }
    }
  }
  for (const p of other.khmer) {
    for (const k of [p.family[0], p.given[0]]) {
      if (k === undefined || k === full) continue;
      if (full.startsWith(k)) out.push(khmerReading({ family: k, given: full.slice(k.length) }));
      else if (full.endsWith(k)) {
        out.push(khmerReading({ family: full.slice(0, full.length - k.length), given: k }));
      }
    }
  }
  // Nothing lines up: the whole name stands for the given name, the part that identifies a person.
  return out.length > 0 ? out : [khmerReading({ family: '', given: full })];
}

/**
 * Combines Khmer and Latin evidence for one part. Khmer script, the real spelling, decides when both sides
 * have it: two different Khmer names may share a romanisation (សំ and សោម are both "Som"), and Latin columns
 * are sometimes filled the wrong way round, so Latin agreement does not overrule a Khmer disagreement.
 */
function combine(km: Level, la: Level): PartResult {
  if (km.level === 'agree') return { level: 'agree', via: 'khmer', keys: bothKeys(km, la), variant: false };
  // Two Khmer spellings one mark apart that romanise alike are one name spelt two ways.
  if (km.level === 'partial' && la.level === 'agree')
    return { level: 'agree', via: 'latin', keys: bothKeys(km, la), variant: false };
  if (km.level === 'partial') return KHMER_PARTIAL;
  if (km.level === 'disagree') return KHMER_DISAGREE;
  // The Khmer level is missing here, and a missing level has no keys (NO_LEVEL, NONE): the Latin ones alone.
  if (la.level !== 'missing') return { level: la.level, via: 'latin', keys: la.keys, variant: la.variant };
  return MISSING;
}

/**
 * The keys an agreement is weighed by (how common the name is). Only an agreement is: the others are shared
 * results that carry none, since a comparison makes a few of them for every candidate pair.
 */
const bothKeys = (km: Level, la: Level): string[] =>
  la.keys.length === 0 ? km.keys : km.keys.length === 0 ? la.keys : [...km.keys, ...la.keys];
const NO_KEYS: string[] = [];
const KHMER_PARTIAL: PartResult = { level: 'partial', via: 'khmer', keys: NO_KEYS, variant: false };
const KHMER_DISAGREE: PartResult = { level: 'disagree', via: 'khmer', keys: NO_KEYS, variant: false };

const crossPart = (l: Level): PartResult =>
  l.level === 'missing' ? MISSING : { level: l.level, via: 'cross-script', keys: l.keys, variant: l.variant };
const unsure = (p: PartResult): boolean =>
  p.via !== 'khmer' && (p.level === 'missing' || p.level === 'disagree');
const pairRank = (p: PairLevels): number => RANK[p.family.level] + 2 * RANK[p.given.level];

function orientation(a: PreparedRecord, b: PreparedRecord, swapped: boolean): NamesResult {
  const km = bestReadings(khmerLike(a, b), khmerLike(b, a), swapped, 'khmer');
  const la = bestReadings(a.latin, b.latin, swapped, 'latin');
  let family = combine(km.family, la.family);
  let given = combine(km.given, la.given);
  // Without Khmer on both sides, the romanisation of the side that has it may still help: when only one side
  // has Latin letters, or when a Latin typo made a part disagree.
  const aRoman = a.roman.length > 0 ? a.roman : a.romanCuts;
  const bRoman = b.roman.length > 0 ? b.roman : b.romanCuts;
  if ((unsure(family) || unsure(given)) && (aRoman.length > 0 || bRoman.length > 0)) {
    const ab = bestReadings(aRoman, b.latin, swapped, 'cross');
    const ba = bestReadings(a.latin, bRoman, swapped, 'cross');
    const cross = pairRank(ab) >= pairRank(ba) ? ab : ba;
    if (unsure(family) && RANK[cross.family.level] > RANK[family.level]) family = crossPart(cross.family);
    if (unsure(given) && RANK[cross.given.level] > RANK[given.level]) given = crossPart(cross.given);
  }
  // Swapped, the parts are named from a's side: a's family slot against b's given name. When a's split is a
  // guess (a full name) and b's is not, b's columns say which part is the given name.
  if (swapped && a.guessedSplit && !b.guessedSplit) return { family: given, given: family, swapped };
  return { family, given, swapped };
}

/**
 * Family and given results for the written order and, unless both already agree in it (a swap could only
 * lose), for the swapped order.
 */
export function compareNameOrders(a: PreparedRecord, b: PreparedRecord): NamesResult[] {
  const direct = orientation(a, b, false);
  if (direct.family.level === 'agree' && direct.given.level === 'agree') return [direct];
  return [direct, orientation(a, b, true)];
}
