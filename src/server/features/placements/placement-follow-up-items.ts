import type { TFollowUpItem } from '../../../shared/contracts/follow-ups';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { dueFollowUps } from './placements.repository';

/**
 * Decent-work checks due on the placements this user recorded, for the home screen's follow-ups: the counsellor
 * who placed someone is the one who calls back at 30, 90 and 180 days.
 */
export async function placementFollowUpItems(
  db: Db,
  auth: AuthContext,
  today: string,
  until: string,
): Promise<TFollowUpItem[]> {
  const due = await dueFollowUps(db, {
    due: until,
    today,
    centreIds: null,
    createdBy: auth.user.id,
    limit: 200,
  });
  return due.map((f) => ({
    kind: 'placement_check',
    id: f.id,
    dueOn: f.dueOn,
    overdue: f.overdue,
    title: [f.title, f.employerName].filter(Boolean).join(' · ') || null,
    worker: { id: f.workerId, regNo: f.workerRegNo, displayName: f.workerName },
    link: `/placements/${f.placementId}`,
  }));
}
