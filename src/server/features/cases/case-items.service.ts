import type {
  TCaseAction,
  TCasePlan,
  TCaseReview,
  TCreateActionRequest,
  TUpdateActionRequest,
  TUpdateReviewRequest,
} from '../../../shared/contracts/cases';
import type { Db } from '../../db/database';
import { AppError, forbidden, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { assertStaffAt, mayWritePlans, versionConflict } from './case-access';
import { actionQuery, presentAction, presentReview } from './case-plans.repository';
import { getPlan, planForWrite } from './case-plans.service';

function assertOpen(status: string) {
  if (status === 'closed') throw new AppError('BAD_REQUEST', 'This case is closed; reopen it first');
}

export async function addAction(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  planId: string,
  input: TCreateActionRequest,
): Promise<TCasePlan> {
  await db.transaction().execute(async (trx) => {
    const p = await planForWrite(trx, auth, planId);
    assertOpen(p.status);
    await assertStaffAt(trx, input.ownerId, p.worker_centre_id, 'ownerId');
    const row = await trx
      .insertInto('case_actions')
      .values({
        case_plan_id: p.id,
        description: input.description,
        owner_id: input.ownerId,
        due_on: input.dueOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Adding work to an open plan means the case is being worked on.
    if (p.status === 'open')
      await trx.updateTable('case_plans').set({ status: 'active' }).where('id', '=', p.id).execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'case_action',
      entityId: row.id,
      centreId: p.centre_id,
      after: { ...input, casePlanId: p.id },
    });
  });
  return getPlan(db, auth, planId);
}

/** The plan's writers change any action; the owner of an action (a legal officer, say) updates their own. */
export async function updateAction(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateActionRequest,
): Promise<TCaseAction> {
  await db.transaction().execute(async (trx) => {
    const a = await actionQuery(trx).where('a.id', '=', id).forUpdate('a').executeTakeFirst();
    if (!a) throw notFound('Action');
    const p = await planForWrite(trx, auth, a.case_plan_id).catch(() => {
      throw notFound('Action');
    });
    if (!mayWritePlans(auth) && a.owner_id !== auth.user.id)
      throw forbidden('Only the case’s counsellor, a manager or the action’s owner may change it');
    const before = presentAction(a);
    if (a.version !== input.version) throw versionConflict(before);
    assertOpen(p.status);
    if (input.ownerId && input.ownerId !== a.owner_id)
      await assertStaffAt(trx, input.ownerId, p.worker_centre_id, 'ownerId');
    const status = input.status ?? a.status;
    const finished = status === 'done' || status === 'cancelled';
    await trx
      .updateTable('case_actions')
      .set({
        description: input.description ?? a.description,
        owner_id: input.ownerId ?? a.owner_id,
        due_on: input.dueOn ?? a.due_on,
        status,
        completed_at: finished ? (a.completed_at ?? new Date()) : null,
        version: a.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = presentAction((await actionQuery(trx).where('a.id', '=', id).executeTakeFirst())!);
    const pick = ({ version: _v, completedAt: _c, ...rest }: TCaseAction) => rest;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'case_action',
      entityId: id,
      centreId: p.centre_id,
      ...changedFields(pick(before), pick(after)),
    });
  });
  return presentAction((await actionQuery(db).where('a.id', '=', id).executeTakeFirst())!);
}

export async function addReview(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  planId: string,
  dueOn: string,
): Promise<TCasePlan> {
  await db.transaction().execute(async (trx) => {
    const p = await planForWrite(trx, auth, planId);
    assertOpen(p.status);
    const row = await trx
      .insertInto('case_reviews')
      .values({ case_plan_id: p.id, due_on: dueOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'case_review',
      entityId: row.id,
      centreId: p.centre_id,
      after: { casePlanId: p.id, dueOn },
    });
  });
  return getPlan(db, auth, planId);
}

export async function updateReview(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateReviewRequest,
): Promise<TCaseReview> {
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('case_reviews')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw notFound('Review');
    const p = await planForWrite(trx, auth, r.case_plan_id).catch(() => {
      throw notFound('Review');
    });
    const before = presentReview(r);
    if (r.version !== input.version) throw versionConflict(before);
    await trx
      .updateTable('case_reviews')
      .set({
        due_on: input.dueOn ?? r.due_on,
        done_on: input.doneOn === undefined ? r.done_on : input.doneOn,
        notes: input.notes === undefined ? r.notes : input.notes || null,
        version: r.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = presentReview(
      (await trx.selectFrom('case_reviews').selectAll().where('id', '=', id).executeTakeFirst())!,
    );
    const pick = ({ version: _v, ...rest }: TCaseReview) => rest;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'case_review',
      entityId: id,
      centreId: p.centre_id,
      ...changedFields(pick(before), pick(after)),
    });
  });
  return presentReview(
    (await db.selectFrom('case_reviews').selectAll().where('id', '=', id).executeTakeFirst())!,
  );
}
