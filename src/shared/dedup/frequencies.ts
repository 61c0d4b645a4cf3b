/**
 * How common each name is. A shared family name Sok says little (several per cent of Cambodians carry it); a
 * shared rare name says a lot. The registry counts its own names (buildNameFrequencies over the workers, or a
 * SQL GROUP BY on the stored keys) and passes the counts to the comparator. Keys are latinNameKey values and
 * khmerKey values in the same map: the two scripts never produce the same string.
 */
import { khmerKey } from '../khmer';
import { latinNameKey } from '../names/latin-key';

export interface NameFrequencies {
  /** Records per family-name key (Latin phonetic key or Khmer key). */
  readonly family: ReadonlyMap<string, number>;
  /** Records per given-name key. */
  readonly given: ReadonlyMap<string, number>;
  /** Number of records counted. */
  readonly total: number;
  /**
   * Records counted per map and script: the sum of the counts of that script's keys. A name's share is its
   * count among the records that have the name in that script: a Khmer key is counted only on records written
   * in Khmer, and measured against the whole registry it would look rarer than it is. Absent: `total`.
   */
  readonly counted?: ScriptCounts;
  /**
   * Share to assume for a key the table lacks. A table counted over the registry leaves it out: a name it has
   * not seen is rare (the floor applies). A partial table, like the default one, says how common "other" is.
   */
  readonly unseen?: { readonly family: number; readonly given: number };
}

export interface ScriptCounts {
  family: { khmer: number; latin: number };
  given: { khmer: number; latin: number };
}

const isKhmerKey = (key: string): boolean => {
  const c = key.charCodeAt(0);
  return c >= 0x1780 && c <= 0x17ff;
};

/** Records counted per map and script, from the maps themselves. */
export function scriptCounts(
  family: ReadonlyMap<string, number>,
  given: ReadonlyMap<string, number>,
): ScriptCounts {
  const sum = (m: ReadonlyMap<string, number>) => {
    const out = { khmer: 0, latin: 0 };
    for (const [k, n] of m) {
      if (isKhmerKey(k)) out.khmer += n;
      else out.latin += n;
    }
    return out;
  };
  return { family: sum(family), given: sum(given) };
}

/** Adds (delta 1) or removes (-1) one record's keys to counts kept up to date, such as an import's. */
export function countNameKeys(
  table: { family: Map<string, number>; given: Map<string, number>; counted: ScriptCounts },
  keys: { readonly familyKeys: readonly string[]; readonly givenKeys: readonly string[] },
  delta: 1 | -1,
): void {
  for (const part of ['family', 'given'] as const) {
    const map = table[part];
    for (const k of new Set(part === 'family' ? keys.familyKeys : keys.givenKeys)) {
      const before = map.get(k) ?? 0;
      if (k === '' || before + delta < 0) continue;
      map.set(k, before + delta);
      table.counted[part][isKhmerKey(k) ? 'khmer' : 'latin'] += delta;
    }
  }
}

/**
 * Shares of the commonest Cambodian family names, used only until a registry has counted its own. We found no
 * published frequency table of Khmer family names: these are rough estimates, ordered as the domain notes order
 * the common names (Sok, Chan, Kim, Heng, Ly, Chea...). Their job is to keep Sok from weighing like a rare name
 * on the first day; the registry's own counts replace them.
 */
const COMMON_FAMILY: Record<string, number> = {
  Sok: 0.06,
  Chan: 0.04,
  Kim: 0.03,
  Heng: 0.03,
  Ly: 0.03,
  Chea: 0.03,
  Seng: 0.025,
  Sam: 0.02,
  Chhun: 0.015,
  Meas: 0.015,
  Keo: 0.015,
  Som: 0.012,
  Ouk: 0.01,
  Touch: 0.01,
  Prak: 0.01,
  Pich: 0.01,
  Nhem: 0.01,
  Long: 0.01,
  Phan: 0.01,
  Ros: 0.01,
};
const COMMON_FAMILY_KM: Record<string, number> = {
  សុខ: 0.06,
  ចាន់: 0.04,
  គឹម: 0.03,
  ហេង: 0.03,
  លី: 0.03,
  ជា: 0.03,
  សេង: 0.025,
  សំ: 0.02,
  ឈុន: 0.015,
  មាស: 0.015,
};

export const DEFAULT_NAME_FREQUENCIES: NameFrequencies = {
  family: new Map([
    ...Object.entries(COMMON_FAMILY).map(([name, share]) => [latinNameKey(name), share * 1e6] as const),
    ...Object.entries(COMMON_FAMILY_KM).map(([name, share]) => [khmerKey(name), share * 1e6] as const),
  ]),
  given: new Map(),
  total: 1e6,
  unseen: { family: 0.004, given: 0.003 },
};

/**
 * No name counts as rarer than this: keys of different spellings collide, and a small table (a new registry,
 * one import file) cannot tell one in ten thousand from one in a million.
 */
export const MIN_FAMILY_SHARE = 1e-4;
export const MIN_GIVEN_SHARE = 5e-5;

/**
 * Share of records carrying this name, floored; the largest count when several keys name it. Both maps are
 * read: a full name's split and the order of two names are often guesses, and a given name taken for a family
 * name must not look rare because few people have it as a family name.
 */
export function nameShare(table: NameFrequencies, part: 'family' | 'given', keys: readonly string[]): number {
  const floor = part === 'family' ? MIN_FAMILY_SHARE : MIN_GIVEN_SHARE;
  if (table.total <= 0) return 1;
  let share = 0;
  let seen = false;
  for (const key of keys) {
    if (key === '') continue;
    for (const map of ['family', 'given'] as const) {
      const count = table[map].get(key) ?? 0;
      if (count > 0) seen = true;
      const counted = table.counted?.[map][isKhmerKey(key) ? 'khmer' : 'latin'] ?? 0;
      const denominator = counted > 0 ? counted : table.total;
      // Two records sharing a name make a count of at least 2, even if the table was counted before one arrived.
      share = Math.max(share, Math.max(count, 2) / denominator);
    }
  }
  if (!seen && table.unseen) return Math.max(floor, table.unseen[part]);
  // Counted in two maps, a name's count is at most the records; shares stay below one.
  return Math.min(1, Math.max(floor, share));
}

/** Counts name keys over records, e.g. the whole registry once a night, or an import file. */
export function buildNameFrequencies(
  records: Iterable<{ readonly familyKeys: readonly string[]; readonly givenKeys: readonly string[] }>,
): NameFrequencies {
  const family = new Map<string, number>();
  const given = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    total++;
    for (const k of new Set(r.familyKeys)) if (k !== '') family.set(k, (family.get(k) ?? 0) + 1);
    for (const k of new Set(r.givenKeys)) if (k !== '') given.set(k, (given.get(k) ?? 0) + 1);
  }
  return { family, given, total, counted: scriptCounts(family, given) };
}

/**
 * Share of records carrying a whole Khmer name written as one word ("សុខស្រីមុំ"): the family name's share
 * times the given name's, at the cut where the two are likeliest (a cut in the middle of a syllable makes
 * two "names" nobody has). No whole name counts as rarer than a given name can.
 */
export function wholeNameShare(table: NameFrequencies, full: string, cuts: readonly number[]): number {
  let best = 0;
  for (const i of cuts) {
    best = Math.max(
      best,
      nameShare(table, 'family', [full.slice(0, i)]) * nameShare(table, 'given', [full.slice(i)]),
    );
  }
  return Math.max(best, MIN_GIVEN_SHARE);
}
