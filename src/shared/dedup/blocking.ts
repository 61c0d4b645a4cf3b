/**
 * Blocking keys: a record is compared only with records sharing at least one key, so a million records cost
 * a few million comparisons instead of 5 x 10^11. Each key is cheap to store and index (one row per key and
 * record), and each targets a way true duplicates still agree:
 * - n:  both phonetic name keys, sorted, so either order meets ("Sok Dara" / "Dara Sok"); from Latin letters
 *       and from the romanised Khmer name, so a Khmer-only list meets a Latin-only one;
 * - s:  the same without vowels, for the spellings the phonetic key keeps apart (Yim/Yem, Chenda/Chinda);
 * - k:  the Khmer name, only where it is not in two parts (one part, or one word), so no n: key holds it
 *       (a k: key of every Khmer name, in both orders, once stood here: on generated registries it found 0.01 %
 *       of true pairs that no other key found, and was a sixth of every block read);
 * - p:  each phone; i:, s:, o: ID numbers (national, passport, others);
 * - s:  also from each cut of a Khmer name written as one word, which no other key can split into family and
 *       given name: the right cut meets the name written in Latin letters.
 * (A key of the given name's skeleton with each possible birth year once stood here: on generated registries
 * it proposed two thirds of all candidate pairs and found one true pair in a thousand that no other key found.)
 * Very common values make huge blocks (a broker's phone, "Sok Srey Mom"): callers skip or sample blocks above
 * a size limit (MAX_BLOCK_SIZE), the usual practice, which the quality test measures.
 */
import { type PersonRecord, type PreparedRecord, prepareRecord } from './record';

/** Blocks larger than this are skipped by the batch run: they only hold common values, not duplicates. */
export const MAX_BLOCK_SIZE = 200;
/**
 * The limit for consonant-shape blocks (s: keys of names): they stand in for the spellings the phonetic key
 * keeps apart and for the cuts of one-word Khmer names, so they gather many names; a large one holds namesakes,
 * and the person's own other spellings meet through the exact keys.
 */
export const MAX_SHAPE_BLOCK_SIZE = 50;

/** The shape keys of names (s: with two parts; a passport's s: key has one). */
export const isShapeKey = (key: string): boolean => key.startsWith('s:') && key.includes('|');
/** At most this many phones and other IDs per record make keys: lists with more are noise. */
const MAX_PER_KIND = 3;

/**
 * Consonants of a phonetic key, in order, as a coarse sound shape: "vana" and "vona" both give "vn"; d and b
 * merge into t and p, which the rough romanisation of Khmer confuses.
 */
export function consonantSkeleton(key: string): string {
  return key
    .replace(/[aeiou]+/g, '')
    .replace(/d/g, 't')
    .replace(/b/g, 'p');
}

function nameKey(family: string | undefined, given: string | undefined): string | null {
  if (!family || !given) return null;
  return family < given ? `n:${family}|${given}` : `n:${given}|${family}`;
}

/** The n: key without vowels: Yim/Yem, Pich/Pech, Chenda/Chinda and Sam/Som spellings still meet. */
function shapeKey(family: string | undefined, given: string | undefined): string | null {
  if (!family || !given) return null;
  const f = consonantSkeleton(family);
  const g = consonantSkeleton(given);
  if (f === '' || g === '') return null;
  return f < g ? `s:${f}|${g}` : `s:${g}|${f}`;
}

export function blockingKeysPrepared(p: PreparedRecord): string[] {
  const keys = new Set<string>();
  for (const r of p.latin) {
    const k = nameKey(r.family[0], r.given[0]);
    if (k !== null) keys.add(k);
    const shape = shapeKey(r.family[0], r.given[0]);
    if (shape !== null) keys.add(shape);
  }
  for (const r of p.roman) {
    // The two likeliest romanisations: enough to meet the usual Latin spelling, without a key explosion.
    for (let v = 0; v < 2; v++) {
      const family = r.family[Math.min(v, r.family.length - 1)];
      const given = r.given[Math.min(v, r.given.length - 1)];
      const k = nameKey(family, given);
      if (k !== null) keys.add(k);
      const shape = shapeKey(family, given);
      if (shape !== null) keys.add(shape);
    }
  }
  // A Khmer name written as one word ("សុខចន្ថា") has no split to take the keys of: each syllable boundary
  // is tried as one, romanised, so that the right cut meets the same name written in Latin letters.
  for (const r of p.romanCuts) {
    for (let v = 0; v < 2; v++) {
      const shape = shapeKey(
        r.family[Math.min(v, r.family.length - 1)],
        r.given[Math.min(v, r.given.length - 1)],
      );
      if (shape !== null) keys.add(shape);
    }
  }
  // A Khmer name split in two meets through its romanised n: keys; the Khmer text itself is a key only where
  // it has no two parts to romanise (one part, or one word), which no n: key can hold.
  if (p.khmer.length > 0 && !p.guessedSplit) {
    const family = p.khmer[0]!.family[0] ?? '';
    const given = p.khmer[0]!.given[0] ?? '';
    if (family === '' || given === '') keys.add(`k:${family}${given}`);
  } else if (p.khmerFull !== '') {
    keys.add(`k:${p.khmerFull}`);
  }
  for (const phone of p.phones.slice(0, MAX_PER_KIND)) keys.add(`p:${phone}`);
  if (p.nationalId !== null) keys.add(`i:${p.nationalId}`);
  if (p.passport !== null) keys.add(`s:${p.passport}`);
  for (const id of p.otherIds.slice(0, MAX_PER_KIND)) keys.add(`o:${id}`);
  return [...keys];
}

const isPrepared = (r: PersonRecord | PreparedRecord): r is PreparedRecord =>
  'latin' in r && Array.isArray(r.latin);

/** Blocking keys of a record. Store them with the record and index them; recompute when it changes. */
export function blockingKeys(record: PersonRecord | PreparedRecord): string[] {
  return blockingKeysPrepared(isPrepared(record) ? record : prepareRecord(record));
}

/**
 * What narrows a name block: birth years, province and sex, as far as the record knows them. A million
 * returnees share a few thousand names, so a name key alone brings together hundreds of namesakes; among
 * them, one person's records still agree on when they were born (within BIRTH_SLACK years), where they live
 * and their sex. Unknown values narrow nothing. Phones and ID numbers are not narrowed: they find a person
 * whose other details were written differently.
 */
export interface BlockDims {
  bornFrom: number | null;
  bornTo: number | null;
  province: string | null;
  sex: 'M' | 'F' | null;
}

/** Years two birth ranges may lie apart and still meet: an age given in another year, a year mistyped. */
export const BIRTH_SLACK = 2;

export function blockDims(p: PreparedRecord): BlockDims {
  const known = p.birth.yearMin !== null && p.birth.yearMax !== null;
  return {
    bornFrom: known ? p.birth.yearMin : null,
    bornTo: known ? p.birth.yearMax : null,
    province: p.place && p.place.length >= 2 ? p.place.slice(0, 2) : null,
    sex: p.sex,
  };
}

/** Name keys (n:, k:, and s: with two parts) are narrowed by BlockDims; phone and ID keys are not. */
export const isNameKey = (key: string): boolean =>
  key.startsWith('n:') || key.startsWith('k:') || isShapeKey(key);
