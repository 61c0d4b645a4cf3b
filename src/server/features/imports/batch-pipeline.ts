import { type CompiledQuery, type ControlledTransaction, sql } from 'kysely';
import { hasConnectionPool } from '../../db/create-db';
import type { Database, Db } from '../../db/database';
import { runStatements } from '../../db/statement-transaction';
import { type BatchReads, type BatchRow, readBatch } from './batch-reads';
import { type BatchPlan, type PendingBatch, planBatch } from './import-batch';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';
import { batchStatements } from './import-writes';
import type { RowReject } from './row-parser';

export interface BatchWrite {
  /** The job's checkpoint once the batch is written (its write stores it with the batch). */
  checkpoint: number;
  /** The caller's part of the batch's transaction (rejects, the job's checkpoint), built once it is planned. */
  statements: (db: Db, plan: BatchPlan) => CompiledQuery[];
  /** After the transaction has committed. */
  committed: () => void;
}

/**
 * The tables an import grows, whose upkeep its own reads depend on: a block is read from worker_keys' index
 * alone only where the visibility map says the rows are visible to all, and the planner needs statistics.
 * Autovacuum does both in the end, but a bulk load runs ahead of it (and it may be off): the import vacuums
 * them itself each time the registry has grown by a quarter, as autovacuum's insert threshold would.
 */
const GROWN_TABLES = sql.raw('worker_keys, worker_phones, source_records, workers');
export const UPKEEP_GROWTH = 0.25;
export const UPKEEP_MIN_ROWS = 20_000;

interface Queued {
  rejects: RowReject[];
  then: BatchWrite;
  reads: Promise<{ reads: BatchReads; release: () => Promise<void> }>;
}

/**
 * Batches read ahead of the one being decided. A read is a handful of statements in turn, each waiting for a
 * turn of Node's event loop, so one read in flight often was not done when its batch's turn came.
 */
export const READ_AHEAD = 2;

/**
 * Batches written at once on PostgreSQL, one after another: the batch after a slow write is decided meanwhile.
 * With one, Node waited for the write before last before each decision; at a million rows the writes, sharing
 * two cores with the reads, fell behind the decisions near the end of every list.
 */
export const WRITES_AHEAD = 2;

/**
 * Runs an import's batches in order, each in one transaction. On PostgreSQL five batches are under way at
 * once: batches n + 1 and n + 2 are read by the server (each from its own snapshot) while batch n is decided
 * in Node and batches n - 2 and n - 1 are written by the server, one after the other, so both cores work and
 * Node waits neither for its reads nor for a slow write.
 * A snapshot holds the batches written when it was taken, and says which (the job's checkpoint, which each
 * batch's write stores with it); the batches it does not hold are met in memory through their PendingBatch.
 * So what a batch finds does not depend on when the writes before it commit. Writes stay one after another,
 * so the checkpoints keep the crash-safe order. On PGlite (one connection) each batch is read, decided and
 * written before the next.
 */
export function batchPipeline(db: Db, ctx: ImportContext, wanted = true, upkeepMinRows = UPKEEP_MIN_ROWS) {
  const overlap = wanted && hasConnectionPool(db);
  let grownSince = 0;
  let grownFrom = ctx.registryWorkers;
  /** Writes under way, oldest first, each started once the one before it has committed. */
  const writes: Promise<void>[] = [];
  /** The upkeep under way, on its own connection beside the batches (PostgreSQL); awaited at the end. */
  let upkeep: Promise<void> | null = null;
  /** Why the upkeep failed: the import stops at its next batch, as it would have had it waited. */
  let upkeepFailed: { error: unknown } | null = null;
  /** Batches being read, oldest first, each decided once READ_AHEAD more have arrived (or at the end). */
  const waiting: Queued[] = [];
  /** Batches decided whose writes a snapshot may not hold, with the checkpoint each write stores. */
  const pending: { checkpoint: number; batch: PendingBatch }[] = [];
  /**
   * Settled once the latest read's snapshot is taken. Snapshots are taken in the batches' order, so each holds
   * whatever the one before it held, which is what lets a decided batch drop the pending batches its snapshot
   * held.
   */
  let snapshotTaken: Promise<void> = Promise.resolve();

  /** Waits until at most `left` writes are under way. */
  const settle = async (left = 0) => {
    while (writes.length > left) await writes.shift();
  };

  const startReads = (rows: BatchRow[]): Queued['reads'] => {
    if (!overlap) {
      // Every earlier batch is written: the database holds them all.
      return readBatch(db, ctx, rows, Number.POSITIVE_INFINITY).then((reads) => ({
        reads,
        release: async () => {},
      }));
    }
    const before = snapshotTaken;
    let taken = () => {};
    snapshotTaken = new Promise<void>((resolve) => {
      taken = resolve;
    });
    return (async () => {
      let snapshot: ControlledTransaction<Database>;
      try {
        snapshot = await db
          .startTransaction()
          .setIsolationLevel('repeatable read')
          .setAccessMode('read only')
          .execute();
      } catch (error) {
        taken();
        throw error;
      }
      try {
        await before;
        // The snapshot is taken at this first statement, so the checkpoint is that of the batches it holds.
        const job = await snapshot
          .selectFrom('import_jobs')
          .select('checkpoint_row')
          .where('id', '=', ctx.jobId)
          .executeTakeFirstOrThrow()
          .finally(taken);
        const reads = await importTimings().phase('reads', () =>
          readBatch(snapshot, ctx, rows, job.checkpoint_row),
        );
        return { reads, release: () => snapshot.rollback().execute() };
      } catch (error) {
        await snapshot
          .rollback()
          .execute()
          .catch(() => {});
        throw error;
      }
    })();
  };

  const decideAndWrite = async (q: Queued): Promise<void> => {
    if (upkeepFailed) throw upkeepFailed.error;
    const t = importTimings();
    const { reads, release } = await t.phase('waitForReads', () => q.reads);
    let plan: BatchPlan;
    try {
      const unseen = pending.filter((p) => p.checkpoint > reads.visibleThrough).map((p) => p.batch);
      plan = await t.phase('plan', () => planBatch(ctx, reads, q.rejects, unseen));
    } finally {
      await release();
    }
    // Snapshots are taken in order: later ones hold whatever this one held.
    while (pending.length && pending[0]!.checkpoint <= reads.visibleThrough) pending.shift();
    if (overlap) pending.push({ checkpoint: q.then.checkpoint, batch: plan.pending });
    await t.phase('waitForWrite', () => settle(WRITES_AHEAD - 1));
    if (!upkeep && grownSince >= Math.max(upkeepMinRows, UPKEEP_GROWTH * grownFrom)) {
      const vacuum = t.phase('vacuum', async () => {
        await sql`vacuum (analyze) ${GROWN_TABLES}`.execute(db);
      });
      grownFrom += grownSince;
      grownSince = 0;
      if (overlap) {
        // The batches go on meanwhile: a vacuum takes no lock that an insert or a read waits for.
        upkeep = vacuum;
        vacuum.then(
          () => {
            upkeep = null;
          },
          (error: unknown) => {
            upkeepFailed = { error };
            upkeep = null;
          },
        );
      } else await vacuum;
    }
    grownSince += plan.sourceRows.length;
    const statements = [...batchStatements(db, ctx, plan), ...q.then.statements(db, plan)];
    // A batch lost to a server crash is lost with its checkpoint, so the run resumes before it: the import
    // need not wait for each commit to reach the disk.
    const before = writes.at(-1) ?? Promise.resolve();
    const run = before
      .then(() => t.phase('write', () => runStatements(db, statements, { asyncCommit: true })))
      .then(q.then.committed);
    // Awaited by a later batch or by finish; until then a failure must not count as unhandled. A failed write
    // fails the writes queued after it without running them.
    run.catch(() => {});
    writes.push(run);
    if (!overlap) await settle();
  };

  return {
    async push(rows: BatchRow[], rejects: RowReject[], then: BatchWrite): Promise<void> {
      const next: Queued = { rejects, then, reads: startReads(rows) };
      next.reads.catch(() => {});
      waiting.push(next);
      const ahead = overlap ? READ_AHEAD : 0;
      while (waiting.length > ahead) await decideAndWrite(waiting.shift()!);
    },
    /** Decides and writes the last batch, and waits for its write and the upkeep. */
    async finish(): Promise<void> {
      while (waiting.length) await decideAndWrite(waiting.shift()!);
      await settle();
      await upkeep?.catch(() => {});
      if (upkeepFailed) throw upkeepFailed.error;
    },
    /** After a failure: releases the snapshot and lets the write in flight end, whatever its outcome. */
    async close(): Promise<void> {
      for (const q of waiting.splice(0)) await q.reads.then((r) => r.release()).catch(() => {});
      await settle().catch(() => {});
      await upkeep?.catch(() => {});
    },
  };
}
