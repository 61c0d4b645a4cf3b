/**
 * What an import batch reads from the registry, done apart from deciding it (import-batch.ts): on PostgreSQL a
 * batch is read from a snapshot while the batch before it is decided in Node and the two before that are
 * written, one after the other (batch-pipeline.ts). The snapshot says which batches it holds (the job's checkpoint); the batches it
 * does not hold are met in memory when the batch is decided. So nothing read here may depend on them: block
 * members are read up to one past the block's limit, and the limit is applied once the batches in memory have
 * added theirs.
 */
import { sql } from 'kysely';
import { blockingKeysPrepared } from '../../../shared/dedup/blocking';
import { decodeFeatures, encodeFeatures } from '../../../shared/dedup/features';
import { type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import { arrayParam } from '../../db/array-literal';
import type { Conn } from '../../db/database';
import { uuidArray } from '../../db/uuid-array';
import { uuidv7 } from '../../db/uuid-v7';
import { type BlockQuery, blockQueries, readBlockMembers } from '../dedup/blocks';
import {
  FEATURED_COLUMNS,
  type FeaturedWorker,
  personOf,
  type StoredRecord,
  workerRecordsDeferred,
} from '../dedup/candidates';
import { rejected } from '../reference/import-failure';
import { type ImportContext, knownPlace } from './import-context';
import { importTimings } from './import-timings';
import type { ImportedWorker, RawRow, RowReject } from './row-parser';

export interface BatchRow {
  rowNumber: number;
  raw: RawRow;
  worker: ImportedWorker;
  /** The row already prepared, as features (import-order.ts keys rows by it): decoded, not prepared again. */
  features?: string | null;
  /** `raw` as JSON text, as its chunk kept it: stored as the source record's data without writing it again. */
  rawText?: string;
}

export interface NewWorker {
  id: string;
  row: BatchRow;
  prepared: PreparedRecord;
  /** The prepared record as stored with the worker and its source record (shared/dedup/features.ts). */
  features: string;
  keys: string[];
  /** The registry blocks it looks in: its keys, name keys narrowed (dedup/blocks.ts). */
  queries: BlockQuery[];
  blocks: string[];
  centreId: string;
}

/** A row new to the snapshot that cannot become a worker, and why. */
export interface Unplaceable {
  row: BatchRow;
  problem: RowReject['problem'];
  reason: string;
}

export interface BatchReads {
  /** Where further reads of the same snapshot go (workers met only through the batches in memory). */
  conn: Conn;
  /** The job's checkpoint as the snapshot holds it: batches up to it are in it. */
  visibleThrough: number;
  /** The batch's rows, a source id repeated inside the file kept once (the later row). */
  unique: BatchRow[];
  /** Rows dropped as repeated inside the batch. */
  repeated: number;
  /** Source ids the snapshot knows already, with their workers. */
  known: Map<string, string>;
  /** The other rows, in order: prepared, or why they cannot be placed. */
  fresh: (NewWorker | Unplaceable)[];
  /** Registry members of each block the fresh rows look in (at most one past its limit), by block id. */
  members: Map<string, Set<string>>;
  /** Blocks already over their limit in the snapshot: nothing in memory can bring them back under it. */
  overLimit: Set<string>;
  /** Workers read, not merged, with all their records: as read, decoded when the batch is decided. */
  records: Map<string, StoredRecord[]>;
  /** The rows of those workers, for decodeRecords. */
  rows: Map<string, FeaturedWorker>;
  /** Every worker id read, merged or not. */
  read: Set<string>;
  /** Registry workers holding each phone of the fresh rows. */
  phones: Map<string, number>;
}

export const isNewWorker = (f: NewWorker | Unplaceable): f is NewWorker => 'prepared' in f;

export async function readBatch(
  conn: Conn,
  ctx: ImportContext,
  rows: BatchRow[],
  visibleThrough: number,
): Promise<BatchReads> {
  const t = importTimings();
  // A source id repeated inside one file is one registration written twice: the later row wins.
  const bySourceId = new Map<string, BatchRow>();
  for (const r of rows) bySourceId.set(r.worker.sourceId, r);
  const unique = [...bySourceId.values()];
  const existing = unique.length ? await knownSources(conn, ctx.source, unique) : [];
  const known = new Map(existing.map((e) => [e.source_id, e.worker_id]));
  const reads: BatchReads = {
    conn,
    visibleThrough,
    unique,
    repeated: rows.length - unique.length,
    known,
    fresh: [],
    members: new Map(),
    overLimit: new Set(),
    records: new Map(),
    rows: new Map(),
    read: new Set(),
    phones: new Map(),
  };

  const prepStart = performance.now();
  for (const r of unique) {
    if (known.has(r.worker.sourceId)) continue;
    // The row's own code is compared, even where the gazetteer stops short of it: two rows naming one
    // village agree on it whether or not the village list has been loaded.
    const written = r.worker.addressCode;
    const place = knownPlace(ctx, written);
    if (place.unknown) r.worker.flags.push(`unknown_place:${place.unknown}`);
    r.worker.addressCode = place.code;
    const province = place.code?.slice(0, 2);
    const centreId = (province && ctx.centreOfProvince.get(province)) || ctx.defaultCentreId;
    if (!centreId) {
      const { problem, reason } = province
        ? rejected('REJECT_NO_CENTRE', { province })
        : rejected('REJECT_NO_PLACE_NO_CENTRE');
      reads.fresh.push({ row: r, problem, reason });
      continue;
    }
    const decoded = decodeFeatures(r.features);
    const prepared = decoded ?? prepareRecord(personOf(r.worker, written));
    const keys = blockingKeysPrepared(prepared);
    const queries = blockQueries(prepared, keys);
    reads.fresh.push({
      id: uuidv7(),
      row: r,
      prepared,
      features: decoded ? r.features! : encodeFeatures(prepared),
      keys,
      queries,
      blocks: queries.map((q) => q.id),
      centreId,
    });
  }
  t.count('prepareMs', Math.round(performance.now() - prepStart));
  const fresh = reads.fresh.filter(isNewWorker);
  if (!fresh.length) return reads;

  const queries = new Map<string, BlockQuery>();
  for (const f of fresh) for (const q of f.queries) queries.set(q.id, q);
  const read = await t.phase('c.keys', () => readBlockMembers(conn, [...queries.values()]));
  reads.members = read.members;
  reads.overLimit = read.overLimit;
  if (t.on) {
    t.count('blocksOverLimit', read.overLimit.size);
    for (const [id, q] of queries) t.count(`members ${q.key.slice(0, 2)}`, read.members.get(id)?.size ?? 0);
  }
  const ids = new Set<string>();
  for (const set of reads.members.values()) for (const id of set) ids.add(id);
  await readWorkers(reads, ctx, [...ids]);

  for (const f of fresh) for (const p of f.prepared.phones) reads.phones.set(p, 0);
  if (reads.phones.size) {
    const held = await t.phase('phoneHolders', () =>
      conn
        .selectFrom('worker_phones')
        .select(['e164', sql<number>`count(*)::int`.as('n')])
        .where('e164', 'in', [...reads.phones.keys()])
        .groupBy('e164')
        .execute(),
    );
    for (const r of held) reads.phones.set(r.e164, r.n);
  }
  return reads;
}

/**
 * The rows' source ids the snapshot knows, with their workers: one unique-index probe per id. Written as
 * `source = $1 and source_id in (...)`, the planner probed by source alone while the statistics still said the
 * source was new, and filtered every row of it an import had written since: each batch of a new list read all
 * the batches before it.
 */
async function knownSources(
  conn: Conn,
  source: string,
  rows: readonly BatchRow[],
): Promise<{ source_id: string; worker_id: string }[]> {
  const ids = rows.map((r) => r.worker.sourceId);
  const read = await sql<{ source_id: string; worker_id: string }>`
    select s.id as source_id, r.worker_id
    from unnest(${arrayParam(ids)}::text[]) as s(id)
    cross join lateral (
      select worker_id from source_records where source = ${source} and source_id = s.id limit 1
    ) r`.execute(conn);
  return read.rows;
}

/**
 * Reads workers of the snapshot (those not merged) with all their records into `reads`: workerRecordsDeferred,
 * stored features left as text until the batch is decided.
 */
export async function readWorkers(reads: BatchReads, ctx: ImportContext, ids: string[]): Promise<void> {
  const wanted = ids.filter((id) => !reads.read.has(id));
  if (!wanted.length) return;
  const t = importTimings();
  t.count('candidateWorkers', wanted.length);
  for (const id of wanted) reads.read.add(id);
  const rows = await t.phase('c.identities', () =>
    sql<FeaturedWorker>`
    select ${FEATURED_COLUMNS} from workers
    where id = any(${uuidArray(wanted)}) and status != 'merged'`.execute(reads.conn),
  );
  const records = await t.phase('c.records', () =>
    workerRecordsDeferred(reads.conn, rows.rows, ctx.prepared),
  );
  for (const r of rows.rows) {
    reads.records.set(r.id, records.get(r.id) ?? []);
    reads.rows.set(r.id, r);
  }
}
