import type { Conn } from '../../db/database';
import { ACTIVE_REFERRAL_STATUSES } from './referrals.table';

/**
 * Active referrals (referred, interview, offer) per vacancy, for congestion control. Vacancies with none are
 * absent from the map: read with `?? 0`.
 */
export async function activeReferralCounts(
  db: Conn,
  vacancyIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (vacancyIds.length === 0) return counts;
  const rows = await db
    .selectFrom('job_referrals')
    .select(['vacancy_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('vacancy_id', 'in', [...vacancyIds])
    .where('status', 'in', [...ACTIVE_REFERRAL_STATUSES])
    .groupBy('vacancy_id')
    .execute();
  for (const row of rows) counts.set(row.vacancy_id, Number(row.n));
  return counts;
}
