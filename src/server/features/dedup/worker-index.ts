import { sql } from 'kysely';
import { blockingKeysPrepared } from '../../../shared/dedup/blocking';
import { frequencyKeys, type PreparedRecord } from '../../../shared/dedup/record';
import type { Conn } from '../../db/database';

/** Stores a worker's blocking keys and counts its name keys; called whenever a worker's identity changes. */
export async function indexWorker(conn: Conn, workerId: string, prepared: PreparedRecord): Promise<void> {
  await unindexWorker(conn, workerId);
  const keys = blockingKeysPrepared(prepared);
  if (keys.length) {
    await conn
      .insertInto('worker_keys')
      .values(keys.map((key) => ({ key, worker_id: workerId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await countNames(conn, prepared, 1);
}

/** Removes the keys (merged away, or about to be re-indexed) and uncounts the names stored for it. */
export async function unindexWorker(conn: Conn, workerId: string, prepared?: PreparedRecord): Promise<void> {
  await conn.deleteFrom('worker_keys').where('worker_id', '=', workerId).execute();
  if (prepared) await countNames(conn, prepared, -1);
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
