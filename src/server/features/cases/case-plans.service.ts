import type {
  TCasePlan,
  TCreateCasePlanRequest,
  TUpdateCasePlanRequest,
} from '../../../shared/contracts/cases';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { assertNotMerged, assertStaffAt, versionConflict, workerInScope } from './case-access';
import { loadPlan, planInScope, planQuery } from './case-plans.repository';

/** Case plans are held by counsellors, or by a centre manager who takes a case on. */
const HOLDER_ROLES = ['counsellor', 'centre_manager'];

export async function assertHolder(conn: Conn, userId: string, centreId: string, field: string) {
  const role = await assertStaffAt(conn, userId, centreId, field);
  if (!HOLDER_ROLES.includes(role))
    throw new AppError('VALIDATION_FAILED', 'Choose a counsellor', [
      { field, issue: 'not_a_counsellor', message: 'Case plans are held by counsellors or centre managers' },
    ]);
}

export async function listWorkerPlans(db: Db, auth: AuthContext, workerId: string): Promise<TCasePlan[]> {
  await workerInScope(db, auth, workerId);
  const rows = await planQuery(db)
    .where('p.worker_id', '=', workerId)
    .orderBy('p.created_at', 'desc')
    .execute();
  return Promise.all(rows.map((r) => loadPlan(db, r)));
}

export async function getPlan(db: Db, auth: AuthContext, id: string): Promise<TCasePlan> {
  return loadPlan(db, await planInScope(db, auth, id));
}

/** A plan the user may change: the receiver of a transfer reads it, but changes it only once accepted. */
export async function planForWrite(conn: Conn, auth: AuthContext, id: string) {
  const p = await planInScope(conn, auth, id, true);
  if (!canSeeCentre(auth, p.worker_centre_id)) throw notFound('Case plan');
  return p;
}

async function assertNoOtherOpenPlan(conn: Conn, workerId: string, exceptId: string | null) {
  let q = conn
    .selectFrom('case_plans')
    .select('id')
    .where('worker_id', '=', workerId)
    .where('status', '<>', 'closed');
  if (exceptId) q = q.where('id', '<>', exceptId);
  const open = await q.executeTakeFirst();
  if (open)
    throw new AppError('ALREADY_EXISTS', 'This person already has a case plan in progress', {
      casePlanId: open.id,
    });
}

export async function createPlan(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  workerId: string,
  input: TCreateCasePlanRequest,
): Promise<TCasePlan> {
  const id = await db.transaction().execute(async (trx) => {
    const worker = await workerInScope(trx, auth, workerId);
    assertNotMerged(worker);
    const counsellorId = input.counsellorId ?? auth.user.id;
    await assertHolder(trx, counsellorId, worker.centre_id, 'counsellorId');
    await assertNoOtherOpenPlan(trx, worker.id, null);
    const plan = await trx
      .insertInto('case_plans')
      .values({
        worker_id: worker.id,
        centre_id: worker.centre_id,
        counsellor_id: counsellorId,
        needs: JSON.stringify(input.needs),
        goals: input.goals,
        created_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.firstReviewOn)
      await trx
        .insertInto('case_reviews')
        .values({ case_plan_id: plan.id, due_on: input.firstReviewOn })
        .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'case_plan',
      entityId: plan.id,
      centreId: worker.centre_id,
      after: { ...input, workerId, counsellorId },
    });
    return plan.id;
  });
  return getPlan(db, auth, id);
}

export async function updatePlan(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateCasePlanRequest,
): Promise<TCasePlan> {
  await db.transaction().execute(async (trx) => {
    const p = await planForWrite(trx, auth, id);
    const before = await loadPlan(trx, p);
    if (p.version !== input.version) throw versionConflict(before);
    const status = input.status ?? p.status;
    const closing = status === 'closed' && p.status !== 'closed';
    const reopening = status !== 'closed' && p.status === 'closed';
    if (status === 'closed' && !(input.closedReason ?? p.closed_reason))
      throw new AppError('VALIDATION_FAILED', 'Say why the case is closed', [
        { field: 'closedReason', issue: 'required', message: 'A closed case needs a reason' },
      ]);
    if (closing && before.pendingTransfer)
      throw new AppError('BAD_REQUEST', 'A transfer of this case is waiting for an answer; settle it first');
    if (reopening) await assertNoOtherOpenPlan(trx, p.worker_id, p.id);
    await trx
      .updateTable('case_plans')
      .set({
        needs: input.needs ? JSON.stringify(input.needs) : JSON.stringify(p.needs),
        goals: input.goals ?? p.goals,
        status,
        closed_reason: status === 'closed' ? (input.closedReason ?? p.closed_reason) : null,
        closed_at: status === 'closed' ? (closing ? new Date() : p.closed_at) : null,
        version: p.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await loadPlan(trx, (await planQuery(trx).where('p.id', '=', id).executeTakeFirst())!);
    const pick = (x: TCasePlan) => ({
      needs: x.needs,
      goals: x.goals,
      status: x.status,
      closedReason: x.closedReason,
    });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'case_plan',
      entityId: id,
      centreId: p.centre_id,
      ...changedFields(pick(before), pick(after)),
    });
  });
  return getPlan(db, auth, id);
}
