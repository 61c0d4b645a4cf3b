/**
 * Today's date where the centres are (Cambodia, UTC+7, no daylight saving), as 'YYYY-MM-DD'. A server running on
 * UTC would otherwise call an action due "today" overdue from 07:00 in the morning in Pursat, or not until then.
 */
export function centreToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(now);
}

/** The date `days` after a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
