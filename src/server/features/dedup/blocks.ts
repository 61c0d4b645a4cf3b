/**
 * The blocking keys in the database (worker_keys): storing a worker's keys with what narrows them, and reading
 * the workers of many blocks in one round trip. Shared by the import, the online check, merges and the batch run.
 */
import { sql } from 'kysely';
import {
  BIRTH_SLACK,
  type BlockDims,
  blockDims,
  blockingKeysPrepared,
  isNameKey,
  MAX_BLOCK_SIZE,
  widenDims,
} from '../../../shared/dedup/blocking';
import type { PreparedRecord } from '../../../shared/dedup/record';
import type { Conn } from '../../db/database';

const UNNARROWED: BlockDims = { bornFrom: null, bornTo: null, province: null, sex: null };

/** One block to read: a key, narrowed (name keys) or not (phones, IDs). */
export interface BlockQuery {
  /** The key and its narrowing, as one string: equal queries are read once. */
  id: string;
  key: string;
  dims: BlockDims;
}

/** The blocks a record looks in: its keys, name keys narrowed by what it knows of itself. */
export function blockQueries(p: PreparedRecord, keys = blockingKeysPrepared(p)): BlockQuery[] {
  const own = blockDims(p);
  return keys.map((key) => {
    const dims = isNameKey(key) ? own : UNNARROWED;
    return {
      id: `${key}\u0001${dims.bornFrom}\u0001${dims.bornTo}\u0001${dims.province}\u0001${dims.sex}`,
      key,
      dims,
    };
  });
}

/**
 * The workers in each block, at most MAX_BLOCK_SIZE: a larger block holds a common value, not duplicates, and
 * is skipped. At most one row past the limit is read per block, however large the block is.
 */
export async function readBlocks(conn: Conn, queries: readonly BlockQuery[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!queries.length) return out;
  const read = await sql<{ i: string; worker_id: string }>`
    select k.i, w.worker_id
    from unnest(
      ${sql.val(queries.map((q) => q.key))}::text[],
      ${sql.val(queries.map((q) => q.dims.bornFrom))}::int[],
      ${sql.val(queries.map((q) => q.dims.bornTo))}::int[],
      ${sql.val(queries.map((q) => q.dims.province))}::text[],
      ${sql.val(queries.map((q) => q.dims.sex))}::text[]
    ) with ordinality as k(key, born_from, born_to, province, sex, i)
    cross join lateral (
      select worker_id from worker_keys wk
      where wk.key = k.key
        and (k.born_from is null or wk.born_from is null
             or (wk.born_from <= k.born_to + ${BIRTH_SLACK} and wk.born_to >= k.born_from - ${BIRTH_SLACK}))
        and (k.province is null or wk.province is null or wk.province = k.province)
        and (k.sex is null or wk.sex is null or wk.sex = k.sex)
      limit ${MAX_BLOCK_SIZE + 1}
    ) w`.execute(conn);
  const byIndex = new Map<number, string[]>();
  for (const r of read.rows) {
    const i = Number(r.i) - 1;
    const list = byIndex.get(i);
    if (list) list.push(r.worker_id);
    else byIndex.set(i, [r.worker_id]);
  }
  for (const [i, ids] of byIndex) if (ids.length <= MAX_BLOCK_SIZE) out.set(queries[i]!.id, ids);
  return out;
}

export interface KeyRow {
  key: string;
  worker_id: string;
  born_from: number | null;
  born_to: number | null;
  province: string | null;
  sex: 'M' | 'F' | null;
}

/** The key rows of records leading to one worker: each key once, narrowed as all its records allow. */
export function keyRowsOf(
  workerId: string,
  records: readonly { prepared: PreparedRecord; keys?: readonly string[] }[],
): KeyRow[] {
  const dimsOf = new Map<string, BlockDims>();
  for (const r of records) {
    const own = blockDims(r.prepared);
    for (const key of r.keys ?? blockingKeysPrepared(r.prepared)) {
      const known = dimsOf.get(key);
      dimsOf.set(key, known ? widenDims(known, own) : own);
    }
  }
  return [...dimsOf].map(([key, d]) => ({
    key,
    worker_id: workerId,
    born_from: d.bornFrom,
    born_to: d.bornTo,
    province: d.province,
    sex: d.sex,
  }));
}

const ROWS_PER_STATEMENT = 5000;

/**
 * Stores key rows. A key the worker already holds is widened to cover both records (widenDims, in SQL): a
 * worker found as born 1990 in Pursat and as born 1991 with no address is looked for as both.
 */
export async function storeKeys(conn: Conn, rows: readonly KeyRow[]): Promise<void> {
  // One statement may not touch a row twice: rows for the same key and worker are widened here first.
  const merged = new Map<string, KeyRow>();
  for (const r of rows) {
    const id = `${r.key}\u0001${r.worker_id}`;
    const known = merged.get(id);
    if (!known) merged.set(id, r);
    else {
      const d = widenDims(dimsOfRow(known), dimsOfRow(r));
      merged.set(id, {
        ...known,
        born_from: d.bornFrom,
        born_to: d.bornTo,
        province: d.province,
        sex: d.sex,
      });
    }
  }
  const all = [...merged.values()];
  for (let i = 0; i < all.length; i += ROWS_PER_STATEMENT) {
    await conn
      .insertInto('worker_keys')
      .values(all.slice(i, i + ROWS_PER_STATEMENT))
      .onConflict((oc) =>
        oc
          .columns(['key', 'worker_id'])
          .doUpdateSet({
            born_from: sql`case when worker_keys.born_from is null or excluded.born_from is null
            or worker_keys.born_to is null or excluded.born_to is null then null
            else least(worker_keys.born_from, excluded.born_from) end`,
            born_to: sql`case when worker_keys.born_from is null or excluded.born_from is null
            or worker_keys.born_to is null or excluded.born_to is null then null
            else greatest(worker_keys.born_to, excluded.born_to) end`,
            province: sql`case when worker_keys.province = excluded.province then excluded.province end`,
            sex: sql`case when worker_keys.sex = excluded.sex then excluded.sex end`,
          })
          // A key already held as this record would store it stays as it is (no new row version).
          .where((eb) =>
            eb.or([
              sql<boolean>`worker_keys.born_from is distinct from excluded.born_from`,
              sql<boolean>`worker_keys.born_to is distinct from excluded.born_to`,
              sql<boolean>`worker_keys.province is distinct from excluded.province`,
              sql<boolean>`worker_keys.sex is distinct from excluded.sex`,
            ]),
          ),
      )
      .execute();
  }
}

const dimsOfRow = (r: KeyRow): BlockDims => ({
  bornFrom: r.born_from,
  bornTo: r.born_to,
  province: r.province,
  sex: r.sex,
});
