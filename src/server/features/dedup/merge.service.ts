import { prepareRecord } from '../../../shared/dedup/record';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess } from '../../http/scope';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { findWorkerRow, replacePhones } from '../workers/workers.repository';
import type { WorkerRow } from '../workers/workers.table';
import { orderPair } from './pairs.repository';
import { personFromWorker } from './person-record';
import { indexWorker, unindexWorker } from './worker-index';

interface MergeSnapshot {
  mergedStatus: string;
  sourceRecordIds: string[];
  survivorPhonesBefore: string[];
  pairStatusBefore: string | null;
}

const phonesOf = async (db: Conn, id: string) =>
  (
    await db
      .selectFrom('worker_phones')
      .select('e164')
      .where('worker_id', '=', id)
      .orderBy('position')
      .execute()
  ).map((p) => p.e164);

/**
 * Records a reviewer's decision on a pair. "Not the same" is remembered so the pair is never proposed again;
 * "the same" merges: the merged record's source records move to the survivor, its phones join the survivor's,
 * and it stays in the database marked merged, with a snapshot that lets the merge be undone exactly.
 */
export async function decidePair(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  a: string,
  b: string,
  decision: 'same' | 'distinct',
  survivorId?: string,
): Promise<{ mergeId: string | null }> {
  const [worker_a, worker_b] = orderPair(a, b);
  if (worker_a === worker_b) throw new AppError('BAD_REQUEST', 'A record cannot be a duplicate of itself');
  return db.transaction().execute(async (trx) => {
    const rowA = await findWorkerRow(trx, worker_a, true);
    const rowB = await findWorkerRow(trx, worker_b, true);
    if (!rowA || !rowB) throw notFound('Worker');
    assertCentreAccess(auth, rowA.centre_id, 'Worker');
    assertCentreAccess(auth, rowB.centre_id, 'Worker');
    const pair = await trx
      .selectFrom('dedup_pairs')
      .selectAll()
      .where('worker_a', '=', worker_a)
      .where('worker_b', '=', worker_b)
      .executeTakeFirst();
    const decided = { status: decision, decided_by: auth.user.id, decided_at: new Date() };
    if (pair) {
      await trx
        .updateTable('dedup_pairs')
        .set(decided)
        .where('worker_a', '=', worker_a)
        .where('worker_b', '=', worker_b)
        .execute();
    } else {
      await trx
        .insertInto('dedup_pairs')
        .values({ worker_a, worker_b, score: 0, reasons: '[]', ...decided })
        .execute();
    }
    if (decision === 'distinct') {
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'dedup_pair',
        entityId: `${worker_a}:${worker_b}`,
        centreId: rowA.centre_id,
        before: { status: pair?.status ?? null },
        after: { status: 'distinct' },
      });
      return { mergeId: null };
    }
    if (rowA.status === 'merged' || rowB.status === 'merged') {
      throw new AppError('BAD_REQUEST', 'One of these records is already merged into another');
    }
    const olderFirst = rowA.registered_on <= rowB.registered_on ? [rowA, rowB] : [rowB, rowA];
    const survivor = survivorId ? [rowA, rowB].find((r) => r.id === survivorId) : olderFirst[0];
    if (!survivor)
      throw new AppError('VALIDATION_FAILED', 'The survivor must be one of the pair', [
        { field: 'survivorId', issue: 'not_in_pair', message: 'Choose one of the two records' },
      ]);
    const merged = survivor.id === rowA.id ? rowB : rowA;
    const mergeId = await mergeInTransaction(
      trx,
      actor,
      survivor,
      merged,
      auth.user.id,
      pair?.status ?? null,
    );
    return { mergeId };
  });
}

/**
 * The merge itself, inside the caller's transaction with both rows locked: the merged record's source records
 * move to the survivor, its phones join the survivor's, and it stays in the database marked merged, with a
 * snapshot that lets the merge be undone exactly. Used by a reviewer's decision and by the batch run's links.
 */
export async function mergeInTransaction(
  trx: Conn,
  actor: AuditActor,
  survivor: WorkerRow,
  merged: WorkerRow,
  decidedBy: string | null,
  pairStatusBefore: string | null,
): Promise<string> {
  const survivorPhones = await phonesOf(trx, survivor.id);
  const mergedPhones = await phonesOf(trx, merged.id);
  const sources = await trx
    .selectFrom('source_records')
    .select('id')
    .where('worker_id', '=', merged.id)
    .execute();
  const snapshot: MergeSnapshot = {
    mergedStatus: merged.status,
    sourceRecordIds: sources.map((s) => s.id),
    survivorPhonesBefore: survivorPhones,
    pairStatusBefore,
  };
  if (sources.length) {
    await trx
      .updateTable('source_records')
      .set({ worker_id: survivor.id, updated_at: new Date() })
      .where('id', 'in', snapshot.sourceRecordIds)
      .execute();
  }
  const union = [...survivorPhones, ...mergedPhones.filter((p) => !survivorPhones.includes(p))].slice(0, 5);
  await replacePhones(trx, survivor.id, union);
  await trx
    .updateTable('workers')
    .set({
      status: 'merged',
      merged_into: survivor.id,
      version: merged.version + 1,
      updated_at: new Date(),
    })
    .where('id', '=', merged.id)
    .execute();
  await trx
    .updateTable('workers')
    .set({ version: survivor.version + 1, updated_at: new Date() })
    .where('id', '=', survivor.id)
    .execute();
  await unindexWorker(trx, merged.id, prepareRecord(personFromWorker(merged, mergedPhones)));
  await indexWorker(trx, survivor.id, prepareRecord(personFromWorker(survivor, union)));
  const { id } = await trx
    .insertInto('worker_merges')
    .values({
      survivor_id: survivor.id,
      merged_id: merged.id,
      snapshot: JSON.stringify(snapshot),
      merged_by: decidedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'worker',
    entityId: merged.id,
    centreId: merged.centre_id,
    before: { status: merged.status },
    after: { status: 'merged', mergedInto: survivor.id, mergeId: id },
  });
  return id;
}

/** Puts both records back as they were before the merge; the pair returns to the review queue. */
export async function undoMerge(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  mergeId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const merge = await trx
      .selectFrom('worker_merges')
      .selectAll()
      .where('id', '=', mergeId)
      .forUpdate()
      .executeTakeFirst();
    if (!merge) throw notFound('Merge');
    if (merge.undone_at) throw new AppError('BAD_REQUEST', 'This merge was already undone');
    const survivor = await findWorkerRow(trx, merge.survivor_id, true);
    const merged = await findWorkerRow(trx, merge.merged_id, true);
    if (!survivor || !merged) throw notFound('Worker');
    assertCentreAccess(auth, survivor.centre_id, 'Worker');
    assertCentreAccess(auth, merged.centre_id, 'Worker');
    const later = await trx
      .selectFrom('worker_merges')
      .select('id')
      .where('survivor_id', '=', merged.id)
      .where('undone_at', 'is', null)
      .executeTakeFirst();
    if (later) throw new AppError('BAD_REQUEST', 'Undo the later merge into this record first');
    const snap = merge.snapshot as unknown as MergeSnapshot;
    if (snap.sourceRecordIds.length) {
      await trx
        .updateTable('source_records')
        .set({ worker_id: merged.id, updated_at: new Date() })
        .where('id', 'in', snap.sourceRecordIds)
        .execute();
    }
    await replacePhones(trx, survivor.id, snap.survivorPhonesBefore);
    const status = snap.mergedStatus === 'inactive' ? 'inactive' : 'active';
    await trx
      .updateTable('workers')
      .set({ status, merged_into: null, version: merged.version + 1, updated_at: new Date() })
      .where('id', '=', merged.id)
      .execute();
    await trx
      .updateTable('workers')
      .set({ version: survivor.version + 1, updated_at: new Date() })
      .where('id', '=', survivor.id)
      .execute();
    await trx
      .updateTable('worker_merges')
      .set({ undone_at: new Date(), undone_by: auth.user.id })
      .where('id', '=', mergeId)
      .execute();
    const [worker_a, worker_b] = orderPair(survivor.id, merged.id);
    await trx
      .updateTable('dedup_pairs')
      .set({ status: 'review', decided_by: null, decided_at: null })
      .where('worker_a', '=', worker_a)
      .where('worker_b', '=', worker_b)
      .execute();
    const mergedPhones = await phonesOf(trx, merged.id);
    await unindexWorker(trx, survivor.id);
    await indexWorker(trx, survivor.id, prepareRecord(personFromWorker(survivor, snap.survivorPhonesBefore)));
    await indexWorker(trx, merged.id, prepareRecord(personFromWorker(merged, mergedPhones)));
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'worker',
      entityId: merged.id,
      centreId: merged.centre_id,
      before: { status: 'merged', mergeId },
      after: { status },
    });
  });
}
