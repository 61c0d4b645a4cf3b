import { type RegistryWorker, resolveSteps, type WorkerRef } from '../../../shared/dedup/batch';
import type { Comparison } from '../../../shared/dedup/compare';
import { countNameKeys } from '../../../shared/dedup/frequencies';
import { frequencyKeys, type PreparedRecord } from '../../../shared/dedup/record';
import { uuidv7 } from '../../db/uuid-v7';
import { type KeyRow, keyRowFits, keyRowsOf } from '../dedup/blocks';
import { decodeRecords, type FeaturedWorker } from '../dedup/candidates';
import { MIN_REGISTRY_FOR_OWN_COUNTS, nameFrequencies } from '../dedup/compare-context';
import { orderPair } from '../dedup/pairs.repository';
import { type BatchReads, type BatchRow, isNewWorker, type NewWorker, readWorkers } from './batch-reads';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';
import type { RowReject } from './row-parser';
import { runStepsYielding } from './run-steps-yielding';

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
  id: string;
  source: string;
  source_id: string;
  worker_id: string;
  link_score: number | null;
  data: string;
  features: string;
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
    runStepsYielding(
      resolveSteps(
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
      id: uuidv7(),
      source: ctx.source,
      source_id: f.row.worker.sourceId,
      worker_id: workerId,
      link_score: founder ? null : (comparison?.score ?? null),
      data: f.row.rawText ?? JSON.stringify(f.row.raw),
      features: f.features,
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
  const used = new Set<string>();
  for (const members of blocks.values()) for (const id of members) used.add(id);
  const rows: FeaturedWorker[] = [];
  for (const id of used) {
    const row = reads.rows.get(id);
    if (row) rows.push(row);
  }
  const decoded = await decodeRecords(reads.conn, rows, reads.records, ctx.prepared);
  const workers = new Map<string, RegistryWorker>();
  const workerOf = (id: string): RegistryWorker | undefined => {
    let w = workers.get(id);
    if (w) return w;
    const base = decoded.get(id);
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
