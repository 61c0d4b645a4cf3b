/**
 * The matching settings from the job settings (jobs-core keeps them editable): congestion multiple, policy
 * priorities and the minimum-wage table, turned into the plain functions the scoring core reads.
 */
import type { JobSettings, MinimumWage } from '../../../shared/contracts/job-settings';
import type { MatchSettings } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { getJobSettings } from '../job-settings/job-settings.repository';

/** The exchange rate the generated wage columns of migration 0007 use, and 26 working days a month. */
export const KHR_PER_USD = 4000;
export const WORKING_DAYS_PER_MONTH = 26;

export function monthlyUsd(amount: number, currency: string, per: string): number | null {
  if (per === 'piece') return null;
  return (amount / (currency === 'KHR' ? KHR_PER_USD : 1)) * (per === 'day' ? WORKING_DAYS_PER_MONTH : 1);
}

/** The minimum in force on `today` for each sector; `null` keys the reference floor for every other sector. */
function minimumsOn(wages: readonly MinimumWage[], today: string): Map<string | null, number> {
  const current = new Map<string | null, { from: string; usd: number }>();
  for (const w of wages) {
    const usd = monthlyUsd(w.amount, w.currency, w.per);
    if (usd === null || w.effectiveFrom > today) continue;
    const seen = current.get(w.sector);
    if (!seen || w.effectiveFrom > seen.from) current.set(w.sector, { from: w.effectiveFrom, usd });
  }
  return new Map([...current].map(([sector, v]) => [sector, v.usd]));
}

export function toMatchSettings(settings: JobSettings, today: string): MatchSettings {
  const minimums = minimumsOn(settings.minimumWages, today);
  const floor = minimums.get(null) ?? 0;
  const minimumWageUsd = (sector: string | null) =>
    (sector !== null ? minimums.get(sector) : undefined) ?? floor;
  return {
    minimumWageUsd,
    lowestMinimumWageUsd: Math.min(floor, ...minimums.values()),
    congestionMultiple: settings.matching.congestionMultiple,
    priority: { ...settings.matching.priorities },
  };
}

export async function loadMatchSettings(db: Conn, today: string): Promise<MatchSettings> {
  return toMatchSettings(await getJobSettings(db), today);
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);
