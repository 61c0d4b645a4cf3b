import { type ControlledTransaction, sql, type Transaction } from 'kysely';
import { hasConnectionPool } from '../../db/create-db';
import type { Database, Db } from '../../db/database';
import { type BatchReads, type BatchRow, readBatch } from './batch-reads';
import { type BatchPlan, type PendingBatch, planBatch, writeBatch } from './import-batch';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';
import type { RowReject } from './row-parser';

export interface BatchWrite {
  /** The job's checkpoint once the batch is written (its write stores it with the batch). */
  checkpoint: number;
  /** The caller's part of the batch's transaction (rejects, the job's checkpoint). */
  write: (trx: Transaction<Database>, plan: BatchPlan) => Promise<void>;
  /** After the transaction has committed. */
  committed: () => void;
}

/**
 * Runs an import's batches in order, each in one transaction. On PostgreSQL three batches are under way at
 * once: batch n + 1 is read by the server (from a snapshot) while batch n is decided in Node and batch n - 1 is
 * written by the server, so both cores work and Node does not wait for its reads. A snapshot holds the batches
 * written when it was taken, and says which (the job's checkpoint, which each batch's write stores with it);
 * the batches it does not hold are met in memory through their PendingBatch. So what a batch finds does not
 * depend on when the writes before it commit. Writes stay one after another, so the checkpoints keep the
 * crash-safe order. On PGlite (one connection) each batch is read, decided and written before the next.
 */
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

export function batchPipeline(db: Db, ctx: ImportContext, wanted = true, upkeepMinRows = UPKEEP_MIN_ROWS) {
  const overlap = wanted && hasConnectionPool(db);
  let grownSince = 0;
  let grownFrom = ctx.registryWorkers;
  let writing: Promise<void> | null = null;
  /** A batch being read, decided when the next one arrives (or at the end). */
  let waiting: Queued | null = null;
  /** Batches decided whose writes a snapshot may not hold, with the checkpoint each write stores. */
  const pending: { checkpoint: number; batch: PendingBatch }[] = [];

  const settle = async () => {
    const w = writing;
    writing = null;
    if (w) await w;
  };

  const startReads = (rows: BatchRow[]): Queued['reads'] => {
    if (!overlap) {
      // Every earlier batch is written: the database holds them all.
      return readBatch(db, ctx, rows, Number.POSITIVE_INFINITY).then((reads) => ({
        reads,
        release: async () => {},
      }));
    }
    return (async () => {
      const snapshot: ControlledTransaction<Database> = await db
        .startTransaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute();
      try {
        // The snapshot is taken at this first statement, so the checkpoint is that of the batches it holds.
        const job = await snapshot
          .selectFrom('import_jobs')
          .select('checkpoint_row')
          .where('id', '=', ctx.jobId)
          .executeTakeFirstOrThrow();
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
    await t.phase('waitForWrite', settle);
    if (grownSince >= Math.max(upkeepMinRows, UPKEEP_GROWTH * grownFrom)) {
      await t.phase('vacuum', () => sql`vacuum (analyze) ${GROWN_TABLES}`.execute(db));
      grownFrom += grownSince;
      grownSince = 0;
    }
    grownSince += plan.sourceRows.length;
    const run = db
      .transaction()
      .execute(async (trx) => {
        // A batch lost to a server crash is lost with its checkpoint, so the run resumes before it: the
        // import need not wait for each commit to reach the disk.
        await sql`set local synchronous_commit = off`.execute(trx);
        await writeBatch(trx, ctx, plan);
        await q.then.write(trx, plan);
      })
      .then(q.then.committed);
    // Awaited by the next batch or by finish; until then a failure must not count as unhandled.
    run.catch(() => {});
    writing = run;
    if (!overlap) await settle();
  };

  return {
    async push(rows: BatchRow[], rejects: RowReject[], then: BatchWrite): Promise<void> {
      const next: Queued = { rejects, then, reads: startReads(rows) };
      next.reads.catch(() => {});
      const previous = waiting;
      waiting = next;
      if (previous) await decideAndWrite(previous);
      if (!overlap) {
        waiting = null;
        await decideAndWrite(next);
      }
    },
    /** Decides and writes the last batch, and waits for its write. */
    async finish(): Promise<void> {
      const last = waiting;
      waiting = null;
      if (last) await decideAndWrite(last);
      await settle();
    },
    /** After a failure: releases the snapshot and lets the write in flight end, whatever its outcome. */
    async close(): Promise<void> {
      const last = waiting;
      waiting = null;
      if (last) await last.reads.then((r) => r.release()).catch(() => {});
      await settle().catch(() => {});
    },
  };
}
