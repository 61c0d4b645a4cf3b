import { type ControlledTransaction, sql, type Transaction } from 'kysely';
import { hasConnectionPool } from '../../db/create-db';
import type { Database, Db } from '../../db/database';
import { type BatchPlan, type BatchRow, type PendingBatch, planBatch, writeBatch } from './import-batch';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';
import type { RowReject } from './row-parser';

export interface BatchWrite {
  /** The caller's part of the batch's transaction (rejects, the job's checkpoint). */
  write: (trx: Transaction<Database>, plan: BatchPlan) => Promise<void>;
  /** After the transaction has committed. */
  committed: () => void;
}

/**
 * Runs an import's batches in order, each in one transaction. On PostgreSQL a batch is planned (read and
 * decided, in Node) while the one before it is still being written (by the server): the two cores work at
 * once. The plan then reads from a snapshot taken before that write began, so it sees every earlier batch
 * and meets the one still being written through its PendingBatch: what it finds does not depend on when that
 * write commits. Writes stay one after another, so the checkpoints keep the crash-safe order. On PGlite (one
 * connection) each batch is planned and written before the next.
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

export function batchPipeline(db: Db, ctx: ImportContext, wanted = true, upkeepMinRows = UPKEEP_MIN_ROWS) {
  const overlap = wanted && hasConnectionPool(db);
  let grownSince = 0;
  let grownFrom = ctx.registryWorkers;
  let writing: Promise<void> | null = null;
  let snapshot: ControlledTransaction<Database> | null = null;
  let previous: PendingBatch | null = null;

  const settle = async () => {
    const w = writing;
    writing = null;
    if (w) await w;
  };
  const dropSnapshot = async () => {
    const s = snapshot;
    snapshot = null;
    if (s) await s.rollback().execute();
  };

  return {
    async push(rows: BatchRow[], rejects: RowReject[], then: BatchWrite): Promise<void> {
      const t = importTimings();
      const plan = await t.phase('plan', () => planBatch(snapshot ?? db, ctx, rows, rejects, previous));
      await dropSnapshot();
      await t.phase('waitForWrite', settle);
      if (grownSince >= Math.max(upkeepMinRows, UPKEEP_GROWTH * grownFrom)) {
        await t.phase('vacuum', () => sql`vacuum (analyze) ${GROWN_TABLES}`.execute(db));
        grownFrom += grownSince;
        grownSince = 0;
      }
      grownSince += plan.sourceRows.length;
      if (overlap) {
        snapshot = await db
          .startTransaction()
          .setIsolationLevel('repeatable read')
          .setAccessMode('read only')
          .execute();
        // A repeatable-read snapshot is taken at its first statement.
        await sql`select 1`.execute(snapshot);
        previous = plan.pending;
      }
      const run = db
        .transaction()
        .execute(async (trx) => {
          // A batch lost to a server crash is lost with its checkpoint, so the run resumes before it: the
          // import need not wait for each commit to reach the disk.
          await sql`set local synchronous_commit = off`.execute(trx);
          await writeBatch(trx, ctx, plan);
          await then.write(trx, plan);
        })
        .then(then.committed);
      // Awaited by the next push or by finish; until then a failure must not count as unhandled.
      run.catch(() => {});
      writing = run;
      if (!overlap) await settle();
    },
    /** Waits for the last write. */
    async finish(): Promise<void> {
      await dropSnapshot();
      await settle();
    },
    /** After a failure: releases the snapshot and lets the write in flight end, whatever its outcome. */
    async close(): Promise<void> {
      await dropSnapshot().catch(() => {});
      await settle().catch(() => {});
    },
  };
}
