import { sql } from 'kysely';
import type { Db } from '../../db/database';

export interface SourcePair {
  source_a: string;
  source_id_a: string;
  source_b: string;
  source_id_b: string;
  score: number | null;
  decision: 'linked' | 'review';
}

const PAGE = 5000;
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/**
 * Every pair of source records judged the same person (held by one worker: linked at import, by a batch run or
 * by a reviewer's merge) or possibly the same (the two workers of a pair in the review queue). Streams page by
 * page so a million records never sit in memory.
 */
export async function* sourcePairs(db: Db): AsyncGenerator<SourcePair> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const groups = await sql<{ worker_id: string; recs: { s: string; i: string; l: number | null }[] }>`
      select worker_id::text, json_agg(json_build_object('s', source, 'i', source_id, 'l', link_score) order by created_at, id) as recs
      from source_records where worker_id > ${after}::uuid
      group by worker_id having count(*) > 1
      order by worker_id limit ${PAGE}`.execute(db);
    if (!groups.rows.length) break;
    after = groups.rows.at(-1)!.worker_id;
    for (const g of groups.rows) {
      const recs = typeof g.recs === 'string' ? JSON.parse(g.recs) : g.recs;
      for (let i = 0; i < recs.length; i++) {
        for (let j = i + 1; j < recs.length; j++) {
          const a = recs[i];
          const b = recs[j];
          yield {
            source_a: a.s,
            source_id_a: a.i,
            source_b: b.s,
            source_id_b: b.i,
            score: round(b.l ?? a.l),
            decision: 'linked',
          };
        }
      }
    }
  }
  let cursor = { a: '00000000-0000-0000-0000-000000000000', b: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const pairs = await db
      .selectFrom('dedup_pairs')
      .select(['worker_a', 'worker_b', 'score'])
      .where('status', '=', 'review')
      .where((eb) =>
        eb.or([
          eb('worker_a', '>', cursor.a),
          eb.and([eb('worker_a', '=', cursor.a), eb('worker_b', '>', cursor.b)]),
        ]),
      )
      .orderBy('worker_a')
      .orderBy('worker_b')
      .limit(PAGE)
      .execute();
    if (!pairs.length) break;
    const last = pairs.at(-1)!;
    cursor = { a: last.worker_a, b: last.worker_b };
    const ids = [...new Set(pairs.flatMap((p) => [p.worker_a, p.worker_b]))];
    const recs = await db
      .selectFrom('source_records')
      .select(['worker_id', 'source', 'source_id'])
      .where('worker_id', 'in', ids)
      .orderBy('created_at')
      .execute();
    const of = new Map<string, { source: string; source_id: string }[]>();
    for (const r of recs) of.set(r.worker_id, [...(of.get(r.worker_id) ?? []), r]);
    for (const p of pairs) {
      for (const a of of.get(p.worker_a) ?? []) {
        for (const b of of.get(p.worker_b) ?? []) {
          yield {
            source_a: a.source,
            source_id_a: a.source_id,
            source_b: b.source,
            source_id_b: b.source_id,
            score: round(p.score),
            decision: 'review',
          };
        }
      }
    }
  }
}
