import type { TFollowUpItem } from '../../../shared/contracts/follow-ups';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { day } from './case-access';

const link = (workerId: string) => `/workers/${workerId}#case-plan`;

/** Open actions this user owns, due by `until`, on cases still in progress. */
export async function caseActionFollowUps(
  db: Db,
  auth: AuthContext,
  today: string,
  until: string,
): Promise<TFollowUpItem[]> {
  const rows = await db
    .selectFrom('case_actions as a')
    .innerJoin('case_plans as p', 'p.id', 'a.case_plan_id')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .select(['a.id', 'a.due_on', 'a.description', 'w.id as worker_id', 'w.reg_no', 'w.display_name'])
    .where('a.owner_id', '=', auth.user.id)
    .where('a.status', 'in', ['planned', 'in_progress'])
    .where('a.due_on', '<=', until)
    .where('p.status', '<>', 'closed')
    .execute();
  return rows.map((r) => {
    const dueOn = day(r.due_on)!;
    return {
      kind: 'case_action',
      id: r.id,
      dueOn,
      overdue: dueOn < today,
      title: r.description,
      worker: { id: r.worker_id, regNo: r.reg_no, displayName: r.display_name },
      link: link(r.worker_id),
    };
  });
}

/** Reviews not yet held of the cases this user holds. */
export async function caseReviewFollowUps(
  db: Db,
  auth: AuthContext,
  today: string,
  until: string,
): Promise<TFollowUpItem[]> {
  const rows = await db
    .selectFrom('case_reviews as r')
    .innerJoin('case_plans as p', 'p.id', 'r.case_plan_id')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .select(['r.id', 'r.due_on', 'w.id as worker_id', 'w.reg_no', 'w.display_name'])
    .where('p.counsellor_id', '=', auth.user.id)
    .where('p.status', '<>', 'closed')
    .where('r.done_on', 'is', null)
    .where('r.due_on', '<=', until)
    .execute();
  return rows.map((r) => {
    const dueOn = day(r.due_on)!;
    return {
      kind: 'case_review',
      id: r.id,
      dueOn,
      overdue: dueOn < today,
      title: null,
      worker: { id: r.worker_id, regNo: r.reg_no, displayName: r.display_name },
      link: link(r.worker_id),
    };
  });
}
