/**
 * The person record the comparator reads, and its prepared form. Preparing computes every key once per record
 * (normalised Khmer, phonetic Latin, romanised Khmer, birth range, ID keys), so that comparing a pair is only
 * string equality and a few short similarity scores: the batch run compares millions of candidate pairs.
 */

import { memoize, memoizeBy } from '../memo';
import { romaniseKhmerVariants } from '../names/khmer-romanise';
import { asciiLetters, latinNameKey } from '../names/latin-key';
import { khmerWords, nameTokens } from '../names/tokens';
import { type BirthInfo, type BirthInput, birthInfo } from './birth';
import { normalizeId } from './ids';
import { normalizePlaceCode } from './place';
import { type WorkFacts, type WorkInput, workOf } from './work';

export type Sex = 'M' | 'F';

export interface PersonRecord extends WorkInput {
  familyKm?: string | null;
  givenKm?: string | null;
  familyLatin?: string | null;
  givenLatin?: string | null;
  /** A whole name when the source does not split it: either script, either order. */
  fullName?: string | null;
  sex?: Sex | string | null;
  dateOfBirth?: string | null;
  birthYear?: number | string | null;
  age?: number | string | null;
  /** When the age was recorded (registration date); needed to turn an age into birth years. */
  asOf?: string | Date | null;
  /** E.164 numbers, as normalizePhoneKH returns them. */
  phones?: readonly string[] | null;
  nationalId?: string | null;
  passport?: string | null;
  /** Other document numbers: Thai pink card, work permit, border pass... */
  otherIds?: readonly string[] | null;
  /** The most precise NCDD code known: province (2 digits), district (4), commune (6) or village (8). */
  placeCode?: string | null;
}

/** One reading of a name: family and given keys in one script ('' when unknown). */
export interface NamePair {
  family: string;
  given: string;
}

/**
 * One reading of a name for comparison: the keys each part may have (one, or several romanisations of a Khmer
 * name, usual first) and, for Latin, the plain letters, to catch one-letter typos the phonetic key magnifies.
 */
export interface NameReading {
  family: readonly string[];
  given: readonly string[];
  familyRaw: string;
  givenRaw: string;
}

export interface PreparedRecord {
  /** Latin phonetic keys; several readings when a full name's split is a guess. */
  latin: readonly NameReading[];
  /** Khmer keys, when the Khmer name is split into family and given (a full name's split is a guess). */
  khmer: readonly NameReading[];
  /** Khmer key of the whole name, family then given as written ('' when no Khmer name). */
  khmerFull: string;
  /** latinNameKey of romanisations of the Khmer name, for records whose other side has only Latin letters. */
  roman: readonly NameReading[];
  /**
   * A Khmer name written as one word ("សុខចន្ថា", no space between family and given name): its romanised
   * readings cut at every syllable boundary, since where the family name ends is unknown. The comparator reads
   * them against a Latin name, blocking makes keys of them; the right cut is the one that matches. Empty for
   * other records.
   */
  romanCuts: readonly NameReading[];
  /** True when the name came from one full-name field, so which part is the family name is a guess. */
  guessedSplit: boolean;
  sex: Sex | null;
  birth: BirthInfo;
  phones: string[];
  nationalId: string | null;
  passport: string | null;
  otherIds: string[];
  place: string | null;
  work: WorkFacts;
}

/** M or F from the ways lists write sex: M/F, male/female, Khmer ប្រុស/ស្រី, ប/ស. */
export function parseSex(value: string | null | undefined): Sex | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v === 'm' || v === 'male' || v === 'man' || v === 'ប្រុស' || v === 'ប') return 'M';
  if (v === 'f' || v === 'female' || v === 'woman' || v === 'ស្រី' || v === 'ស') return 'F';
  return null;
}

function latinReading(family: readonly string[], given: readonly string[]): NameReading {
  const f = latinNameKey(family.join(' '));
  const g = latinNameKey(given.join(' '));
  return {
    family: f === '' ? [] : [f],
    given: g === '' ? [] : [g],
    familyRaw: asciiLetters(family.join('')),
    givenRaw: asciiLetters(given.join('')),
  };
}

function latinReadings(r: PersonRecord): { readings: NameReading[]; guessed: boolean } {
  const t = nameTokens(r.familyLatin, r.givenLatin, r.fullName);
  const readings: NameReading[] = [latinReading(t.family, t.given)];
  // "Srey Mom Sok": a guessed split family-first gives (Srey, MomSok); the family name may be the last word.
  if (t.guessed && t.given.length >= 2) {
    const words = [...t.family, ...t.given];
    readings.push(latinReading(words.slice(-1), words.slice(0, -1)));
  }
  return { readings: readings.filter((x) => x.family.length > 0 || x.given.length > 0), guessed: t.guessed };
}

function khmerReadings(r: PersonRecord): { split: NamePair[]; full: string; guessed: boolean } {
  const family = khmerWords(r.familyKm).join('');
  const given = khmerWords(r.givenKm).join('');
  if (family !== '' || given !== '')
    return { split: [{ family, given }], full: family + given, guessed: false };
  const words = khmerWords(r.fullName);
  if (words.length === 0) return { split: [], full: '', guessed: false };
  const full = words.join('');
  if (words.length === 1) return { split: [], full, guessed: true };
  const split = [{ family: words[0]!, given: words.slice(1).join('') }];
  if (words.length >= 3) split.push({ family: words.at(-1)!, given: words.slice(0, -1).join('') });
  return { split, full, guessed: true };
}

/** A Khmer name pair as a reading (one key per part, no raw letters: Khmer keys are already exact). */
export const khmerReading = (p: NamePair): NameReading => ({
  family: p.family === '' ? [] : [p.family],
  given: p.given === '' ? [] : [p.given],
  familyRaw: '',
  givenRaw: '',
});

/** Distinct phonetic keys of the likeliest romanisations of a Khmer name part (remembered, as names repeat). */
const romanKeys = memoize(100_000, (km: string): readonly string[] =>
  km === ''
    ? []
    : [...new Set(romaniseKhmerVariants(km, ROMAN_VARIANTS).map(latinNameKey))].filter((k) => k !== ''),
);
/** Romanisations tried per Khmer name part: enough for the usual ambiguities, few enough to stay fast. */
const ROMAN_VARIANTS = 8;

/**
 * Where a Khmer word can be cut between two names: before a base letter (consonant or independent vowel) that
 * is not a subscript. Each cut leaves a letter on both sides.
 */
export function khmerCuts(word: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < word.length; i++) {
    const cp = word.charCodeAt(i);
    if (cp >= 0x1780 && cp <= 0x17b3 && word.charCodeAt(i - 1) !== 0x17d2) out.push(i);
  }
  return out;
}

/** A one-word Khmer name cut at each syllable boundary, each side romanised. */
function romanCutsOf(full: string): NameReading[] {
  const out: NameReading[] = [];
  for (const i of khmerCuts(full)) {
    const family = romanKeys(full.slice(0, i));
    const given = romanKeys(full.slice(i));
    if (family.length > 0 && given.length > 0) out.push({ family, given, familyRaw: '', givenRaw: '' });
  }
  return out;
}

/** What a record's names prepare to, the same for every record so named. */
type PreparedNames = Pick<
  PreparedRecord,
  'latin' | 'khmer' | 'khmerFull' | 'roman' | 'romanCuts' | 'guessedSplit'
>;

function prepareNames(r: PersonRecord): PreparedNames {
  const km = khmerReadings(r);
  const oneWord = km.split.length === 0 && km.full !== '';
  const latin = latinReadings(r);
  return {
    latin: latin.readings,
    khmer: km.split.map(khmerReading),
    khmerFull: km.full,
    roman: km.split.map((p) => ({
      family: romanKeys(p.family),
      given: romanKeys(p.given),
      familyRaw: '',
      givenRaw: '',
    })),
    romanCuts: oneWord ? romanCutsOf(km.full) : [],
    guessedSplit: latin.guessed || km.guessed,
  };
}

/**
 * Names and births repeat across records (the registry holds a few hundred thousand written names), and an
 * import prepares every candidate it reads: each is worked out once and shared (the readings are read-only).
 */
const SEP = '\u0001';
const namesOf = memoizeBy(
  20_000,
  (r: PersonRecord) =>
    `${r.familyKm ?? ''}${SEP}${r.givenKm ?? ''}${SEP}${r.familyLatin ?? ''}${SEP}${r.givenLatin ?? ''}${SEP}${r.fullName ?? ''}`,
  prepareNames,
);
const birthOf = memoizeBy(
  20_000,
  (b: BirthInput) => {
    const asOf =
      b.asOf instanceof Date ? (Number.isNaN(b.asOf.getTime()) ? '' : b.asOf.toISOString()) : b.asOf;
    return `${b.dateOfBirth ?? ''}${SEP}${b.birthYear ?? ''}${SEP}${b.age ?? ''}${SEP}${asOf ?? ''}`;
  },
  birthInfo,
);

export function prepareRecord(r: PersonRecord): PreparedRecord {
  const names = namesOf(r);
  const phones: string[] = [];
  for (const p of r.phones ?? []) if (p && !phones.includes(p)) phones.push(p);
  const otherIds: string[] = [];
  for (const id of r.otherIds ?? []) {
    const key = normalizeId(id);
    if (key !== null && !otherIds.includes(key)) otherIds.push(key);
  }
  return {
    latin: names.latin,
    khmer: names.khmer,
    khmerFull: names.khmerFull,
    roman: names.roman,
    romanCuts: names.romanCuts,
    guessedSplit: names.guessedSplit,
    sex: typeof r.sex === 'string' ? parseSex(r.sex) : null,
    // A PersonRecord is a BirthInput: birthInfo reads only those four fields.
    birth: birthOf(r),
    phones,
    nationalId: normalizeId(r.nationalId),
    passport: normalizeId(r.passport),
    otherIds,
    place: normalizePlaceCode(r.placeCode),
    work: workOf(r),
  };
}

/** The name keys to count in a NameFrequencies table for this record (first reading of each script). */
export function frequencyKeys(p: PreparedRecord): { familyKeys: string[]; givenKeys: string[] } {
  const familyKeys: string[] = [];
  const givenKeys: string[] = [];
  for (const pair of [p.latin[0], p.roman[0], p.khmer[0]]) {
    if (!pair) continue;
    if (pair.family[0]) familyKeys.push(pair.family[0]);
    if (pair.given[0]) givenKeys.push(pair.given[0]);
  }
  return { familyKeys, givenKeys };
}
