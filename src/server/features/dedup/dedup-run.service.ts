import { sql } from 'kysely';
import { MAX_BLOCK_SIZE } from '../../../shared/dedup/blocking';
import { type Comparison, comparePrepared } from '../../../shared/dedup/compare';
import { type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import type { Db } from '../../db/database';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import type { WorkerRow } from '../workers/workers.table';
import { compareContext, loadNameFrequencies, phoneHolderCounts } from './compare-context';
import { mergeInTransaction } from './merge.service';
import { orderPair } from './pairs.repository';
import { personFromWorker } from './person-record';

export interface DedupRunSummary {
  blocks: number;
  comparisons: number;
  linked: number;
  review: number;
  seconds: number;
}

const KEYS_PER_PAGE = 2000;

/**
 * Re-examines the whole registry: every block of workers sharing a key (2 to MAX_BLOCK_SIZE of them) is compared
 * pair by pair. Pairs already decided or queued are skipped; a link merges the newer record into the older one
 * (undoable like any merge), a possible match joins the review queue. Each page of keys commits on its own, so
 * a run that stops can simply be started again.
 */
export async function dedupRun(
  db: Db,
  actor: AuditActor,
  onProgress?: (p: { blocks: number; linked: number; review: number }) => void,
): Promise<DedupRunSummary> {
  const started = performance.now();
  const freq = await loadNameFrequencies(db, true);
  const summary = { blocks: 0, comparisons: 0, linked: 0, review: 0 };
  let after = '';
  for (;;) {
    const page = await sql<{ key: string; ids: string[] }>`
      select key, array_agg(worker_id::text order by worker_id) as ids from worker_keys
      where key > ${after}
      group by key having count(*) between 2 and ${MAX_BLOCK_SIZE}
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
      const phones = await trx
        .selectFrom('worker_phones')
        .select(['worker_id', 'e164'])
        .where('worker_id', 'in', ids)
        .orderBy('position')
        .execute();
      const phonesOf = new Map<string, string[]>();
      for (const p of phones) phonesOf.set(p.worker_id, [...(phonesOf.get(p.worker_id) ?? []), p.e164]);
      const byId = new Map<string, { row: WorkerRow; prepared: PreparedRecord }>();
      for (const r of rows)
        byId.set(r.id, { row: r, prepared: prepareRecord(personFromWorker(r, phonesOf.get(r.id) ?? [])) });
      const known = new Set(
        (
          await trx
            .selectFrom('dedup_pairs')
            .select(['worker_a', 'worker_b'])
            .where('worker_a', 'in', ids)
            .execute()
        ).map((p) => `${p.worker_a}|${p.worker_b}`),
      );
      const ctx = compareContext(freq, await phoneHolderCounts(trx, [...new Set(phones.map((p) => p.e164))]));
      const found: { a: string; b: string; c: Comparison }[] = [];
      for (const block of page.rows) {
        const members = block.ids.filter((id) => byId.has(id));
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            const [a, b] = orderPair(members[i]!, members[j]!);
            if (known.has(`${a}|${b}`)) continue;
            known.add(`${a}|${b}`);
            summary.comparisons++;
            const c = comparePrepared(byId.get(a)!.prepared, byId.get(b)!.prepared, ctx);
            if (c.decision !== 'distinct') found.push({ a, b, c });
          }
        }
      }
      // Links first, strongest first; a record already merged in this page follows its survivor.
      const mergedInto = new Map<string, string>();
      const root = (id: string): string => {
        let cur = id;
        while (mergedInto.has(cur)) cur = mergedInto.get(cur)!;
        return cur;
      };
      for (const f of found.filter((x) => x.c.decision === 'link').sort((x, y) => y.c.score - x.c.score)) {
        const ra = root(f.a);
        const rb = root(f.b);
        if (ra === rb) continue;
        const [older, newer] = [byId.get(ra)!.row, byId.get(rb)!.row].sort(
          (x, y) => x.registered_on.localeCompare(y.registered_on) || x.id.localeCompare(y.id),
        );
        const [wa, wb] = orderPair(older!.id, newer!.id);
        await trx
          .insertInto('dedup_pairs')
          .values({
            worker_a: wa,
            worker_b: wb,
            score: f.c.score,
            status: 'linked',
            reasons: JSON.stringify(f.c.reasons),
          })
          .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
          .execute();
        await mergeInTransaction(trx, actor, older!, newer!, null, null);
        mergedInto.set(newer!.id, older!.id);
        summary.linked++;
      }
      const reviews = found.filter((x) => x.c.decision === 'review' && root(x.a) !== root(x.b));
      if (reviews.length) {
        await trx
          .insertInto('dedup_pairs')
          .values(
            reviews.map((r) => ({
              worker_a: r.a,
              worker_b: r.b,
              score: r.c.score,
              status: 'review' as const,
              reasons: JSON.stringify(r.c.reasons),
            })),
          )
          .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
          .execute();
        summary.review += reviews.length;
      }
    });
    onProgress?.(summary);
  }
  const out = { ...summary, seconds: Math.round((performance.now() - started) / 10) / 100 };
  await recordAudit(db, actor, { action: 'update', entity: 'dedup_run', entityId: null, after: out });
  return out;
}
