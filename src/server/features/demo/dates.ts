/**
 * Calendar days as integers (days since 1970-01-01, UTC), so date arithmetic is exact and the same everywhere:
 * no time zones, no daylight saving, no Date parsing differences between engines.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  if (new Date(ms).getUTCDate() !== d) throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
  return ms / MS_PER_DAY;
}

export const dayFromParts = (year: number, month: number, day: number): Day =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY;

interface Civil {
  year: number;
  month: number;
  day: number;
}

function civil(day: Day): Civil {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoOf(day: Day): string {
  const c = civil(day);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** DD/MM/YYYY, as Cambodian spreadsheets and paper forms write dates. */
export function dmyOf(day: Day): string {
  const c = civil(day);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** Completed years between a birth day and another day (what an ID card and a counsellor call the age). */
export function ageOn(birth: Day, on: Day): number {
  const b = civil(birth);
  const o = civil(on);
  const beforeBirthday = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}

/** The same date with day and month exchanged, or null when that is not a date or not a different one. */
export function swapDayMonth(day: Day): Day | null {
  const c = civil(day);
  if (c.day > 12 || c.day === c.month) return null;
  return dayFromParts(c.year, c.day, c.month);
}

export const yearOf = (day: Day): number => civil(day).year;
