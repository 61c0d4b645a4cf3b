/**
 * The names people are drawn from: the shared name files (read at run time, never copied into the repository)
 * merged with the generator's own list, with every spelling variant worked out once here so that drawing a
 * million rows costs no string analysis.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { khmerKey, normalizeKhmer } from '../../../shared/khmer';
import {
  EXCLUDED_SHARED_NAMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  type NameSex,
  VERY_COMMON_FAMILY_NAMES,
} from './khmer-names';
import { flipCoengTaDa, reorderMarks, syllableBreaks } from './khmer-spelling';
import { Weighted } from './random';
import { latinSpellings } from './romanisation';

export interface NamePart {
  /** Canonical Khmer spelling. */
  readonly km: string;
  /** Latin spellings, the usual one first. */
  readonly latin: readonly string[];
  readonly sex: NameSex;
  readonly weight: number;
  /** The same name with COENG TA and COENG DA exchanged, when it has either. */
  readonly coengFlip: string | null;
  /** The same name with marks in another order, when one exists. */
  readonly markOrder: string | null;
  /** Where a zero-width space can be typed. */
  readonly breaks: readonly number[];
}

/** One name part from the shared files: `khmer_name_parts_merged.csv` (the union of kname and sambatlim). */
export interface SharedNamePart {
  kind: 'family' | 'given';
  km: string;
  latin: string;
}

/**
 * Reads the shared name parts. The merged CSV already holds both JSON sources (its `sources` column says which),
 * so the JSON files add nothing; their gender field is not used either, since kname marks every name as given
 * to both sexes.
 */
export function readSharedNames(namesDir: string): SharedNamePart[] {
  const file = path.join(namesDir, 'khmer_name_parts_merged.csv');
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows
    .filter((r) => r.name_type === 'family' || r.name_type === 'given')
    .map((r) => ({
      kind: r.name_type as 'family' | 'given',
      km: (r.name_km ?? '').trim(),
      latin: (r.romanized ?? '').trim(),
    }))
    .filter((r) => r.km.length > 0);
}

function namePart(km: string, latin: readonly string[], sex: NameSex, weight: number): NamePart {
  const canonical = normalizeKhmer(km);
  const flip = flipCoengTaDa(canonical);
  return {
    km: canonical,
    latin: latinSpellings(latin),
    sex,
    weight,
    coengFlip: flip !== null && khmerKey(flip) === khmerKey(canonical) ? flip : null,
    markOrder: reorderMarks(canonical),
    breaks: syllableBreaks(canonical),
  };
}

/**
 * Own entries first; a shared part is added with weight 1 when the own list does not have it (compared by the
 * matching key, so ចិន្ដា with COENG DA is the own ចិន្តា) and it has a romanisation; a shared part with no
 * romanisation and no own entry is left out, since a worker row needs a Latin name as often as a Khmer one.
 */
function merge(
  own: readonly NamePart[],
  shared: readonly SharedNamePart[],
  kind: SharedNamePart['kind'],
): NamePart[] {
  const byKey = new Map(own.map((p) => [khmerKey(p.km), p]));
  const excluded = new Set(EXCLUDED_SHARED_NAMES.map(khmerKey));
  for (const s of shared) {
    const key = khmerKey(s.km);
    if (s.kind !== kind || excluded.has(key) || byKey.has(key) || s.latin === '') continue;
    byKey.set(key, namePart(s.km, [s.latin], 'u', 1));
  }
  return [...byKey.values()];
}

export interface NamePools {
  family: Weighted<NamePart>;
  /** Sok, Chan, Kim, Heng, Ly, Chea: the names different people share most. */
  commonFamily: readonly NamePart[];
  givenFemale: Weighted<NamePart>;
  givenMale: Weighted<NamePart>;
  /** The most frequent given names of each sex, for namesakes. */
  commonGivenFemale: readonly NamePart[];
  commonGivenMale: readonly NamePart[];
  /** Counts, for the README and tests. */
  sizes: { family: number; given: number; sharedAdded: number };
}

const forSex = (parts: readonly NamePart[], sex: 'f' | 'm') =>
  parts.filter((p) => p.sex === sex || p.sex === 'u');
const mostCommon = (parts: readonly NamePart[], n: number) =>
  [...parts].sort((a, b) => b.weight - a.weight).slice(0, n);

export function buildNamePools(shared: readonly SharedNamePart[]): NamePools {
  const ownFamily = FAMILY_NAMES.map(([km, latin, weight]) => namePart(km, latin.split('|'), 'u', weight));
  const ownGiven = GIVEN_NAMES.map(([km, sex, latin, weight]) => namePart(km, latin.split('|'), sex, weight));
  const family = merge(ownFamily, shared, 'family');
  const given = merge(ownGiven, shared, 'given');
  const commonKeys = new Set(VERY_COMMON_FAMILY_NAMES.map(khmerKey));
  const female = forSex(given, 'f');
  const male = forSex(given, 'm');
  return {
    family: new Weighted(family.map((p) => [p, p.weight] as const)),
    commonFamily: family.filter((p) => commonKeys.has(khmerKey(p.km))),
    givenFemale: new Weighted(female.map((p) => [p, p.weight] as const)),
    givenMale: new Weighted(male.map((p) => [p, p.weight] as const)),
    commonGivenFemale: mostCommon(female, 12),
    commonGivenMale: mostCommon(male, 12),
    sizes: {
      family: family.length,
      given: given.length,
      sharedAdded: family.length + given.length - ownFamily.length - ownGiven.length,
    },
  };
}
