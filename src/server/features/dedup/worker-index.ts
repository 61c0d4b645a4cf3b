import { sql } from 'kysely';
import { frequencyKeys, type PreparedRecord } from '../../../shared/dedup/record';
import type { Conn } from '../../db/database';
import { keyRowsOf, storeKeys } from './blocks';
import { IDENTITY_COLUMNS, type WorkerIdentity, workerRecords } from './candidates';

/** Stores a new worker's blocking keys and counts its name keys. */
export async function indexWorker(conn: Conn, workerId: string, prepared: PreparedRecord): Promise<void> {
  await storeKeys(conn, keyRowsOf(workerId, [{ prepared }]));
  await countNames(conn, prepared, 1);
}

/**
 * Rebuilds a worker's blocking keys from every record it holds: the worker as staff keep it and each source
 * record linked to it. An import stores the keys of every row under the worker the row joined, so the next
 * row spelt like any of them finds it; rebuilding from the worker row alone (after an edit or a merge) would
 * lose those spellings. Name counts are not touched: they count workers, not records (recountNames).
 */
export async function reindexWorker(conn: Conn, workerId: string): Promise<void> {
  await conn.deleteFrom('worker_keys').where('worker_id', '=', workerId).execute();
  const row = await sql<WorkerIdentity>`
    select ${IDENTITY_COLUMNS} from workers where id = ${workerId} and status != 'merged'`.execute(conn);
  if (!row.rows.length) return;
  // Records merged into this one keep leading to it: a desk registration keeps no source row to read back.
  const absorbed = await sql<WorkerIdentity>`
    select ${IDENTITY_COLUMNS} from workers where merged_into = ${workerId} and status = 'merged'`.execute(
    conn,
  );
  // A fresh cache: the records are read as they stand inside this transaction.
  const records = await workerRecords(conn, [...row.rows, ...absorbed.rows], new Map());
  const all = [...records.values()].flat().map((prepared) => ({ prepared }));
  await storeKeys(conn, keyRowsOf(workerId, all));
}

/** A merged worker leaves the blocks: its records now lead to the survivor (reindexWorker). */
export async function dropKeys(conn: Conn, workerId: string): Promise<void> {
  await conn.deleteFrom('worker_keys').where('worker_id', '=', workerId).execute();
}

/** Moves one worker's name keys out of the counts (before) and another's in (after): an edit, a merge, an undo. */
export async function recountNames(
  conn: Conn,
  before: PreparedRecord | null,
  after: PreparedRecord | null,
): Promise<void> {
  if (before) await countNames(conn, before, -1);
  if (after) await countNames(conn, after, 1);
}

async function countNames(conn: Conn, prepared: PreparedRecord, delta: 1 | -1): Promise<void> {
  const { familyKeys, givenKeys } = frequencyKeys(prepared);
  const rows = [
    ...[...new Set(familyKeys)].map((key) => ({ part: 'family' as const, key, n: delta })),
    ...[...new Set(givenKeys)].map((key) => ({ part: 'given' as const, key, n: delta })),
  ].filter((r) => r.key !== '');
  if (!rows.length) return;
  await conn
    .insertInto('name_counts')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['part', 'key']).doUpdateSet({ n: sql`greatest(0, name_counts.n + excluded.n)` }),
    )
    .execute();
}
