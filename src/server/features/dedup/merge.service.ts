import { prepareRecord } from '../../../shared/dedup/record';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess } from '../../http/scope';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { findWorkerRow, replacePhones } from '../workers/workers.repository';
import type { WorkerRow } from '../workers/workers.table';
import { FORGET_FEATURES } from './candidates';
import { orderPair } from './pairs.repository';
import { personFromWorker } from './person-record';
import { dropKeys, recountNames, reindexWorker } from './worker-index';

interface MergeSnapshot {
  mergedStatus: string;
  sourceRecordIds: string[];
  survivorPhonesBefore: string[];
  pairStatusBefore: string | null;
  /** Review items the merge opened between the survivor and the merged record's other candidates. */
  pairsOpened?: [string, string][];
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
      ...FORGET_FEATURES,
      updated_at: new Date(),
    })
    .where('id', '=', merged.id)
    .execute();
  await trx
    .updateTable('workers')
    .set({ version: survivor.version + 1, ...FORGET_FEATURES, updated_at: new Date() })
    .where('id', '=', survivor.id)
    .execute();
  // One worker fewer carries the merged record's names; its spellings now lead to the survivor.
  await recountNames(trx, prepareRecord(personFromWorker(merged, mergedPhones)), null);
  await dropKeys(trx, merged.id);
  await reindexWorker(trx, survivor.id);
  snapshot.pairsOpened = await carryReviews(trx, survivor.id, merged.id);
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
      .set({
        status,
        merged_into: null,
        version: merged.version + 1,
        ...FORGET_FEATURES,
        updated_at: new Date(),
      })
      .where('id', '=', merged.id)
      .execute();
    await trx
      .updateTable('workers')
      .set({ version: survivor.version + 1, ...FORGET_FEATURES, updated_at: new Date() })
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
    await recountNames(trx, null, prepareRecord(personFromWorker(merged, mergedPhones)));
    await reindexWorker(trx, survivor.id);
    await reindexWorker(trx, merged.id);
    // The merged record's own review items come back with it (the queue hides a merged record's items).
    for (const [a, b] of snap.pairsOpened ?? []) {
      await trx
        .deleteFrom('dedup_pairs')
        .where('worker_a', '=', a)
        .where('worker_b', '=', b)
        .where('status', '=', 'review')
        .execute();
    }
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

/**
 * The merged record's open review items, carried to the survivor: "is X the same as the merged record?" is now
 * "is X the same as the survivor?". The merged record's own items stay (hidden while it is merged, back after
 * an undo); the ones opened here are listed in the snapshot so an undo removes them.
 */
async function carryReviews(trx: Conn, survivorId: string, mergedId: string): Promise<[string, string][]> {
  const open = await trx
    .selectFrom('dedup_pairs')
    .select(['worker_a', 'worker_b', 'score', 'reasons'])
    .where('status', '=', 'review')
    .where((eb) => eb.or([eb('worker_a', '=', mergedId), eb('worker_b', '=', mergedId)]))
    .execute();
  const opened: [string, string][] = [];
  for (const p of open) {
    const other = p.worker_a === mergedId ? p.worker_b : p.worker_a;
    if (other === survivorId) continue;
    const [a, b] = orderPair(survivorId, other);
    const inserted = await trx
      .insertInto('dedup_pairs')
      .values({
        worker_a: a,
        worker_b: b,
        score: p.score,
        status: 'review',
        reasons: JSON.stringify(p.reasons),
      })
      .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
      .returning('worker_a')
      .executeTakeFirst();
    if (inserted) opened.push([a, b]);
  }
  return opened;
}
