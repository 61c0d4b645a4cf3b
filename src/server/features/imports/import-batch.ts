import { sql } from 'kysely';
import { type RegistryWorker, resolveBatch, type WorkerRef } from '../../../shared/dedup/batch';
import type { Comparison } from '../../../shared/dedup/compare';
import { countNameKeys } from '../../../shared/dedup/frequencies';
import { frequencyKeys, type PreparedRecord } from '../../../shared/dedup/record';
import { bulkInsert } from '../../db/bulk-insert';
import type { Conn } from '../../db/database';
import { type KeyRow, keyRowFits, keyRowsOf, storeKeys } from '../dedup/blocks';
import { MIN_REGISTRY_FOR_OWN_COUNTS, nameFrequencies } from '../dedup/compare-context';
import { orderPair } from '../dedup/pairs.repository';
import { birthColumns, nameColumns } from '../workers/worker-values';
import { type BatchReads, type BatchRow, isNewWorker, type NewWorker, readWorkers } from './batch-reads';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';
import type { RowReject } from './row-parser';

export type { BatchRow } from './batch-reads';

export interface BatchCounts {
  created: number;
  linked: number;
  review: number;
  updated: number;
  rejected: number;
}

/**
 * What a planned batch adds to the registry, held in memory until its transaction has committed: later
 * batches are read from snapshots that may not hold it yet (batch-pipeline.ts), and meet it here instead.
 */
export interface PendingBatch {
  /** Its key rows, by key. */
  keys: Map<string, KeyRow[]>;
  /** Its rows, prepared, by the worker each joined or founded. */
  records: Map<string, PreparedRecord[]>;
  /** The workers it founds. */
  created: Set<string>;
  /** Phones of the workers it founds, with how many hold each. */
  phones: Map<string, number>;
  /** Its source ids, with their workers. */
  sources: Map<string, string>;
}

/** A batch decided, with everything its transaction writes. */
export interface BatchPlan {
  counts: BatchCounts;
  /** Rows whose (source, source_id) is known already: their source record is updated. */
  updates: BatchRow[];
  created: NewWorker[];
  sourceRows: SourceRow[];
  keyRows: KeyRow[];
  pairs: { a: string; b: string; c: Comparison }[];
  pending: PendingBatch;
}

interface SourceRow {
  source: string;
  source_id: string;
  worker_id: string;
  link_score: number | null;
  data: string;
  import_job_id: string;
}

/**
 * Decides one batch from what readBatch read (batch-reads.ts) and the batches its snapshot does not hold
 * (`unseen`, in order): rows already known by (source, source_id) will update their source record; the new
 * rows are compared with the registry's workers that share a blocking key (through all their records) and
 * with each other, and placed by resolveBatch (shared/dedup/batch.ts): each joins a worker of the registry
 * (same person), or founds a new worker alone or with other rows of the batch; pairs of workers that may be
 * one person go to the review queue, one item per pair of workers.
 */
export async function planBatch(
  ctx: ImportContext,
  reads: BatchReads,
  rejects: RowReject[],
  unseen: readonly PendingBatch[],
): Promise<BatchPlan> {
  const counts: BatchCounts = { created: 0, linked: 0, review: 0, updated: reads.repeated, rejected: 0 };
  const pending: PendingBatch = {
    keys: new Map(),
    records: new Map(),
    created: new Set(),
    phones: new Map(),
    sources: new Map(),
  };
  const plan: BatchPlan = {
    counts,
    updates: [],
    created: [],
    sourceRows: [],
    keyRows: [],
    pairs: [],
    pending,
  };
  const knownUnseen = (sourceId: string) => unseen.some((b) => b.sources.has(sourceId));
  for (const r of reads.unique) {
    if (reads.known.has(r.worker.sourceId) || knownUnseen(r.worker.sourceId)) {
      plan.updates.push(r);
      counts.updated++;
    }
  }
  const fresh: NewWorker[] = [];
  for (const f of reads.fresh) {
    if (knownUnseen(f.row.worker.sourceId)) continue;
    if (isNewWorker(f)) fresh.push(f);
    else {
      const r = f.row;
      rejects.push({
        rowNumber: r.rowNumber,
        sourceId: r.worker.sourceId,
        problem: f.problem,
        reason: f.reason,
        raw: r.raw,
      });
      counts.rejected++;
    }
  }
  if (!fresh.length) return plan;

  const t = importTimings();
  const { byBlock: candidates, sizes } = await t.phase('candidates', () =>
    candidatesOf(ctx, reads, fresh, unseen),
  );
  const holders = new Map<string, number>();
  for (const f of fresh) for (const p of f.prepared.phones) holders.set(p, (holders.get(p) ?? 0) + 1);
  for (const [p, n] of holders) {
    let held = n + (reads.phones.get(p) ?? 0);
    for (const b of unseen) held += b.phones.get(p) ?? 0;
    holders.set(p, held);
  }
  // The batch's own rows count among the names until they turn out to be workers already counted.
  const nameKeys = fresh.map((f) => frequencyKeys(f.prepared));
  for (const k of nameKeys) countNameKeys(ctx.names, k, 1);
  ctx.names.total += fresh.length;
  const peers = batchPeers(sizes, fresh);
  const resolution = await t.phase('resolve', () =>
    resolveBatch(
      fresh.map((f, i) => ({ prepared: f.prepared, keys: f.keys, blocks: f.blocks, peers: peers[i]! })),
      candidates,
      {
        names: nameFrequencies(ctx.names),
        phoneHolders: (e164: string) => holders.get(e164) ?? 1,
      },
      {
        registryWorkers: ctx.registryWorkers,
        minPool: MIN_REGISTRY_FOR_OWN_COUNTS,
        ...(ctx.matchRate ? { matchRate: ctx.matchRate } : {}),
      },
    ),
  );
  t.count('comparisons', resolution.comparisons);
  t.count('fresh', fresh.length);
  ctx.matchRate = resolution.matchRate;

  const workerOf = (ref: WorkerRef): string => ('worker' in ref ? ref.worker : fresh[ref.founder]!.id);
  const reviewed = new Set<string>();
  const pairs = new Map<string, { a: string; b: string; c: Comparison }>();
  for (const v of resolution.reviews) {
    const [a, b] = orderPair(workerOf(v.a), workerOf(v.b));
    if (a === b || pairs.has(`${a}|${b}`)) continue;
    pairs.set(`${a}|${b}`, { a, b, c: v.comparison });
    reviewed.add(a);
    reviewed.add(b);
  }
  plan.pairs = [...pairs.values()];
  plan.sourceRows = fresh.map((f, i) => {
    const { joins, comparison } = resolution.placements[i]!;
    const founder = 'founder' in joins && joins.founder === i;
    const workerId = workerOf(joins);
    if (founder) {
      plan.created.push(f);
      if (reviewed.has(f.id)) counts.review++;
      else counts.created++;
    } else {
      counts.linked++;
      countNameKeys(ctx.names, nameKeys[i]!, -1);
      ctx.names.total--;
    }
    return {
      source: ctx.source,
      source_id: f.row.worker.sourceId,
      worker_id: workerId,
      link_score: founder ? null : (comparison?.score ?? null),
      data: JSON.stringify(f.row.raw),
      import_job_id: ctx.jobId,
    };
  });
  ctx.registryWorkers += plan.created.length;
  // Every row's keys lead to its worker: a row joining a worker lends it its spellings, so that the next row
  // spelt like this one finds the worker too.
  plan.keyRows = fresh.flatMap((f, i) => keyRowsOf(plan.sourceRows[i]!.worker_id, [f]));

  for (const k of plan.keyRows) {
    const list = pending.keys.get(k.key);
    if (list) list.push(k);
    else pending.keys.set(k.key, [k]);
  }
  fresh.forEach((f, i) => {
    const worker = plan.sourceRows[i]!.worker_id;
    const list = pending.records.get(worker);
    if (list) list.push(f.prepared);
    else pending.records.set(worker, [f.prepared]);
    pending.sources.set(f.row.worker.sourceId, worker);
  });
  for (const f of plan.created) {
    pending.created.add(f.id);
    for (const p of new Set(f.row.worker.phones)) pending.phones.set(p, (pending.phones.get(p) ?? 0) + 1);
  }
  return plan;
}

/**
 * The earlier rows of the batch each row is compared with: those in its blocks, narrowed as the registry's
 * blocks are (keyRowFits), as if they had come in an earlier batch. An import sorts rows by name
 * (import-order.ts), so a batch can hold a common name's many namesakes: a block that the registry and the
 * batch together fill beyond its limit is skipped here too, rather than compared pair by pair. `sizes` are the
 * blocks' sizes in the registry as candidatesOf counts them, so the outcome does not depend on what a
 * snapshot held.
 */
export function batchPeers(sizes: ReadonlyMap<string, number>, fresh: readonly NewWorker[]): number[][] {
  const byKey = new Map<string, { index: number; row: KeyRow }[]>();
  return fresh.map((f, i) => {
    const peers = new Set<number>();
    for (const q of f.queries) {
      const fitting = (byKey.get(q.key) ?? []).filter((e) => keyRowFits(q, e.row));
      if (fitting.length === 0 || fitting.length + (sizes.get(q.id) ?? 0) > q.limit) continue;
      for (const e of fitting) peers.add(e.index);
    }
    for (const row of keyRowsOf(f.id, [f])) {
      const list = byKey.get(row.key);
      if (list) list.push({ index: i, row });
      else byKey.set(row.key, [{ index: i, row }]);
    }
    return [...peers].sort((a, b) => a - b);
  });
}

/** Writes a planned batch: updated and new source records, new workers, keys and review items. */
export async function writeBatch(conn: Conn, ctx: ImportContext, plan: BatchPlan): Promise<void> {
  const t = importTimings();
  for (const r of plan.updates) {
    await conn
      .updateTable('source_records')
      .set({ data: JSON.stringify(r.raw), import_job_id: ctx.jobId, updated_at: new Date() })
      .where('source', '=', ctx.source)
      .where('source_id', '=', r.worker.sourceId)
      .execute();
  }
  await t.phase('insertWorkers', () => insertWorkers(conn, ctx, plan.created));
  await t.phase('sourceRecords', () => bulkInsert(conn, 'source_records', SOURCE_COLUMNS, plan.sourceRows));
  await t.phase('workerKeys', () => storeKeys(conn, plan.keyRows));
  if (plan.pairs.length) {
    await conn
      .insertInto('dedup_pairs')
      .values(
        plan.pairs.map((p) => ({
          worker_a: p.a,
          worker_b: p.b,
          score: p.c.score,
          status: 'review' as const,
          reasons: JSON.stringify(p.c.reasons),
        })),
      )
      .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
      .execute();
  }
}

/**
 * The registry workers in the batch's blocks (dedup/blocks.ts, oversized blocks skipped), each with all its
 * records, by block id: those of the snapshot with the rows the unseen batches gave them, and the workers the
 * unseen batches found. With each block's size in the registry so counted (past its limit for one skipped),
 * whatever the snapshot held.
 */
async function candidatesOf(
  ctx: ImportContext,
  reads: BatchReads,
  fresh: readonly NewWorker[],
  unseen: readonly PendingBatch[],
): Promise<{ byBlock: Map<string, RegistryWorker[]>; sizes: Map<string, number> }> {
  const blocks = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  const createdUnseen = (id: string) => unseen.some((b) => b.created.has(id));
  const more: string[] = [];
  for (const f of fresh) {
    for (const q of f.queries) {
      if (sizes.has(q.id)) continue;
      if (reads.overLimit.has(q.id)) {
        sizes.set(q.id, Number.POSITIVE_INFINITY);
        continue;
      }
      const ids = new Set(reads.members.get(q.id));
      for (const b of unseen) {
        for (const k of b.keys.get(q.key) ?? []) if (keyRowFits(q, k)) ids.add(k.worker_id);
      }
      sizes.set(q.id, ids.size);
      if (ids.size > q.limit || ids.size === 0) continue;
      blocks.set(q.id, [...ids]);
      for (const id of ids) if (!reads.read.has(id) && !createdUnseen(id)) more.push(id);
    }
  }
  // A worker of the snapshot met only through a key an unseen batch gave it (a row joined it spelt anew).
  if (more.length) await readWorkers(reads, ctx, more);
  const workers = new Map<string, RegistryWorker>();
  const workerOf = (id: string): RegistryWorker | undefined => {
    let w = workers.get(id);
    if (w) return w;
    const base = reads.records.get(id);
    if (!base && !createdUnseen(id)) return undefined;
    let records: readonly PreparedRecord[] = base ?? [];
    for (const b of unseen) {
      const added = b.records.get(id);
      if (added) records = [...records, ...added];
    }
    w = { id, records };
    workers.set(id, w);
    return w;
  };
  const byBlock = new Map<string, RegistryWorker[]>();
  const t = importTimings();
  for (const [block, members] of blocks) {
    const list: RegistryWorker[] = [];
    for (const id of members) {
      const w = workerOf(id);
      if (w) list.push(w);
    }
    if (list.length) byBlock.set(block, list);
  }
  t.count('candidatesUsed', workers.size);
  return { byBlock, sizes };
}

/** The columns an import writes (the rest keep their defaults: no documents, no languages yet). */
const WORKER_COLUMNS = {
  id: 'uuid',
  reg_no: 'text',
  centre_id: 'uuid',
  family_name_km: 'text',
  given_name_km: 'text',
  family_name_latin: 'text',
  given_name_latin: 'text',
  full_name: 'text',
  display_name: 'text',
  name_tokens: 'text[]',
  name_search: 'text',
  date_of_birth: 'date',
  birth_year: 'int',
  birth_precision: 'text',
  sex: 'text',
  national_id: 'text',
  address_code: 'text',
  province_code: 'text',
  district_code: 'text',
  commune_code: 'text',
  village_code: 'text',
  return_date: 'date',
  last_country: 'text',
  last_sector: 'text',
  preferences: 'jsonb',
  registration_channel: 'text',
  registered_on: 'date',
  flags: 'text[]',
  created_by: 'uuid',
} as const;

const STAY_COLUMNS = {
  worker_id: 'uuid',
  country: 'text',
  sector: 'text',
  occupation_isco: 'text',
  started_on: 'date',
  ended_on: 'date',
  position: 'int',
} as const;

const SOURCE_COLUMNS = {
  source: 'text',
  source_id: 'text',
  worker_id: 'uuid',
  link_score: 'real',
  data: 'jsonb',
  import_job_id: 'uuid',
} as const;

async function insertWorkers(conn: Conn, ctx: ImportContext, created: NewWorker[]): Promise<void> {
  if (!created.length) return;
  const t = importTimings();
  const regNos = await t.phase('w.regNos', () => allocateRegNos(conn, ctx, created));
  const nameStart = performance.now();
  const names = created.map((f) => nameColumns(f.row.worker));
  t.count('nameColumnsMs', Math.round(performance.now() - nameStart));
  await t.phase('w.workers', () =>
    bulkInsert(
      conn,
      'workers',
      WORKER_COLUMNS,
      created.map((f, i) => {
        const w = f.row.worker;
        const birth = birthColumns({ dateOfBirth: w.dateOfBirth, age: w.age }, w.registeredOn);
        const code = w.addressCode;
        return {
          id: f.id,
          reg_no: regNos.get(f.id)!,
          centre_id: f.centreId,
          ...names[i]!,
          ...birth,
          sex: w.sex,
          national_id: w.nationalId,
          address_code: code,
          province_code: code?.slice(0, 2) ?? null,
          district_code: code && code.length >= 4 ? code.slice(0, 4) : null,
          commune_code: code && code.length >= 6 ? code.slice(0, 6) : null,
          village_code: code && code.length >= 8 ? code : null,
          return_date: w.returnDate,
          last_country: w.lastCountry,
          last_sector: w.lastSector,
          preferences: JSON.stringify(w.preferences),
          registration_channel: channelOf(ctx.source),
          registered_on: w.registeredOn,
          flags: w.flags,
          created_by: ctx.actor.userId,
        };
      }),
    ),
  );
  const phones = created.flatMap((f) =>
    f.row.worker.phones.map((e164, position) => ({ worker_id: f.id, e164, position })),
  );
  await t.phase('w.phones', () =>
    bulkInsert(conn, 'worker_phones', { worker_id: 'uuid', e164: 'text', position: 'int' }, phones),
  );
  const stays = created
    .filter((f) => f.row.worker.lastCountry)
    .map((f) => {
      const w = f.row.worker;
      const years = w.yearsAbroad;
      const started =
        years && w.returnDate ? `${Number(w.returnDate.slice(0, 4)) - Math.round(years)}-01-01` : null;
      return {
        worker_id: f.id,
        country: w.lastCountry!,
        sector: w.lastSector,
        occupation_isco: w.lastOccupationIsco,
        started_on: started,
        ended_on: w.returnDate,
        position: 0,
      };
    });
  await t.phase('w.stays', () => bulkInsert(conn, 'worker_migrations', STAY_COLUMNS, stays));
  const skills = created.flatMap((f) =>
    [...new Set(f.row.worker.skills)].map((label) => ({
      worker_id: f.id,
      label,
      kind: 'self_declared' as const,
    })),
  );
  await t.phase('w.skills', () =>
    bulkInsert(conn, 'worker_skills', { worker_id: 'uuid', label: 'text', kind: 'text' }, skills),
  );
  await t.phase('w.names', () => countNames(conn, created));
}

async function countNames(conn: Conn, created: NewWorker[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const f of created) {
    const { familyKeys, givenKeys } = frequencyKeys(f.prepared);
    for (const k of new Set(familyKeys))
      if (k) counts.set(`family\t${k}`, (counts.get(`family\t${k}`) ?? 0) + 1);
    for (const k of new Set(givenKeys))
      if (k) counts.set(`given\t${k}`, (counts.get(`given\t${k}`) ?? 0) + 1);
  }
  if (!counts.size) return;
  const rows = [...counts].map(([pk, n]) => {
    const [part, key] = pk.split('\t') as ['family' | 'given', string];
    return { part, key, n };
  });
  await conn
    .insertInto('name_counts')
    .values(rows)
    .onConflict((oc) => oc.columns(['part', 'key']).doUpdateSet({ n: sql`name_counts.n + excluded.n` }))
    .execute();
}

/** One counter update per centre and year, all in one statement, for the whole batch. */
async function allocateRegNos(
  conn: Conn,
  ctx: ImportContext,
  created: NewWorker[],
): Promise<Map<string, string>> {
  const groups = new Map<string, NewWorker[]>();
  for (const f of created) {
    const k = `${f.centreId}|${f.row.worker.registeredOn.slice(0, 4)}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const keys = [...groups.keys()].map((k) => k.split('|') as [string, string]);
  const counted = await sql<{ centre_id: string; year: number; last: number }>`
    insert into reg_counters (centre_id, year, last)
    select * from unnest(
      ${sql.val(keys.map(([centre]) => centre))}::uuid[],
      ${sql.val(keys.map(([, year]) => Number(year)))}::int[],
      ${sql.val([...groups.values()].map((list) => list.length))}::int[])
    on conflict (centre_id, year) do update set last = reg_counters.last + excluded.last
    returning centre_id, year, last`.execute(conn);
  const out = new Map<string, string>();
  for (const { centre_id, year, last } of counted.rows) {
    const list = groups.get(`${centre_id}|${year}`)!;
    const code = ctx.centreCode.get(centre_id) ?? 'MRC';
    list.forEach((f, i) => {
      out.set(f.id, `${code}-${year}-${String(last - list.length + i + 1).padStart(6, '0')}`);
    });
  }
  return out;
}

const CHANNELS: Record<string, string> = {
  hotline: 'hotline_1297',
  '1297': 'hotline_1297',
  telegram: 'telegram_qr',
  qr: 'telegram_qr',
  fair: 'job_fair',
  partner: 'partner_list',
  ngo: 'partner_list',
  outreach: 'outreach',
};

/** The registration channel a source name implies (hotline_1297, jobfair-pursat...); otherwise "other". */
function channelOf(source: string): string {
  for (const [needle, channel] of Object.entries(CHANNELS)) if (source.includes(needle)) return channel;
  return 'other';
}
