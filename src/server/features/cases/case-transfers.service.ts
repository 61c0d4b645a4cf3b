import type { Transaction } from 'kysely';
import type { TCasePlan, TCaseTransfer, TTransferRequest } from '../../../shared/contracts/cases';
import type { Database, Db } from '../../db/database';
import { AppError, forbidden, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { FORGET_FEATURES } from '../dedup/candidates';
import { presentTransfer, transferQuery } from './case-plans.repository';
import { assertHolder, getPlan, planForWrite } from './case-plans.service';

/**
 * Handing a case to another counsellor or centre takes two people: the sender asks, the receiver (the named
 * counsellor, or a manager of the receiving centre) accepts or declines. Until then the sender keeps the case.
 */
export async function requestTransfer(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  planId: string,
  input: TTransferRequest,
): Promise<TCasePlan> {
  await db.transaction().execute(async (trx) => {
    const p = await planForWrite(trx, auth, planId);
    if (p.status === 'closed') throw new AppError('BAD_REQUEST', 'This case is closed; reopen it first');
    const centre = await trx
      .selectFrom('centres')
      .select(['id', 'active'])
      .where('id', '=', input.toCentreId)
      .executeTakeFirst();
    if (!centre?.active)
      throw new AppError('VALIDATION_FAILED', 'Choose an open centre', [
        { field: 'toCentreId', issue: 'unknown_centre', message: 'No open centre with this id' },
      ]);
    await assertHolder(trx, input.toUserId, input.toCentreId, 'toUserId');
    if (input.toUserId === p.counsellor_id && input.toCentreId === p.centre_id)
      throw new AppError('BAD_REQUEST', 'The case is already with this counsellor at this centre');
    const pending = await trx
      .selectFrom('case_transfers')
      .select('id')
      .where('case_plan_id', '=', p.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending)
      throw new AppError('ALREADY_EXISTS', 'A transfer of this case is already waiting for an answer', {
        transferId: pending.id,
      });
    const row = await trx
      .insertInto('case_transfers')
      .values({
        case_plan_id: p.id,
        from_user_id: p.counsellor_id,
        from_centre_id: p.centre_id,
        to_user_id: input.toUserId,
        to_centre_id: input.toCentreId,
        note: input.note || null,
        requested_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'case_transfer',
      entityId: row.id,
      centreId: p.centre_id,
      after: { casePlanId: p.id, ...input, status: 'pending' },
    });
  });
  return getPlan(db, auth, planId);
}

const isReceiver = (auth: AuthContext, t: { to_user_id: string; to_centre_id: string }) =>
  t.to_user_id === auth.user.id ||
  auth.user.role === 'admin' ||
  (auth.user.role === 'centre_manager' && auth.user.centreIds.includes(t.to_centre_id));

/** Transfers waiting for this user's answer: named to them, or to a centre they manage. */
export async function incomingTransfers(db: Db, auth: AuthContext): Promise<TCaseTransfer[]> {
  const rows = await transferQuery(db)
    .where('t.status', '=', 'pending')
    .where((eb) => {
      if (auth.user.role === 'admin') return eb.val(true);
      const ors = [eb('t.to_user_id', '=', auth.user.id)];
      if (auth.user.role === 'centre_manager' && auth.user.centreIds.length)
        ors.push(eb('t.to_centre_id', 'in', auth.user.centreIds));
      return eb.or(ors);
    })
    .orderBy('t.requested_at')
    .execute();
  return rows.map(presentTransfer);
}

async function lockTransfer(trx: Transaction<Database>, id: string) {
  const t = await trx
    .selectFrom('case_transfers')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!t) throw notFound('Transfer');
  if (t.status !== 'pending')
    throw new AppError('VERSION_CONFLICT', 'This transfer was already answered', {
      current: presentTransfer((await transferQuery(trx).where('t.id', '=', id).executeTakeFirst())!),
    });
  return t;
}

export async function decideTransfer(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  accept: boolean,
  note: string | null | undefined,
): Promise<TCaseTransfer> {
  await db.transaction().execute(async (trx) => {
    const t = await lockTransfer(trx, id);
    if (!isReceiver(auth, t)) {
      // Someone who cannot see the case at all learns nothing about it.
      const sees = await planForWrite(trx, auth, t.case_plan_id).then(
        () => true,
        () => false,
      );
      if (!sees) throw notFound('Transfer');
      throw forbidden('Only the receiving counsellor or a manager of the receiving centre may answer');
    }
    await trx
      .updateTable('case_transfers')
      .set({
        status: accept ? 'accepted' : 'declined',
        decision_note: note || null,
        decided_by: auth.user.id,
        decided_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (accept) await moveCase(trx, actor, t);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'case_transfer',
      entityId: id,
      centreId: t.to_centre_id,
      before: { status: 'pending' },
      after: { status: accept ? 'accepted' : 'declined', note: note || null },
    });
  });
  return presentTransfer((await transferQuery(db).where('t.id', '=', id).executeTakeFirst())!);
}

/**
 * The case follows the counsellor; a move to another centre moves the person's registration too, since the
 * new centre now serves them and centre staff see the returnees of their own centres.
 */
async function moveCase(
  trx: Transaction<Database>,
  actor: AuditActor,
  t: {
    case_plan_id: string;
    from_user_id: string;
    from_centre_id: string;
    to_user_id: string;
    to_centre_id: string;
  },
) {
  const plan = await trx
    .updateTable('case_plans')
    .set((eb) => ({
      counsellor_id: t.to_user_id,
      centre_id: t.to_centre_id,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', t.case_plan_id)
    .returning('worker_id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'case_plan',
    entityId: t.case_plan_id,
    centreId: t.to_centre_id,
    before: { counsellorId: t.from_user_id, centreId: t.from_centre_id },
    after: { counsellorId: t.to_user_id, centreId: t.to_centre_id },
  });
  const worker = await trx
    .selectFrom('workers')
    .select(['centre_id'])
    .where('id', '=', plan.worker_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (worker.centre_id === t.to_centre_id) return;
  await trx
    .updateTable('workers')
    .set((eb) => ({
      centre_id: t.to_centre_id,
      version: eb('version', '+', 1),
      ...FORGET_FEATURES,
      updated_at: new Date(),
    }))
    .where('id', '=', plan.worker_id)
    .execute();
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'worker',
    entityId: plan.worker_id,
    centreId: t.to_centre_id,
    before: { centreId: worker.centre_id },
    after: { centreId: t.to_centre_id },
  });
}

/** The sender (or anyone who may change the plan) withdraws a transfer not yet answered. */
export async function cancelTransfer(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
): Promise<TCaseTransfer> {
  await db.transaction().execute(async (trx) => {
    const t = await lockTransfer(trx, id);
    await planForWrite(trx, auth, t.case_plan_id).catch(() => {
      throw notFound('Transfer');
    });
    await trx
      .updateTable('case_transfers')
      .set({ status: 'cancelled', decided_by: auth.user.id, decided_at: new Date() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'case_transfer',
      entityId: id,
      centreId: t.from_centre_id,
      before: { status: 'pending' },
      after: { status: 'cancelled' },
    });
  });
  return presentTransfer((await transferQuery(db).where('t.id', '=', id).executeTakeFirst())!);
}
