/**
 * A prepared record stored as text beside the record it came from (workers.features, source_records.features).
 * An import meets each worker of a common name's block batch after batch: reading back its prepared form costs
 * a few microseconds, preparing it again from its columns or its raw row (romanising Khmer names, parsing
 * dates) about thirty. The text is a JSON array by position, led by FEATURES_VERSION: text of another version
 * decodes to null, and the caller prepares the record from its columns as before, so stored features never
 * outlive a change to how records are prepared.
 */
import type { BirthInfo } from './birth';
import type { NameReading, PreparedRecord, Sex } from './record';
import type { WorkFacts } from './work';

/**
 * Raise it whenever what an import row prepares to changes (parseRow, personOf, prepareRecord): stored features
 * of the old version are then ignored. src/server/features/dedup/features-version.test.ts holds a digest of
 * sample rows per version, which fails until it is raised.
 */
export const FEATURES_VERSION = 1;

type Reading = [string[], string[], string, string] | [string[], string[]];
type Birth = [
  string | null,
  number | null,
  number | null,
  number | null,
  0 | 1,
  number | null,
  number | null,
];
type Work = [number | null, string | null, string[], number | null];
type Encoded = [
  number,
  Reading[],
  Reading[],
  string,
  Reading[],
  Reading[],
  0 | 1,
  Sex | null,
  Birth,
  string[],
  string | null,
  string | null,
  string[],
  string | null,
  Work,
];

/** Entries of an Encoded array. */
const ENCODED_LENGTH = 15;

const reading = (r: NameReading): Reading =>
  r.familyRaw === '' && r.givenRaw === ''
    ? [r.family as string[], r.given as string[]]
    : [r.family as string[], r.given as string[], r.familyRaw, r.givenRaw];

const fromReading = (r: Reading): NameReading => ({
  family: r[0],
  given: r[1],
  familyRaw: r[2] ?? '',
  givenRaw: r[3] ?? '',
});

export function encodeFeatures(p: PreparedRecord): string {
  const b = p.birth;
  const w = p.work;
  const encoded: Encoded = [
    FEATURES_VERSION,
    p.latin.map(reading),
    p.khmer.map(reading),
    p.khmerFull,
    p.roman.map(reading),
    p.romanCuts.map(reading),
    p.guessedSplit ? 1 : 0,
    p.sex,
    [b.dob, b.year, b.yearMin, b.yearMax, b.dayKnown ? 1 : 0, b.windowFrom, b.windowTo],
    p.phones,
    p.nationalId,
    p.passport,
    p.otherIds,
    p.place,
    [w.returned, w.sector, w.wanted as string[], w.wage],
  ];
  return JSON.stringify(encoded);
}

const CURRENT_PREFIX = `[${FEATURES_VERSION},`;

/** Whether the text is of the current version: text that is not decodes to null (decodeFeatures). */
export const isCurrentFeatures = (text: string | null | undefined): text is string =>
  text?.startsWith(CURRENT_PREFIX) === true;

/**
 * The record encodeFeatures stored, or null for text of another version, none, or text that is not what it
 * wrote (cut short, edited by hand): the caller then prepares the record from its columns, as for any stale
 * features, rather than fail the import or the duplicate check.
 */
export function decodeFeatures(text: string | null | undefined): PreparedRecord | null {
  if (!isCurrentFeatures(text)) return null;
  let e: Encoded;
  try {
    e = JSON.parse(text) as Encoded;
  } catch {
    return null;
  }
  if (!Array.isArray(e) || e.length !== ENCODED_LENGTH) return null;
  const b = e[8];
  const w = e[14];
  const birth: BirthInfo = {
    dob: b[0],
    year: b[1],
    yearMin: b[2],
    yearMax: b[3],
    dayKnown: b[4] === 1,
    windowFrom: b[5],
    windowTo: b[6],
  };
  const work: WorkFacts = { returned: w[0], sector: w[1], wanted: w[2], wage: w[3] };
  return {
    latin: e[1].map(fromReading),
    khmer: e[2].map(fromReading),
    khmerFull: e[3],
    roman: e[4].map(fromReading),
    romanCuts: e[5].map(fromReading),
    guessedSplit: e[6] === 1,
    sex: e[7],
    birth,
    phones: e[9],
    nationalId: e[10],
    passport: e[11],
    otherIds: e[12],
    place: e[13],
    work,
  };
}
