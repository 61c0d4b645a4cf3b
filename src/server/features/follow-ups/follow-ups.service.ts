import { addDays, centreToday } from '../../../shared/centre-date';
import type { TFollowUpItem, TFollowUps } from '../../../shared/contracts/follow-ups';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { caseActionFollowUps, caseReviewFollowUps } from '../cases/case-follow-ups';

/**
 * One source per kind of follow-up: each returns the signed-in user's items due on or before `until`, overdue
 * ones included. A feature adds its kind to FOLLOW_UP_KINDS and its source to this list.
 */
export type FollowUpSource = (
  db: Db,
  auth: AuthContext,
  today: string,
  until: string,
) => Promise<TFollowUpItem[]>;

export const FOLLOW_UP_SOURCES: FollowUpSource[] = [caseActionFollowUps, caseReviewFollowUps];

export async function myFollowUps(
  db: Db,
  auth: AuthContext,
  days: number,
  now = new Date(),
): Promise<TFollowUps> {
  const today = centreToday(now);
  const until = addDays(today, days);
  const items: TFollowUpItem[] = [];
  for (const source of FOLLOW_UP_SOURCES) items.push(...(await source(db, auth, today, until)));
  items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind));
  return { today, until, items };
}
