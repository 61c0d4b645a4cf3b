import { sql } from 'kysely';
import { MAX_BLOCK_SIZE } from '../../../shared/dedup/blocking';
import { resolveClusters, type ScoredPair } from '../../../shared/dedup/clusters';
import { type Comparison, comparePrepared, withPrior } from '../../../shared/dedup/compare';
import { estimateMatchRate, type MatchRate } from '../../../shared/dedup/prior';
import type { PreparedRecord } from '../../../shared/dedup/record';
import { priorBits } from '../../../shared/dedup/weights';
import type { Db } from '../../db/database';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import type { WorkerRow } from '../workers/workers.table';
import { keyRowsOf, storeKeys } from './blocks';
import { type PreparedCache, workerRecords } from './candidates';
import { compareContext, loadNameFrequencies, phoneHolderCounts, registryPrior } from './compare-context';
import { mergeInTransaction } from './merge.service';
import { orderPair } from './pairs.repository';

export interface DedupRunSummary {
  blocks: number;
  comparisons: number;
  linked: number;
  review: number;
  seconds: number;
}

const KEYS_PER_PAGE = 2000;
/** Review items a page opens per worker, the likeliest kept (as an import batch does). */
const MAX_REVIEWS_PER_WORKER = 3;

/**
 * Re-examines the whole registry: the workers of every block sharing a key (2 to MAX_BLOCK_SIZE of them) are
 * compared pair by pair, each through all its records, and resolved as an import batch is (clusters.ts): links
 * merge transitively unless some record pair across says "two people"; each pair of workers that may be one
 * person is one review item. Pairs already decided or queued are not asked again, and a pair a person
 * decided is not the same never joins two workers. A link merges the newer worker into the older (undoable
 * like any merge). The prior is measured on each page (prior.ts), starting from the registry's own rate. Each
 * page of keys commits on its own, so a run that stops can simply be started again.
 */
export async function dedupRun(
  db: Db,
  actor: AuditActor,
  onProgress?: (p: { blocks: number; linked: number; review: number }) => void,
): Promise<DedupRunSummary> {
  const started = performance.now();
  const freq = await loadNameFrequencies(db, true);
  const summary = { blocks: 0, comparisons: 0, linked: 0, review: 0 };
  const cache: PreparedCache = new Map();
  let rate: MatchRate = { rate: registryPrior(freq).duplicatesPerRecord, weight: 50 };
  let after = '';
  for (;;) {
    // A worker holds a key once per narrowing its records give (blocks.ts): counted once here.
    const page = await sql<{ key: string; ids: string[] }>`
      select key, array_agg(distinct worker_id::text) as ids from worker_keys
      where key > ${after}
      group by key having count(distinct worker_id) between 2 and ${MAX_BLOCK_SIZE}
      order by key limit ${KEYS_PER_PAGE}`.execute(db);
    if (!page.rows.length) break;
    after = page.rows.at(-1)!.key;
    summary.blocks += page.rows.length;
    await db.transaction().execute(async (trx) => {
      const ids = [...new Set(page.rows.flatMap((r) => r.ids))];
      const rows = await trx
        .selectFrom('workers')
        .selectAll()
        .where('id', 'in', ids)
        .where('status', '!=', 'merged')
        .forUpdate()
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const recordsOf = await workerRecords(trx, rows, cache);
      const decided = await trx
        .selectFrom('dedup_pairs')
        .select(['worker_a', 'worker_b', 'status'])
        .where((eb) => eb.or([eb('worker_a', 'in', ids), eb('worker_b', 'in', ids)]))
        .execute();
      const known = new Set(decided.map((p) => `${p.worker_a}|${p.worker_b}`));
      const apart = new Set(
        decided.filter((p) => p.status === 'distinct').map((p) => `${p.worker_a}|${p.worker_b}`),
      );
      const phones = await trx
        .selectFrom('worker_phones')
        .select('e164')
        .where('worker_id', 'in', ids)
        .execute();
      let ctx = compareContext(freq, await phoneHolderCounts(trx, [...new Set(phones.map((p) => p.e164))]));

      // Records of the page's workers, grouped by worker.
      const prepared: PreparedRecord[] = [];
      const workerAt: string[] = [];
      const groups: number[] = [];
      const firstOf = new Map<string, number>();
      for (const r of rows) {
        const list = recordsOf.get(r.id) ?? [];
        if (!list.length) continue;
        firstOf.set(r.id, prepared.length);
        for (const p of list) {
          groups.push(firstOf.get(r.id)!);
          workerAt.push(r.id);
          prepared.push(p);
        }
      }
      const count = prepared.length;
      const cacheOfPairs = new Map<number, Comparison>();
      const compare = (x: number, y: number): Comparison => {
        const lo = Math.min(x, y);
        const hi = Math.max(x, y);
        let c = cacheOfPairs.get(lo * count + hi);
        if (c === undefined) {
          c = comparePrepared(prepared[hi]!, prepared[lo]!, ctx);
          const [a, b] = orderPair(workerAt[lo]!, workerAt[hi]!);
          // A person said these two workers are not one person: as good as a field saying so.
          if (apart.has(`${a}|${b}`)) c = { ...c, conflict: true, linkable: false, decision: 'distinct' };
          cacheOfPairs.set(lo * count + hi, c);
        }
        return c;
      };
      const recordsOfWorker = (id: string): number[] => {
        const first = firstOf.get(id);
        if (first === undefined) return [];
        const out: number[] = [];
        for (let i = first; i < count && groups[i] === first; i++) out.push(i);
        return out;
      };

      // Candidate worker pairs, each compared record by record; the evidence of the best record pair of each
      // worker pair counts once, for the later worker, to measure the duplicate rate.
      const proposed: [number, number][] = [];
      const evidence = new Map<string, number[]>();
      const seen = new Set<string>();
      for (const block of page.rows) {
        const members = block.ids.filter((id) => firstOf.has(id));
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            const [a, b] = orderPair(members[i]!, members[j]!);
            if (seen.has(`${a}|${b}`) || known.has(`${a}|${b}`)) continue;
            seen.add(`${a}|${b}`);
            let best = Number.NEGATIVE_INFINITY;
            for (const x of recordsOfWorker(a)) {
              for (const y of recordsOfWorker(b)) {
                proposed.push([x, y]);
                best = Math.max(best, compare(x, y).evidence);
              }
            }
            const later = byId.get(a)!.registered_on > byId.get(b)!.registered_on ? a : b;
            evidence.set(later, [...(evidence.get(later) ?? []), best]);
          }
        }
      }
      summary.comparisons += cacheOfPairs.size;
      if (!proposed.length) return;
      const pool = Math.max(ctx.registrySize ?? 0, rows.length);
      rate = estimateMatchRate(
        [...evidence.values(), ...Array(Math.max(0, rows.length - evidence.size)).fill([])],
        pool,
        rate,
      );
      ctx = { ...ctx, registrySize: pool, duplicatesPerRecord: rate.rate };
      const prior = priorBits(pool, rate.rate);
      for (const [id, c] of cacheOfPairs) cacheOfPairs.set(id, withPrior(c, prior));
      const pairs: ScoredPair[] = [];
      for (const [x, y] of proposed) {
        const comparison = compare(x, y);
        if (comparison.decision !== 'distinct') pairs.push({ a: x, b: y, comparison });
      }
      const resolution = resolveClusters(count, pairs, compare, { groups });

      // Each cluster of several workers becomes its oldest worker.
      const clusterWorkers = new Map<number, WorkerRow[]>();
      for (const [id, first] of firstOf) {
        const root = resolution.cluster[first]!;
        clusterWorkers.set(root, [...(clusterWorkers.get(root) ?? []), byId.get(id)!]);
      }
      const survivorOf = new Map<string, string>();
      for (const members of clusterWorkers.values()) {
        members.sort((x, y) => x.registered_on.localeCompare(y.registered_on) || x.id.localeCompare(y.id));
        const survivor = members[0]!;
        for (const m of members) survivorOf.set(m.id, survivor.id);
        for (const merged of members.slice(1)) {
          const best = bestAcross(recordsOfWorker(survivor.id), recordsOfWorker(merged.id), compare);
          const [wa, wb] = orderPair(survivor.id, merged.id);
          await trx
            .insertInto('dedup_pairs')
            .values({
              worker_a: wa,
              worker_b: wb,
              score: best.score,
              status: 'linked',
              reasons: JSON.stringify(best.reasons),
            })
            .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
            .execute();
          const current = await trx
            .selectFrom('workers')
            .selectAll()
            .where('id', 'in', [survivor.id, merged.id])
            .execute();
          const s = current.find((w) => w.id === survivor.id)!;
          const m = current.find((w) => w.id === merged.id)!;
          await mergeInTransaction(trx, actor, s, m, null, null);
          summary.linked++;
        }
        if (members.length > 1) {
          // The merge indexes the survivor as its row says; its records' spellings keep finding it too.
          const records = members.flatMap((m) =>
            recordsOfWorker(m.id).map((i) => ({ prepared: prepared[i]! })),
          );
          await storeKeys(trx, keyRowsOf(survivor.id, records));
        }
      }

      const perWorker = new Map<string, number>();
      const items = new Map<string, { a: string; b: string; c: Comparison }>();
      for (const v of resolution.reviews) {
        const [a, b] = orderPair(survivorOf.get(workerAt[v.a]!)!, survivorOf.get(workerAt[v.b]!)!);
        if (a === b || items.has(`${a}|${b}`) || known.has(`${a}|${b}`)) continue;
        if (
          (perWorker.get(a) ?? 0) >= MAX_REVIEWS_PER_WORKER ||
          (perWorker.get(b) ?? 0) >= MAX_REVIEWS_PER_WORKER
        ) {
          continue;
        }
        perWorker.set(a, (perWorker.get(a) ?? 0) + 1);
        perWorker.set(b, (perWorker.get(b) ?? 0) + 1);
        items.set(`${a}|${b}`, { a, b, c: v.comparison });
      }
      if (items.size) {
        await trx
          .insertInto('dedup_pairs')
          .values(
            [...items.values()].map((r) => ({
              worker_a: r.a,
              worker_b: r.b,
              score: r.c.score,
              status: 'review' as const,
              reasons: JSON.stringify(r.c.reasons),
            })),
          )
          .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
          .execute();
        summary.review += items.size;
      }
    });
    onProgress?.(summary);
  }
  const out = { ...summary, seconds: Math.round((performance.now() - started) / 10) / 100 };
  await recordAudit(db, actor, { action: 'update', entity: 'dedup_run', entityId: null, after: out });
  return out;
}

/** The best comparison between two workers' records. */
function bestAcross(xs: number[], ys: number[], compare: (a: number, b: number) => Comparison): Comparison {
  let best: Comparison | null = null;
  for (const x of xs) {
    for (const y of ys) {
      const c = compare(x, y);
      if (best === null || c.score > best.score) best = c;
    }
  }
  return best!;
}
