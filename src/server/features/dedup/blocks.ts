/**
 * The blocking keys in the database (worker_keys): storing a worker's keys with what narrows them, and reading
 * the workers of many blocks in one round trip. Shared by the import, the online check, merges and the batch run.
 */
import { type Insertable, type RawBuilder, sql } from 'kysely';
import {
  BIRTH_SLACK,
  type BlockDims,
  blockDims,
  blockingKeysPrepared,
  isNameKey,
  isShapeKey,
  MAX_BLOCK_SIZE,
  MAX_SHAPE_BLOCK_SIZE,
} from '../../../shared/dedup/blocking';
import type { PreparedRecord } from '../../../shared/dedup/record';
import { arrayParam } from '../../db/array-literal';
import { bulkInsertQuery } from '../../db/bulk-insert';
import type { Conn } from '../../db/database';
import type { WorkerKeysTable } from '../workers/workers.table';

/** Stored for what a record does not know: values every query's range and lists hold. */
const ANY_SEX = '' as const;
const ANY_PROVINCE = '';
const BORN_FROM_ANY = 0;
const BORN_TO_ANY = 9999;
const SEXES = ['M', 'F', ANY_SEX];
const PROVINCES = Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0'));
/** The provinces of a block open to all of them: every province, and none known. */
const EVERY_PROVINCE = PROVINCES.length + 1;
const provinceOf = (dims: BlockDims): string =>
  dims.province !== null && PROVINCES.includes(dims.province) ? dims.province : ANY_PROVINCE;

/** One block to read: a key, and the narrowing rows in it must fit (none for phones and IDs). */
export interface BlockQuery {
  /** The key and its narrowing, as one string: equal queries are read once. */
  id: string;
  key: string;
  sexes: string[];
  provinces: string[];
  bornFrom: number;
  bornTo: number;
  /** Blocks with more workers are skipped (MAX_BLOCK_SIZE, MAX_SHAPE_BLOCK_SIZE). */
  limit: number;
}

/** The blocks a record looks in: its keys, name keys narrowed by what it knows of itself. */
export function blockQueries(p: PreparedRecord, keys = blockingKeysPrepared(p)): BlockQuery[] {
  const own = blockDims(p);
  const province = provinceOf(own);
  const sexes = own.sex ? [own.sex, ANY_SEX] : SEXES;
  const provinces = province ? [province, ANY_PROVINCE] : [...PROVINCES, ANY_PROVINCE];
  const born = own.bornFrom !== null && own.bornTo !== null;
  const bornFrom = born ? own.bornFrom! - BIRTH_SLACK : BORN_FROM_ANY;
  const bornTo = born ? own.bornTo! + BIRTH_SLACK : BORN_TO_ANY;
  const narrowed = `${own.sex ?? '?'}\u0001${province || '?'}\u0001${bornFrom}\u0001${bornTo}`;
  return keys.map((key) =>
    isNameKey(key)
      ? {
          id: `${key}\u0001${narrowed}`,
          key,
          sexes,
          provinces,
          bornFrom,
          bornTo,
          limit: isShapeKey(key) ? MAX_SHAPE_BLOCK_SIZE : MAX_BLOCK_SIZE,
        }
      : { id: key, key, ...OPEN_QUERY },
  );
}

/** Phone and ID keys: stored and looked for without narrowing. */
const OPEN_QUERY = {
  sexes: [ANY_SEX],
  provinces: [ANY_PROVINCE],
  bornFrom: BORN_FROM_ANY,
  bornTo: BORN_TO_ANY,
  limit: MAX_BLOCK_SIZE,
};
const OPEN_ROW = { sex: ANY_SEX, province: ANY_PROVINCE, born_from: BORN_FROM_ANY, born_to: BORN_TO_ANY };

/**
 * The workers in each block, at most its limit: a larger block holds a common value, not duplicates, and is
 * skipped. Every condition is on the primary key's columns, so the index alone says which rows fit, and at
 * most one row past the limit is read per index range (readBlockMembers), however large the name's block is.
 */
export async function readBlocks(conn: Conn, queries: readonly BlockQuery[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const { members } = await readBlockMembers(conn, queries);
  for (const [id, ids] of members) out.set(id, [...ids]);
  return out;
}

export interface BlockMembers {
  /** The workers of each block within its limit, by block id (blocks with none are left out). */
  members: Map<string, Set<string>>;
  /** Blocks past their limit. */
  overLimit: Set<string>;
}

/**
 * The workers in each block within its limit, and which blocks are past it. A block is read as one index
 * range per sex and province it admits (a province unknown to the record admits them all, read as one range
 * per sex): with the arrays of sexes and provinces as conditions, the planner read each key's whole range
 * and filtered it, four rows in five thrown away for a common name. Each range is read to at most one row
 * past the block's limit, so a block past it is known without reading it all. The limit counts distinct
 * workers among the rows read: a worker with two rows in one range (records that differ in birth year only)
 * counts once, so a range cut at its limit can pass with some of its members unread, as a block cut at its
 * limit could before it was read by range.
 */
export async function readBlockMembers(conn: Conn, queries: readonly BlockQuery[]): Promise<BlockMembers> {
  const out: BlockMembers = { members: new Map(), overLimit: new Set() };
  if (!queries.length) return out;
  const ranges = noRanges();
  const anyProvince = noRanges();
  queries.forEach((q, i) => {
    const every = q.provinces.length === EVERY_PROVINCE;
    for (const sex of q.sexes)
      for (const province of every ? [ANY_PROVINCE] : q.provinces) {
        const to = every ? anyProvince : ranges;
        to.i.push(i);
        to.key.push(q.key);
        to.sex.push(sex);
        to.province.push(province);
        to.bornFrom.push(q.bornFrom);
        to.bornTo.push(q.bornTo);
        to.onePast.push(q.limit + 1);
      }
  });
  const read = await sql<{ i: number; ids: string | null }>`
    ${rangeReads(ranges, true)} union all ${rangeReads(anyProvince, false)}`.execute(conn);
  const found = new Map<number, Set<string> | null>();
  for (const r of read.rows) {
    let set = found.get(r.i);
    if (set === null) continue;
    if (r.ids === null) {
      found.set(r.i, null);
      continue;
    }
    if (set === undefined) {
      set = new Set();
      found.set(r.i, set);
    }
    for (const id of r.ids.split(',')) set.add(id);
  }
  for (const [i, set] of found) {
    const q = queries[i]!;
    if (set === null || set.size > q.limit) out.overLimit.add(q.id);
    else out.members.set(q.id, set);
  }
  return out;
}

interface BlockRanges {
  i: number[];
  key: string[];
  sex: string[];
  province: string[];
  bornFrom: number[];
  bornTo: number[];
  onePast: number[];
}

const noRanges = (): BlockRanges => ({
  i: [],
  key: [],
  sex: [],
  province: [],
  bornFrom: [],
  bornTo: [],
  onePast: [],
});

/**
 * The members of each range, up to one past its block's limit, by province too or in every province: one row
 * per range that holds any, its workers as one string in the index's order (named in the aggregate: from
 * PostgreSQL 16 the planner sorts an aggregate's input for a distinct count, by worker). A range holding more workers than
 * the block's limit sends none (null): the block is past its limit whatever its other ranges hold. Each row
 * read was a row sent, parsed and collected by Node, and most were those of common names' blocks past their
 * limit, thrown away.
 */
const rangeReads = (r: BlockRanges, byProvince: boolean): RawBuilder<unknown> => sql`
    select k.i, w.ids
    from unnest(
      ${arrayParam(r.i)}::int[], ${arrayParam(r.key)}::text[], ${arrayParam(r.sex)}::text[],
      ${arrayParam(r.province)}::text[], ${arrayParam(r.bornFrom)}::int[], ${arrayParam(r.bornTo)}::int[],
      ${arrayParam(r.onePast)}::int[]
    ) as k(i, key, sex, province, born_from, born_to, one_past)
    cross join lateral (
      select count(*) as n,
        case when count(distinct worker_id) < k.one_past
          then string_agg(worker_id::text, ',' order by province, born_from, born_to, worker_id) end as ids
      from (
        select province, born_from, born_to, worker_id from worker_keys wk
        where wk.key = k.key and wk.sex = k.sex ${byProvince ? sql`and wk.province = k.province` : sql``}
          and wk.born_from <= k.born_to and wk.born_to >= k.born_from
        limit k.one_past
      ) range
    ) w
    where w.n > 0`;

export type KeyRow = Insertable<WorkerKeysTable>;

/** Whether a key row belongs to a block: the same test readBlockMembers makes in SQL, for rows held in memory. */
export const keyRowFits = (q: BlockQuery, k: KeyRow): boolean =>
  k.key === q.key &&
  q.sexes.includes(k.sex) &&
  q.provinces.includes(k.province) &&
  k.born_from <= q.bornTo &&
  k.born_to >= q.bornFrom;

/**
 * The key rows of records leading to one worker: name keys narrowed as each record says (a worker whose
 * records differ is found as each of them), phone and ID keys not narrowed.
 */
export function keyRowsOf(
  workerId: string,
  records: readonly { prepared: PreparedRecord; keys?: readonly string[] }[],
): KeyRow[] {
  const rows = new Map<string, KeyRow>();
  for (const r of records) {
    const own = blockDims(r.prepared);
    const born = own.bornFrom !== null && own.bornTo !== null;
    const narrowed = {
      sex: (own.sex ?? ANY_SEX) as KeyRow['sex'],
      province: provinceOf(own),
      born_from: born ? own.bornFrom! : BORN_FROM_ANY,
      born_to: born ? own.bornTo! : BORN_TO_ANY,
    };
    for (const key of r.keys ?? blockingKeysPrepared(r.prepared)) {
      const row = { key, worker_id: workerId, ...(isNameKey(key) ? narrowed : OPEN_ROW) };
      rows.set(`${key}\u0001${row.sex}\u0001${row.province}\u0001${row.born_from}\u0001${row.born_to}`, row);
    }
  }
  return [...rows.values()];
}

const ROWS_PER_STATEMENT = 20_000;
const KEY_COLUMNS = {
  key: 'text',
  worker_id: 'uuid',
  sex: 'text',
  province: 'text',
  born_from: 'int',
  born_to: 'int',
} as const;

/** Stores key rows, sorted so that the index's pages are met in order rather than at random. */
export async function storeKeys(conn: Conn, unsorted: readonly KeyRow[]): Promise<void> {
  for (const q of storeKeysQueries(unsorted)) await q.execute(conn);
}

/** storeKeys' statements, to run later or with others. */
export function storeKeysQueries(unsorted: readonly KeyRow[]): RawBuilder<unknown>[] {
  const rows = [...unsorted].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: RawBuilder<unknown>[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    out.push(
      bulkInsertQuery('worker_keys', KEY_COLUMNS, rows.slice(i, i + ROWS_PER_STATEMENT), {
        onConflictDoNothing: true,
      }),
    );
  }
  return out;
}
