/** What a demo data set is made of, with the defaults the CLI shows and the checks it applies. */
import { dayOf } from './dates';

export interface DemoOptions {
  /** Worker rows across all channels (not people: one person can have several rows). */
  workers: number;
  employers: number;
  vacancies: number;
  /** Any integer; the same seed and options give byte-identical files. */
  seed: number;
  /**
   * The day the data set is "as of" (YYYY-MM-DD): nothing is registered after it, and vacancies are open,
   * closed or filled relative to it. Fixed by default so that files do not change with the calendar; pass
   * today's date when the data must look current (for example to match against open vacancies).
   */
  asOf: string;
  /** Share of people registered more than once (through several channels or the same one twice). */
  duplicateShare: number;
  /** Share of women among returnees: about two thirds in the survey domain.md cites. */
  womenShare: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  workers: 1000,
  employers: 50,
  vacancies: 200,
  seed: 1,
  asOf: '2026-12-01',
  duplicateShare: 0.25,
  womenShare: 0.66,
};

/** The options a caller gave, completed with the defaults and checked; throws one clear message. */
export function resolveDemoOptions(given: Partial<DemoOptions>): DemoOptions {
  const options = { ...DEFAULT_DEMO_OPTIONS, ...given };
  const problems: string[] = [];
  for (const key of ['workers', 'employers', 'vacancies'] as const) {
    const value = options[key];
    if (!Number.isSafeInteger(value) || value < 0) problems.push(`${key} must be a whole number, 0 or more`);
  }
  if (!Number.isSafeInteger(options.seed)) problems.push('seed must be a whole number');
  if (options.vacancies > 0 && options.employers === 0) problems.push('vacancies need at least one employer');
  for (const key of ['duplicateShare', 'womenShare'] as const) {
    const value = options[key];
    if (!(value >= 0 && value <= 1)) problems.push(`${key} must be between 0 and 1`);
  }
  try {
    dayOf(options.asOf);
  } catch {
    problems.push('asOf must be a date, YYYY-MM-DD');
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return options;
}
