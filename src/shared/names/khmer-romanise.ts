/**
 * Rough romanisation of a Khmer name, for comparing a record that has the name only in Khmer script with one
 * that has it only in Latin letters (an NGO list in Khmer against a hotline list typed in Latin). It follows the
 * popular spellings clerks use (Sok, Chan, Srey, Heng, Chea, Saom), not a scholarly system, and its output is
 * only ever compared through latinNameKey, which forgives most of the remaining differences. Rules:
 * - each consonant has an a-series or o-series vowel colouring (ា is "a" after ក, "ea" after ជ); the register
 *   shifters ៉ and ៊ move a consonant to the other series;
 * - a consonant with no vowel closes the open syllable before it when it is last, carries ់ or has a subscript
 *   (សុខ = sok, ចាន់ថា = chan-tha), and otherwise starts a syllable with the inherent vowel (កុសល = ko-sal);
 * - a subscript under a closing consonant starts the next syllable (សម្បត្តិ = sam-bat); a subscript at the end of
 *   a word is silent (វង្ស = vong), and so is a final ិ after a subscript in Pali loans (រិទ្ធិ = rith).
 */
import { khmerKey } from '../khmer';

type Series = 1 | 2;
/** [onset spelling, series, final spelling] */
type Consonant = readonly [string, Series, string];

const CONSONANTS: Record<number, Consonant> = {
  6016: ['k', 1, 'k'],
  6017: ['kh', 1, 'k'],
  6018: ['k', 2, 'k'],
  6019: ['kh', 2, 'k'],
  6020: ['ng', 2, 'ng'],
  6021: ['ch', 1, 'ch'],
  6022: ['chh', 1, 'ch'],
  6023: ['ch', 2, 'ch'],
  6024: ['chh', 2, 'ch'],
  6025: ['nh', 2, 'nh'],
  6026: ['d', 1, 't'],
  6027: ['th', 1, 't'],
  6028: ['d', 2, 't'],
  6029: ['th', 2, 't'],
  6030: ['n', 1, 'n'],
  6031: ['t', 1, 't'],
  6032: ['th', 1, 't'],
  6033: ['t', 2, 't'],
  6034: ['th', 2, 't'],
  6035: ['n', 2, 'n'],
  6036: ['b', 1, 'p'],
  6037: ['ph', 1, 'p'],
  6038: ['p', 2, 'p'],
  6039: ['ph', 2, 'p'],
  6040: ['m', 2, 'm'],
  6041: ['y', 2, 'y'],
  6042: ['r', 2, 'r'],
  6043: ['l', 2, 'l'],
  6044: ['v', 2, 'v'],
  6045: ['s', 1, 's'],
  6046: ['s', 1, 's'],
  6047: ['s', 1, 's'],
  6048: ['h', 1, 'h'],
  6049: ['l', 1, 'l'],
  6050: ['', 1, ''],
};

/**
 * Dependent vowels: [a-series spellings, o-series spellings], the usual one first. Where clerks really write
 * two ways (ា after an o-series consonant is "ea" in Chea and Sophea but "a" in Dara and Rachana; ី is "ey" in
 * Borey and "i" in Ly), both are listed and romaniseKhmerVariants tries them.
 */
const VOWELS: Record<number, readonly [readonly string[], readonly string[]]> = {
  6070: [['a'], ['ea', 'a']],
  6071: [
    ['e', 'i'],
    ['i', 'e'],
  ],
  6072: [
    ['ei', 'i'],
    ['i', 'ey'],
  ],
  6073: [
    ['e', 'i'],
    ['i', 'eu'],
  ], // ឹ: Kim, Nhim, Chhim, Yim, whatever the phonetics say
  6074: [['eu'], ['eu']],
  6075: [['o'], ['u']],
  6076: [['o'], ['u']],
  6077: [['uo'], ['uo']],
  6078: [['aeu'], ['eu']],
  6079: [['oeu'], ['oeu']],
  6080: [['ie'], ['ie']],
  6081: [['e'], ['e']],
  6082: [['ae'], ['e']],
  6083: [['ai'], ['ey', 'ai']],
  6084: [['ao'], ['o']],
  6085: [['au'], ['ou']],
  6096: [['a'], ['ea', 'a']], // samyok sannya: a short a
};
/** The inherent vowel of a consonant without a vowel sign: Sam or Som, Vann or Vonn, Rachana or Rochana. */
const INHERENT: readonly [readonly string[], readonly string[]] = [
  ['a', 'o'],
  ['o', 'a'],
];
const SONORANTS = new Set([0x1784, 0x1789, 0x178e, 0x1793, 0x1798, 0x1799, 0x179a, 0x179b, 0x179c]);

const INDEPENDENT: Record<number, string> = {
  6053: 'e',
  6054: 'ei',
  6055: 'o',
  6056: 'ok',
  6057: 'ou',
  6058: 'ov',
  6059: 'rue',
  6060: 'ru',
  6061: 'lue',
  6062: 'lu',
  6063: 'ae',
  6064: 'ai',
  6065: 'ao',
  6066: 'ao',
  6067: 'au',
};

interface Cluster {
  base: number;
  subs: number[];
  /** Series of the whole cluster, for the vowel after it. */
  series: Series;
  /** Series when the base closes the previous syllable and only the subscripts begin this one. */
  subSeries: Series;
  vowel: number | null;
  nikahit: boolean;
  reahmuk: boolean;
  yuukaleapintu: boolean;
  bantoc: boolean;
  silent: boolean;
}

function clusters(key: string): Cluster[] {
  const out: Cluster[] = [];
  let current: Cluster | null = null;
  for (let i = 0; i < key.length; i++) {
    const cp = key.charCodeAt(i);
    const consonant = CONSONANTS[cp];
    if (consonant !== undefined || INDEPENDENT[cp] !== undefined) {
      current = {
        base: cp,
        subs: [],
        series: consonant ? consonant[1] : 1,
        subSeries: consonant ? consonant[1] : 1,
        vowel: null,
        nikahit: false,
        reahmuk: false,
        yuukaleapintu: false,
        bantoc: false,
        silent: false,
      };
      out.push(current);
      continue;
    }
    if (current === null) continue;
    if (cp === 0x17d2 && i + 1 < key.length) {
      const sub = key.charCodeAt(i + 1);
      const subConsonant = CONSONANTS[sub];
      if (subConsonant !== undefined) {
        current.subs.push(sub);
        // A stop or fricative under a consonant gives the cluster its series (ចន្ទ្រា = chan-trea, ចិន្តា =
        // chen-da); sonorants underneath (ស្រ, ក្ល) leave the base's series.
        if (!SONORANTS.has(sub)) {
          current.subSeries = subConsonant[1];
          if (SONORANTS.has(current.base)) current.series = subConsonant[1];
        } else if (current.subs.length === 1) current.subSeries = subConsonant[1];
      }
      i++;
    } else if (cp === 0x17c9) current.series = current.subSeries = 1;
    else if (cp === 0x17ca) current.series = current.subSeries = 2;
    else if (VOWELS[cp] !== undefined) current.vowel = cp;
    else if (cp === 0x17c6) current.nikahit = true;
    else if (cp === 0x17c7) current.reahmuk = true;
    else if (cp === 0x17c8) current.yuukaleapintu = true;
    else if (cp === 0x17cb) current.bantoc = true;
    else if (cp === 0x17cd) current.silent = true;
  }
  return out;
}

const hasVowel = (c: Cluster): boolean =>
  c.vowel !== null || c.nikahit || c.reahmuk || c.yuukaleapintu || INDEPENDENT[c.base] !== undefined;

/** One piece of the romanisation: its possible spellings, the usual one first. */
type Segment = readonly string[];

/**
 * Spelling of a syllable's first consonants. Unaspirated ត inside a name is written "d" by many clerks (ធីតា =
 * Thida, ចិន្តា = Chenda) and "t" by others; at the start of a name it is "t".
 */
function onset(c: Cluster, inside: boolean): Segment[] {
  const base = CONSONANTS[c.base]?.[0] ?? '';
  const first: Segment = inside && c.base === 0x178f ? ['d', 't'] : [base];
  return [first, ...subscriptOnset(c, c.base)];
}

function nucleus(c: Cluster, series: Series = c.series): Segment {
  const independent = INDEPENDENT[c.base];
  if (independent !== undefined) return [independent];
  let v: readonly string[] = (c.vowel === null ? INHERENT : VOWELS[c.vowel]!)[series - 1]!;
  if (c.nikahit) v = c.vowel === null ? (series === 1 ? ['am', 'om'] : ['um', 'om']) : v.map((x) => `${x}m`);
  if (c.reahmuk) v = v.map((x) => `${x}h`);
  if (c.yuukaleapintu) v = v.map((x) => `${x}ak`);
  return v;
}

/** Subscripts that begin a syllable; a subscript ត after another consonant is "d" or "t", as in onset(). */
function subscriptOnset(c: Cluster, base: number): Segment[] {
  return c.subs.map((sub) => (sub === 0x178f && base !== 0x178f ? ['d', 't'] : [CONSONANTS[sub]![0]]));
}

const finalOf = (c: Cluster): Segment => [CONSONANTS[c.base]?.[2] ?? ''];

function romaniseWord(word: string): Segment[] {
  const cs = clusters(khmerKey(word));
  const out: Segment[] = [];
  // True while the last syllable written has a vowel but no final consonant yet.
  let open = false;
  // True when that open syllable has a written vowel (not the inherent one).
  let written = false;
  let lastNucleus = -1;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c.silent) continue;
    const last = i === cs.length - 1;
    const paliFinal = last && open && c.subs.length > 0 && c.vowel === 0x17b7;
    if (hasVowel(c) && !paliFinal) {
      // បុប្ផា = bop-pha, ចន្ទ្រា = chan-trea: after an open syllable, the base closes it, the subscript begins.
      if (open && c.subs.length > 0 && CONSONANTS[c.base] !== undefined) {
        out.push(finalOf(c), ...subscriptOnset(c, c.base), nucleus(c, c.subSeries));
      } else {
        out.push(...onset(c, out.length > 0), nucleus(c));
      }
      lastNucleus = out.length - 1;
      open = !c.nikahit && !c.reahmuk && !c.yuukaleapintu;
      written = true;
      continue;
    }
    // A vowel-less consonant ends the open syllable when it is last, carries ់, or has a subscript (which then
    // begins the next syllable); otherwise it begins a syllable of its own with the inherent vowel (កុសល = ko-sal).
    if (open && (last || paliFinal || c.bantoc || c.subs.length > 0)) {
      // ់ over a final shortens an o-series "ea" to "oa" (ពាន់ = poan).
      if (c.bantoc && lastNucleus >= 0)
        out[lastNucleus] = out[lastNucleus]!.map((v) => (v === 'ea' ? 'oa' : v));
      out.push(finalOf(c));
      open = false;
      if (c.subs.length > 0 && !last) {
        // The subscript starts a syllable (សម្បត្តិ = sam-bat), or is silent where a compound's first word ends
        // (ពេជ្រ+ចាន់ថា = Pich-chantha, រ័ត្ន+សុខា = Roth-sokha, សុវណ្ណ+វុទ្ធី = Sovann-vuthy). Silent is the
        // usual reading for a subscript RO, a doubled letter and the ន of ត្ន, which Pali spellings keep unsaid.
        const syllable = joinSegments([...subscriptOnset(c, c.base), INHERENT[c.subSeries - 1]!]);
        out.push(silentSubscript(c) ? ['', ...syllable] : [...syllable, '']);
        lastNucleus = out.length - 1;
        open = true;
        written = false;
      }
      continue;
    }
    // After a written vowel, a consonant may also close that syllable: compound names join two words
    // (សុខ+រតនា = Sok-ratana, ប៊ុន+ធឿន = Bun-thoeun) where the rule above reads ko-sal. Both spellings are kept,
    // the closing one first when a plain vowel-bearing syllable follows.
    if (open && written && c.subs.length === 0 && CONSONANTS[c.base] !== undefined) {
      const syllable = joinSegments([...onset(c, true), nucleus(c)]);
      const next = cs[i + 1];
      const closing = next !== undefined && hasVowel(next) && next.subs.length === 0;
      out.push(closing ? [...finalOf(c), ...syllable] : [...syllable, ...finalOf(c)]);
    } else {
      out.push(...onset(c, out.length > 0), nucleus(c));
    }
    lastNucleus = out.length - 1;
    open = true;
    written = false;
  }
  return out;
}

function silentSubscript(c: Cluster): boolean {
  const sub = c.subs[0];
  return sub === RO || sub === c.base || (c.base === TA && sub === NO);
}
const RO = 0x179a;
const TA = 0x178f;
const NO = 0x1793;

/** All spellings of consecutive segments as one segment, the usual one first. */
function joinSegments(segments: readonly Segment[]): Segment {
  let out: string[] = [''];
  for (const s of segments) out = out.flatMap((prefix) => s.map((x) => prefix + x));
  return out;
}

function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (out.length > 0) out.push([' ']);
    out.push(...romaniseWord(word));
  }
  return out;
}

/** Popular romanisation of Khmer text, lower case; '' when the text holds no Khmer letters. */
export function romaniseKhmer(text: string): string {
  return segmentsOf(text)
    .map((s) => s[0])
    .join('');
}

/**
 * Several romanisations of Khmer text, the usual one first, then those differing in one ambiguous spelling,
 * then in two, up to `max`. A Latin spelling of the name usually matches one of the first few.
 */
export function romaniseKhmerVariants(text: string, max = 8): string[] {
  const segments = segmentsOf(text);
  // Every (segment, other spelling) pair is one possible deviation from the usual romanisation.
  const deviations: [number, number][] = [];
  segments.forEach((s, i) => {
    for (let alt = 1; alt < s.length; alt++) deviations.push([i, alt]);
  });
  const out = new Set<string>();
  const build = (chosen: ReadonlyMap<number, number>): string =>
    segments.map((s, i) => s[chosen.get(i) ?? 0]).join('');
  // Breadth first over how many places take another spelling; one spelling per place.
  const visit = (start: number, depth: number, chosen: Map<number, number>): void => {
    if (out.size >= max) return;
    if (depth === 0) {
      out.add(build(chosen));
      return;
    }
    for (let k = start; k < deviations.length && out.size < max; k++) {
      const [segment, alt] = deviations[k]!;
      if (chosen.has(segment)) continue;
      chosen.set(segment, alt);
      visit(k + 1, depth - 1, chosen);
      chosen.delete(segment);
    }
  };
  for (let depth = 0; depth <= segments.length && out.size < max; depth++) visit(0, depth, new Map());
  return [...out];
}
