import { sql } from 'kysely';
import { centreToday } from '../../../shared/centre-date';
import type { TCaseSummary } from '../../../shared/contracts/cases';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess, centreScope } from '../../http/scope';
import { day, iso } from './case-access';

/** Open cases with their open and overdue action counts and next review, one query for a whole caseload. */
function summaries(db: Db) {
  const today = centreToday();
  return db
    .selectFrom('case_plans as p')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .innerJoin('users as u', 'u.id', 'p.counsellor_id')
    .select((eb) => [
      'p.id',
      'p.status',
      'p.centre_id',
      'p.counsellor_id',
      'p.updated_at',
      'u.name as counsellor_name',
      'w.id as worker_id',
      'w.reg_no',
      'w.display_name',
      eb
        .selectFrom('case_actions as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.case_plan_id', '=', 'p.id')
        .where('a.status', 'in', ['planned', 'in_progress'])
        .as('open_actions'),
      eb
        .selectFrom('case_actions as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.case_plan_id', '=', 'p.id')
        .where('a.status', 'in', ['planned', 'in_progress'])
        .where('a.due_on', '<', today)
        .as('overdue_actions'),
      eb
        .selectFrom('case_reviews as r')
        .select(sql<string>`min(r.due_on)`.as('d'))
        .whereRef('r.case_plan_id', '=', 'p.id')
        .where('r.done_on', 'is', null)
        .as('next_review_on'),
      eb
        .exists(
          eb
            .selectFrom('case_transfers as t')
            .select('t.id')
            .whereRef('t.case_plan_id', '=', 'p.id')
            .where('t.status', '=', 'pending'),
        )
        .as('pending_transfer'),
    ])
    .where('p.status', '<>', 'closed');
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

const present = (r: SummaryRow): TCaseSummary => ({
  id: r.id,
  worker: { id: r.worker_id, regNo: r.reg_no, displayName: r.display_name },
  centreId: r.centre_id,
  counsellor: { id: r.counsellor_id, name: r.counsellor_name },
  status: r.status,
  openActions: Number(r.open_actions ?? 0),
  overdueActions: Number(r.overdue_actions ?? 0),
  nextReviewOn: r.next_review_on ? day(String(r.next_review_on)) : null,
  pendingTransfer: Boolean(r.pending_transfer),
  updatedAt: iso(r.updated_at),
});

/** The signed-in counsellor's open cases, those with overdue work first. */
export async function myCaseload(db: Db, auth: AuthContext): Promise<TCaseSummary[]> {
  const rows = await summaries(db).where('p.counsellor_id', '=', auth.user.id).execute();
  return rows.map(present).sort(byUrgency);
}

const byUrgency = (a: TCaseSummary, b: TCaseSummary) =>
  b.overdueActions - a.overdueActions ||
  (a.nextReviewOn ?? '9999').localeCompare(b.nextReviewOn ?? '9999') ||
  a.worker.displayName.localeCompare(b.worker.displayName);

/** Every open case of the manager's centres (or the one chosen), grouped by the counsellor who holds it. */
export async function centreCaseloads(db: Db, auth: AuthContext, centreId: string | undefined) {
  if (centreId) assertCentreAccess(auth, centreId, 'Centre');
  const scope = centreScope(auth);
  let q = summaries(db);
  if (centreId) q = q.where('p.centre_id', '=', centreId);
  else if (scope) q = scope.length ? q.where('p.centre_id', 'in', scope) : q.where(sql<boolean>`false`);
  const items = (await q.execute()).map(present);
  const groups = new Map<string, { counsellor: TCaseSummary['counsellor']; items: TCaseSummary[] }>();
  for (const item of items) {
    const g = groups.get(item.counsellor.id) ?? { counsellor: item.counsellor, items: [] };
    g.items.push(item);
    groups.set(item.counsellor.id, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort(byUrgency) }))
    .sort((a, b) => a.counsellor.name.localeCompare(b.counsellor.name));
}

/** Active staff who can be given case work (action owners, transfer receivers), with their centres. */
export async function caseStaff(db: Db) {
  const rows = await db
    .selectFrom('users')
    .leftJoin('user_centres', 'user_centres.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.role', 'user_centres.centre_id'])
    .where('users.disabled_at', 'is', null)
    .where('users.role', 'in', ['admin', 'centre_manager', 'counsellor', 'outreach_officer', 'legal_officer'])
    .orderBy('users.name')
    .execute();
  const byId = new Map<string, { id: string; name: string; role: string; centreIds: string[] }>();
  for (const r of rows) {
    const u = byId.get(r.id) ?? { id: r.id, name: r.name, role: r.role, centreIds: [] };
    if (r.centre_id) u.centreIds.push(r.centre_id);
    byId.set(r.id, u);
  }
  return [...byId.values()];
}
