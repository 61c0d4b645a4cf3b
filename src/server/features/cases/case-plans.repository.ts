import type {
  TCaseAction,
  TCasePlan,
  TCaseReview,
  TCaseTransfer,
  TNeeds,
} from '../../../shared/contracts/cases';
import type { Conn } from '../../db/database';
import { notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';
import { day, iso, isoOrNull } from './case-access';
import type { CaseActionRow, CaseReviewRow } from './cases.table';

export function planQuery(conn: Conn) {
  return conn
    .selectFrom('case_plans as p')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .innerJoin('users as u', 'u.id', 'p.counsellor_id')
    .selectAll('p')
    .select(['w.reg_no', 'w.display_name', 'w.centre_id as worker_centre_id', 'u.name as counsellor_name']);
}
export type PlanJoined = NonNullable<Awaited<ReturnType<ReturnType<typeof planQuery>['executeTakeFirst']>>>;

export function transferQuery(conn: Conn) {
  return conn
    .selectFrom('case_transfers as t')
    .innerJoin('case_plans as p', 'p.id', 't.case_plan_id')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .innerJoin('users as fu', 'fu.id', 't.from_user_id')
    .innerJoin('users as tu', 'tu.id', 't.to_user_id')
    .selectAll('t')
    .select([
      'w.id as worker_id',
      'w.reg_no',
      'w.display_name',
      'fu.name as from_name',
      'tu.name as to_name',
    ]);
}
type TransferJoined = NonNullable<Awaited<ReturnType<ReturnType<typeof transferQuery>['executeTakeFirst']>>>;

export function presentTransfer(t: TransferJoined): TCaseTransfer {
  return {
    id: t.id,
    casePlanId: t.case_plan_id,
    from: { id: t.from_user_id, name: t.from_name },
    fromCentreId: t.from_centre_id,
    to: { id: t.to_user_id, name: t.to_name },
    toCentreId: t.to_centre_id,
    note: t.note,
    status: t.status,
    decisionNote: t.decision_note,
    requestedAt: iso(t.requested_at),
    decidedAt: isoOrNull(t.decided_at),
    worker: { id: t.worker_id, regNo: t.reg_no, displayName: t.display_name },
  };
}

export const presentAction = (a: CaseActionRow & { owner_name: string }): TCaseAction => ({
  id: a.id,
  casePlanId: a.case_plan_id,
  description: a.description,
  owner: { id: a.owner_id, name: a.owner_name },
  dueOn: day(a.due_on)!,
  status: a.status,
  completedAt: isoOrNull(a.completed_at),
  version: a.version,
});

export const presentReview = (r: CaseReviewRow): TCaseReview => ({
  id: r.id,
  casePlanId: r.case_plan_id,
  dueOn: day(r.due_on)!,
  doneOn: day(r.done_on),
  notes: r.notes,
  version: r.version,
});

export function actionQuery(conn: Conn) {
  return conn
    .selectFrom('case_actions as a')
    .innerJoin('users as o', 'o.id', 'a.owner_id')
    .selectAll('a')
    .select('o.name as owner_name');
}

/** A plan with its actions, reviews and pending transfer, as the API returns it. */
export async function loadPlan(conn: Conn, p: PlanJoined): Promise<TCasePlan> {
  const actions = await actionQuery(conn)
    .where('a.case_plan_id', '=', p.id)
    .orderBy('a.due_on')
    .orderBy('a.created_at')
    .execute();
  const reviews = await conn
    .selectFrom('case_reviews')
    .selectAll()
    .where('case_plan_id', '=', p.id)
    .orderBy('due_on')
    .execute();
  const pending = await transferQuery(conn)
    .where('t.case_plan_id', '=', p.id)
    .where('t.status', '=', 'pending')
    .executeTakeFirst();
  return {
    id: p.id,
    worker: { id: p.worker_id, regNo: p.reg_no, displayName: p.display_name },
    centreId: p.centre_id,
    counsellor: { id: p.counsellor_id, name: p.counsellor_name },
    status: p.status,
    closedReason: p.closed_reason as TCasePlan['closedReason'],
    closedAt: isoOrNull(p.closed_at),
    needs: (p.needs ?? {}) as TNeeds,
    goals: p.goals,
    actions: actions.map(presentAction),
    reviews: reviews.map(presentReview),
    pendingTransfer: pending ? presentTransfer(pending) : null,
    version: p.version,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
  };
}

/**
 * A plan this user may see: one of a worker of their centres, or one being transferred to them (the receiver
 * reads the plan before deciding). Anything else answers as not found.
 */
export async function planInScope(conn: Conn, auth: AuthContext, id: string, lock = false) {
  let q = planQuery(conn).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  const p = await q.executeTakeFirst();
  if (!p) throw notFound('Case plan');
  if (canSeeCentre(auth, p.worker_centre_id)) return p;
  const incoming = await conn
    .selectFrom('case_transfers')
    .select('id')
    .where('case_plan_id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) =>
      eb.or([
        eb('to_user_id', '=', auth.user.id),
        ...(auth.user.role === 'centre_manager' && auth.user.centreIds.length
          ? [eb('to_centre_id', 'in', auth.user.centreIds)]
          : []),
      ]),
    )
    .executeTakeFirst();
  if (!incoming) throw notFound('Case plan');
  return p;
}
