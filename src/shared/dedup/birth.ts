/**
 * Birth date, birth year and age, brought to one comparable shape. The hotline and Telegram lists record an age,
 * job fairs a birth year, national ID cards a full date; when the real date is unknown, clerks and the ID office
 * write 1 January of the year. So a date on 1 January counts as "year known, day unknown", and an age recorded
 * on some date becomes a range of birth years.
 */

export interface BirthInput {
  /** YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY; Khmer digits allowed. */
  dateOfBirth?: string | null;
  birthYear?: number | string | null;
  age?: number | string | null;
  /** The date the age was recorded (YYYY-MM-DD or Date); an age without it cannot be placed in time. */
  asOf?: string | Date | null;
}

export interface BirthInfo {
  /** Full date, YYYY-MM-DD, when one was given and valid. */
  dob: string | null;
  /** Birth year when known exactly (from a date or a birth year). */
  year: number | null;
  /** Earliest and latest plausible birth year; equal to year when it is known. */
  yearMin: number | null;
  yearMax: number | null;
  /** False for a date on 1 January, the placeholder used when only the year is known. */
  dayKnown: boolean;
  /**
   * Birth dates possible if what was said is exact, as days since 1970-01-01: one day for a date, a year for a
   * birth year (or a 1 January date), the twelve months an age allows. The comparator measures slips from it.
   */
  windowFrom: number | null;
  windowTo: number | null;
}

const NONE: BirthInfo = {
  dob: null,
  year: null,
  yearMin: null,
  yearMax: null,
  dayKnown: false,
  windowFrom: null,
  windowTo: null,
};
const DAY = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY);
const yearWindow = (y: number): [number, number] => [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
const MIN_YEAR = 1900;

function asciiDigits(text: string): string {
  return text.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A date written YYYY-MM-DD or DD/MM/YYYY (Cambodian order, never MM/DD) as YYYY-MM-DD, or null. */
export function parseDate(text: string | Date | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  if (text instanceof Date) {
    if (Number.isNaN(text.getTime())) return null;
    return `${pad(text.getUTCFullYear(), 4)}-${pad(text.getUTCMonth() + 1, 2)}-${pad(text.getUTCDate(), 2)}`;
  }
  const s = asciiDigits(text).trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(s);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!m) return null;
    d = Number(m[1]);
    mo = Number(m[2]);
    y = Number(m[3]);
  }
  return validDate(y, mo, d) ? `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}` : null;
}

function toInt(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? null : asciiDigits(String(value)).trim();
  // Number('') is 0: a blank cell would read as age 0 or the year 0.
  if (text === '') return null;
  const n = text === null ? (value as number) : Number(text);
  return Number.isInteger(n) ? n : null;
}

/**
 * Normalised birth information. A valid date wins over a birth year, which wins over an age. An age A recorded
 * in year Y means birth year Y-A-1 (birthday still to come) or Y-A (birthday passed). Ages are given loosely,
 * one year either way: the Khmer count adds one, and many people are unsure. So the range is the age ± 1,
 * birth years Y-A-2 to Y-A+1.
 */
export function birthInfo(input: BirthInput): BirthInfo {
  const asOf = parseDate(input.asOf ?? null);
  const maxYear = asOf ? Number(asOf.slice(0, 4)) : 2100;
  const dob = parseDate(input.dateOfBirth ?? null);
  if (dob !== null) {
    const [year, month, day] = dob.split('-').map(Number) as [number, number, number];
    if (year >= MIN_YEAR && year <= maxYear) {
      const dayKnown = !dob.endsWith('-01-01');
      const [from, to] = dayKnown
        ? [dayNumber(year, month, day), dayNumber(year, month, day)]
        : yearWindow(year);
      return { dob, year, yearMin: year, yearMax: year, dayKnown, windowFrom: from, windowTo: to };
    }
  }
  const birthYear = toInt(input.birthYear) ?? yearOnly(input.dateOfBirth);
  if (birthYear !== null && birthYear >= MIN_YEAR && birthYear <= maxYear) {
    const [from, to] = yearWindow(birthYear);
    return {
      dob: null,
      year: birthYear,
      yearMin: birthYear,
      yearMax: birthYear,
      dayKnown: false,
      windowFrom: from,
      windowTo: to,
    };
  }
  const age = toInt(input.age);
  if (age !== null && asOf !== null && age >= 0 && age <= 120) {
    const [ty, tm, td] = asOf.split('-').map(Number) as [number, number, number];
    const centre = ty - age;
    return {
      dob: null,
      year: null,
      yearMin: centre - 2,
      yearMax: Math.min(centre + 1, maxYear),
      dayKnown: false,
      // Aged A on day T: born after T minus A+1 years and no later than T minus A years.
      windowFrom: dayNumber(ty - age - 1, tm, td) + 1,
      windowTo: dayNumber(ty - age, tm, td),
    };
  }
  return NONE;
}

/** "1990" written in a date column. */
function yearOnly(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^\s*(\d{4})\s*$/.exec(asciiDigits(text));
  return m ? Number(m[1]) : null;
}

/**
 * How two birth records agree, from strongest to weakest:
 * - exact: the same real date;
 * - close: the same year and a slip in day or month (day and month swapped, one digit different), or the
 *   same day and month one year apart;
 * - dayConflict: the same year, two different real dates;
 * - year: the same year, neither side with a real day;
 * - range: an age on one side, exactly consistent with the other side;
 * - loose: consistent if one age is a year off (the Khmer count adds one; people round);
 * - near: two years off; disagree: more; missing: a side has nothing.
 */
export type BirthLevel =
  | 'exact'
  | 'close'
  | 'dayConflict'
  | 'year'
  | 'range'
  | 'loose'
  | 'near'
  | 'disagree'
  | 'missing';

const YEAR_DAYS = 366;

export function compareBirth(a: BirthInfo, b: BirthInfo): BirthLevel {
  if (a.windowFrom === null || b.windowFrom === null || a.windowTo === null || b.windowTo === null) {
    return 'missing';
  }
  if (a.dob !== null && b.dob !== null && a.dayKnown && b.dayKnown) {
    if (a.dob === b.dob) return 'exact';
    if (a.year === b.year) return daySlip(a.dob, b.dob) ? 'close' : 'dayConflict';
    if (a.dob.slice(4) === b.dob.slice(4) && Math.abs(a.year! - b.year!) === 1) return 'close';
  }
  if (a.year !== null && b.year !== null && a.year === b.year) return 'year';
  const gap = Math.max(a.windowFrom - b.windowTo, b.windowFrom - a.windowTo, 0);
  if (gap === 0) return 'range';
  // Less than a year apart: one age a year off. Two whole years apart (1997 and 1999) is 366 days.
  if (gap < YEAR_DAYS) return 'loose';
  return gap < 2 * YEAR_DAYS ? 'near' : 'disagree';
}

/** Day and month swapped, or one of them off by a single mistyped digit. */
function daySlip(a: string, b: string): boolean {
  const [, am, ad] = a.split('-');
  const [, bm, bd] = b.split('-');
  if (am === bd && ad === bm) return true;
  if (am === bm) return oneDigit(ad!, bd!);
  if (ad === bd) return oneDigit(am!, bm!);
  return false;
}

const oneDigit = (x: string, y: string): boolean => (x[0] === y[0]) !== (x[1] === y[1]);
