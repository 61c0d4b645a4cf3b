/**
 * Duplicate detection for a batch of new records arriving in a registry (an import batch): which registry
 * worker each new record joins, which new records found a worker together, and which pairs of workers a person
 * should look at. The database work stays with the caller; this is the decision, the same for every caller.
 *
 * A registry worker is compared through ALL its records (the source records linked to it, and the worker as
 * staff keep it): a worker seen through a hotline entry in Khmer and a job-fair row in Latin letters meets a
 * new row through whichever of them it resembles. A new record joins a worker when one of the worker's records
 * links with it and none says "two people" (clusters.ts); new records of one batch cluster the same way, so
 * five rows of one person found one worker, not five. Registry workers are never merged here: that is a
 * merge, decided by a reviewer or by the batch run; when a new record links two of them, they meet in the
 * review queue instead.
 */

import { runSteps } from '../steps';
import { resolveClusters, type ScoredPair } from './clusters';
import { type CompareContext, type Comparison, comparePrepared, rescore, scorePrepared } from './compare';
import { DEFAULT_MATCH_RATE, estimateMatchRate, type MatchRate } from './prior';
import type { PreparedRecord } from './record';
import { priorBits } from './weights';

/** Review items a batch opens per worker, the likeliest kept. */
export const MAX_REVIEWS_PER_WORKER = 3;

export interface RegistryWorker {
  id: string;
  /** The worker's records, prepared: its source records and the worker itself. */
  records: readonly PreparedRecord[];
}

export interface NewRecord {
  prepared: PreparedRecord;
  /** Its blocking keys (blockingKeysPrepared): new records of the batch sharing one are compared. */
  keys: readonly string[];
  /** The blocks it looks in among the registry's workers (keys of `candidates`); its keys when absent. */
  blocks?: readonly string[];
  /**
   * The earlier new records of the batch it is compared with (indices), where the caller narrows them as it
   * narrows blocks; when absent, every earlier new record sharing one of its keys.
   */
  peers?: readonly number[];
}

/** A worker: one of the registry, or the new worker the batch creates for a cluster of new records. */
export type WorkerRef = { worker: string } | { founder: number };

export interface Placement {
  /** The registry worker joined, or the new record (index in the batch) whose new worker this one joins. */
  joins: WorkerRef;
  /** The best comparison with another record of that worker; null for a new worker's first record alone. */
  comparison: Comparison | null;
}

export interface BatchReview {
  a: WorkerRef;
  b: WorkerRef;
  /** The comparison of the two records, one per worker, that compared best. */
  comparison: Comparison;
}

export interface BatchResolution {
  placements: Placement[];
  /** One item per pair of workers, likeliest first. */
  reviews: BatchReview[];
  comparisons: number;
  /** The batch's duplicate rate (prior.ts): carry it to the next batch. */
  matchRate: MatchRate;
}

export interface BatchOptions {
  /** Workers in the registry before this batch. */
  registryWorkers: number;
  /** The prior treats the registry and batch as at least this big (a registry of five workers is a test). */
  minPool?: number;
  /** The duplicate rate believed before this batch (the previous batch's). */
  matchRate?: MatchRate;
}

/**
 * Places each new record. `candidates` gives, per block (a blocking key, or the caller's narrower block ids in
 * NewRecord.blocks), the registry workers in it (the caller skips oversized blocks); new records of the batch
 * sharing a key are compared with each other too.
 */
export function resolveBatch(...args: Parameters<typeof resolveSteps>): BatchResolution {
  return runSteps(resolveSteps(...args));
}

/**
 * resolveBatch as steps, one per new record scored: a server deciding one batch while it reads and writes
 * others runs them a few milliseconds at a time (runStepsYielding), so that its connections' next statements
 * are not held back for the whole decision.
 */
export function* resolveSteps(
  fresh: readonly NewRecord[],
  candidates: ReadonlyMap<string, readonly RegistryWorker[]>,
  context: Omit<CompareContext, 'registrySize' | 'duplicatesPerRecord'>,
  options: BatchOptions,
): Generator<void, BatchResolution> {
  const pool = Math.max(options.registryWorkers + fresh.length, options.minPool ?? 0);
  const start = options.matchRate ?? DEFAULT_MATCH_RATE;
  let ctx: CompareContext = { ...context, registrySize: pool, duplicatesPerRecord: start.rate };
  // Records: those of the candidate workers first (grouped by worker), then the new ones.
  const prepared: PreparedRecord[] = [];
  const groups: number[] = [];
  const workerOf: string[] = [];
  const firstRecord = new Map<string, number>();
  const place = (w: RegistryWorker): number => {
    let first = firstRecord.get(w.id);
    if (first === undefined) {
      first = prepared.length;
      firstRecord.set(w.id, first);
      for (const r of w.records) {
        groups.push(first);
        workerOf.push(w.id);
        prepared.push(r);
      }
    }
    return first;
  };
  const near: number[][] = fresh.map(() => []);
  const byKey = new Map<string, number[]>();
  fresh.forEach((f, i) => {
    const seen = new Set<string>();
    for (const key of f.blocks ?? f.keys) {
      for (const w of candidates.get(key) ?? []) {
        if (w.records.length === 0 || seen.has(w.id)) continue;
        seen.add(w.id);
        near[i]!.push(place(w));
      }
    }
  });
  const registryCount = prepared.length;
  for (const f of fresh) {
    groups.push(prepared.length);
    prepared.push(f.prepared);
  }

  // Scores only (scorePrepared): a batch compares tens of thousands of pairs and keeps a few; those few are
  // compared again at the end (explained) for their reasons.
  const cache = new Map<number, Comparison>();
  // Reads ctx when called: after the duplicate rate is estimated, pairs compared on demand use it too.
  const count = prepared.length;
  const compare = (x: number, y: number): Comparison => {
    const lo = Math.min(x, y);
    const hi = Math.max(x, y);
    const id = lo * count + hi;
    let c = cache.get(id);
    if (c === undefined) {
      c = scorePrepared(prepared[hi]!, prepared[lo]!, ctx);
      cache.set(id, c);
    }
    return c;
  };
  const explained = (x: number, y: number): Comparison =>
    comparePrepared(prepared[Math.max(x, y)]!, prepared[Math.min(x, y)]!, ctx);
  // Every candidate pair, compared once. Each new record's evidence list holds its best comparison with each
  // candidate worker and with each earlier new record: what the duplicate rate is estimated from.
  // As two lists of numbers, not a pair per entry: a batch proposes tens of thousands.
  const proposedA: number[] = [];
  const proposedB: number[] = [];
  const evidence: number[][] = fresh.map(() => []);
  for (let i = 0; i < fresh.length; i++) {
    yield;
    const f = fresh[i]!;
    const self = registryCount + i;
    for (const first of near[i]!) {
      let best = Number.NEGATIVE_INFINITY;
      for (let r = first; r < registryCount && groups[r] === first; r++) {
        proposedA.push(self);
        proposedB.push(r);
        best = Math.max(best, compare(self, r).evidence);
      }
      evidence[i]!.push(best);
    }
    const met = new Set<number>();
    if (f.peers !== undefined) {
      for (const j of f.peers) {
        if (j < i && !met.has(j)) {
          met.add(j);
          proposedA.push(registryCount + j);
          proposedB.push(self);
          evidence[i]!.push(compare(registryCount + j, self).evidence);
        }
      }
      continue;
    }
    for (const key of f.keys) {
      const earlier = byKey.get(key);
      if (earlier === undefined) byKey.set(key, [i]);
      else {
        for (const j of earlier) {
          if (!met.has(j)) {
            met.add(j);
            proposedA.push(registryCount + j);
            proposedB.push(self);
            evidence[i]!.push(compare(registryCount + j, self).evidence);
          }
        }
        earlier.push(i);
      }
    }
  }
  const matchRate = estimateMatchRate(evidence, pool, start);
  ctx = { ...ctx, duplicatesPerRecord: matchRate.rate };
  const prior = priorBits(pool, matchRate.rate);
  // In place: these comparisons are this batch's own.
  for (const c of cache.values()) rescore(c, prior);
  const pairs: ScoredPair[] = [];
  for (let p = 0; p < proposedA.length; p++) {
    const x = proposedA[p]!;
    const y = proposedB[p]!;
    const comparison = compare(x, y);
    if (comparison.decision !== 'distinct') pairs.push({ a: x, b: y, comparison });
  }

  const resolution = resolveClusters(count, pairs, compare, {
    groups,
    anchored: (r) => r < registryCount,
  });
  const { cluster } = resolution;
  // Each cluster's worker: the registry worker in it, or the first new record of the cluster.
  const workerOfCluster = new Map<number, WorkerRef>();
  for (let r = 0; r < registryCount; r++) {
    if (!workerOfCluster.has(cluster[r]!)) workerOfCluster.set(cluster[r]!, { worker: workerOf[r]! });
  }
  const membersOf = new Map<number, number[]>();
  for (let r = 0; r < count; r++) {
    const list = membersOf.get(cluster[r]!);
    if (list) list.push(r);
    else membersOf.set(cluster[r]!, [r]);
  }
  const refOf = (r: number): WorkerRef => {
    const root = cluster[r]!;
    let ref = workerOfCluster.get(root);
    if (ref === undefined) {
      const first = membersOf.get(root)!.find((m) => m >= registryCount)!;
      ref = { founder: first - registryCount };
      workerOfCluster.set(root, ref);
    }
    return ref;
  };
  const placements: Placement[] = fresh.map((_, i) => {
    const self = registryCount + i;
    let best: Comparison | null = null;
    let bestWith = -1;
    for (const m of membersOf.get(cluster[self]!)!) {
      if (m === self) continue;
      const c = cache.get(Math.min(m, self) * count + Math.max(m, self));
      if (c !== undefined && (best === null || c.score > best.score)) {
        best = c;
        bestWith = m;
      }
    }
    return { joins: refOf(self), comparison: best && explained(self, bestWith) };
  });
  // The likeliest few per worker: a common name meets many namesakes, and a reviewer shown the best of them
  // has seen the one that matters. Reviews come sorted, likeliest first.
  const perWorker = new Map<string, number>();
  const refKey = (ref: WorkerRef): string => ('worker' in ref ? `w${ref.worker}` : `f${ref.founder}`);
  const reviews: BatchReview[] = [];
  for (const v of resolution.reviews) {
    const a = refOf(v.a);
    const b = refOf(v.b);
    const ka = refKey(a);
    const kb = refKey(b);
    if (
      (perWorker.get(ka) ?? 0) >= MAX_REVIEWS_PER_WORKER ||
      (perWorker.get(kb) ?? 0) >= MAX_REVIEWS_PER_WORKER
    ) {
      continue;
    }
    perWorker.set(ka, (perWorker.get(ka) ?? 0) + 1);
    perWorker.set(kb, (perWorker.get(kb) ?? 0) + 1);
    reviews.push({ a, b, comparison: explained(v.a, v.b) });
  }
  return { placements, reviews, comparisons: cache.size, matchRate };
}
