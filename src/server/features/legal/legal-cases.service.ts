import type {
  TCreateLegalCaseRequest,
  TLegalCase,
  TUpdateLegalCaseRequest,
} from '../../../shared/contracts/legal';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess, canSeeCentre } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { findWorkerRow } from '../workers/workers.repository';
import { presentLegalCase } from './legal.presenter';
import { findLegalCaseRow, findLegalCaseView } from './legal.repository';
import { assertHandler, assertLegalDetail } from './legal-access';

const respondentColumns = (r: TCreateLegalCaseRequest['respondent']) => ({
  respondent_kind: r?.kind ?? null,
  respondent_name: r?.name ?? null,
  respondent_country: r?.country ?? null,
});

export async function createLegalCase(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  input: TCreateLegalCaseRequest,
): Promise<TLegalCase> {
  assertLegalDetail(auth);
  const id = await db.transaction().execute(async (trx) => {
    const worker = await findWorkerRow(trx, input.workerId);
    if (!worker || !canSeeCentre(auth, worker.centre_id)) throw notFound('Worker');
    if (worker.status === 'merged') {
      throw new AppError('BAD_REQUEST', 'This record was merged into another; open the case there', {
        mergedInto: worker.merged_into,
      });
    }
    const centreId = input.centreId ?? worker.centre_id;
    assertCentreAccess(auth, centreId, 'Centre');
    const handlerId = input.handlerId ?? auth.user.id;
    await assertHandler(trx, handlerId, centreId);
    const row = await trx
      .insertInto('legal_cases')
      .values({
        worker_id: worker.id,
        centre_id: centreId,
        handler_id: handlerId,
        claim_type: input.claimType,
        ...respondentColumns(input.respondent),
        amounts: JSON.stringify(input.amounts ?? []),
        actions: JSON.stringify(input.actions ?? []),
        notes: input.notes ?? null,
        opened_on: input.openedOn,
        created_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = presentLegalCase((await findLegalCaseView(trx, row.id))!);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'legal_case',
      entityId: row.id,
      centreId,
      after: auditable(created),
    });
    return row.id;
  });
  return presentLegalCase((await findLegalCaseView(db, id))!);
}

/**
 * Changes a legal case. The version the client read must still be current (409 with the current record);
 * the row lock makes two simultaneous saves take turns.
 */
export async function updateLegalCase(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateLegalCaseRequest,
): Promise<TLegalCase> {
  assertLegalDetail(auth);
  await db.transaction().execute(async (trx) => {
    const row = await findLegalCaseRow(trx, id, true);
    if (!row) throw notFound('Legal case');
    assertCentreAccess(auth, row.centre_id, 'Legal case');
    const before = presentLegalCase((await findLegalCaseView(trx, id))!);
    if (row.version !== input.version) {
      // The conflict body carries the whole record, so it is a read of the details like any other.
      await recordAudit(trx, actor, {
        action: 'read',
        entity: 'legal_case',
        entityId: id,
        centreId: row.centre_id,
        after: { view: 'conflict' },
      });
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this legal case; review their change', {
        current: before,
      });
    }
    if (input.handlerId !== undefined && input.handlerId !== row.handler_id) {
      await assertHandler(trx, input.handlerId, row.centre_id);
    }
    const status = input.status ?? before.status;
    const outcome = input.outcome !== undefined ? input.outcome : before.outcome;
    if (status === 'closed' && !outcome) {
      throw new AppError('VALIDATION_FAILED', 'A closed case needs its outcome', [
        { field: 'outcome', issue: 'outcome_required', message: 'Choose the outcome before closing' },
      ]);
    }
    const closedOn =
      status !== 'closed'
        ? null
        : input.closedOn !== undefined && input.closedOn !== null
          ? input.closedOn
          : (before.closedOn ?? new Date().toISOString().slice(0, 10));
    await trx
      .updateTable('legal_cases')
      .set({
        claim_type: input.claimType ?? before.claimType,
        handler_id: input.handlerId ?? row.handler_id,
        ...(input.respondent !== undefined ? respondentColumns(input.respondent) : {}),
        ...(input.amounts ? { amounts: JSON.stringify(input.amounts) } : {}),
        ...(input.actions ? { actions: JSON.stringify(input.actions) } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.outcomeNotes !== undefined ? { outcome_notes: input.outcomeNotes } : {}),
        status,
        outcome,
        closed_on: closedOn,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = presentLegalCase((await findLegalCaseView(trx, id))!);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'legal_case',
      entityId: id,
      centreId: row.centre_id,
      ...changedFields(auditable(before), auditable(after)),
    });
  });
  return presentLegalCase((await findLegalCaseView(db, id))!);
}

/** The audit row keeps what changed, without the names copied from other records or the bookkeeping fields. */
function auditable(c: TLegalCase): Record<string, unknown> {
  const { workerName: _n, workerRegNo: _r, version: _v, createdAt: _c, updatedAt: _u, handler, ...rest } = c;
  return { ...rest, handlerId: handler.id };
}
