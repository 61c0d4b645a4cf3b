import { sql } from 'kysely';
import { comparePrepared } from '../../../shared/dedup/compare';
import { prepareRecord } from '../../../shared/dedup/record';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre, centreScope } from '../../http/scope';
import { presentWorker } from '../workers/workers.presenter';
import { loadWorkerBundle } from '../workers/workers.repository';
import { compareContext, loadNameFrequencies, phoneHolderCounts } from './compare-context';
import { orderPair } from './pairs.repository';
import { personFromWorker } from './person-record';

/** Pairs waiting for (or given) a human decision, best score first; both records must be in the user's centres. */
export async function reviewQueue(
  db: Db,
  auth: AuthContext,
  q: { status: string; limit: number; offset: number },
) {
  const scope = centreScope(auth);
  if (scope && !scope.length) return { items: [], total: 0 };
  let query = db
    .selectFrom('dedup_pairs as p')
    .innerJoin('workers as a', 'a.id', 'p.worker_a')
    .innerJoin('workers as b', 'b.id', 'p.worker_b')
    .where('p.status', '=', q.status as 'review');
  // A merged record's open items wait hidden: the merge carried them to the survivor (merge.service.ts).
  if (q.status === 'review')
    query = query.where('a.status', '!=', 'merged').where('b.status', '!=', 'merged');
  if (scope) query = query.where('a.centre_id', 'in', scope).where('b.centre_id', 'in', scope);
  const { total } = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'p.worker_a',
      'p.worker_b',
      'p.score',
      'p.status',
      'p.created_at',
      'a.display_name as name_a',
      'b.display_name as name_b',
      'a.reg_no as reg_a',
      'b.reg_no as reg_b',
    ])
    .orderBy('p.score', 'desc')
    .orderBy('p.worker_a')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total,
    items: rows.map((r) => ({
      workerA: r.worker_a,
      workerB: r.worker_b,
      score: Math.round(r.score * 100) / 100,
      status: r.status,
      nameA: r.name_a,
      nameB: r.name_b,
      regNoA: r.reg_a,
      regNoB: r.reg_b,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

/** Both records side by side with the comparison recomputed now, field by field. */
export async function pairDetail(db: Db, auth: AuthContext, x: string, y: string) {
  const [a, b] = orderPair(x, y);
  const ba = await loadWorkerBundle(db, a);
  const bb = await loadWorkerBundle(db, b);
  if (!ba || !bb || !canSeeCentre(auth, ba.row.centre_id) || !canSeeCentre(auth, bb.row.centre_id)) {
    throw notFound('Worker');
  }
  const pa = prepareRecord(personFromWorker(ba.row, ba.phones));
  const pb = prepareRecord(personFromWorker(bb.row, bb.phones));
  const ctx = compareContext(
    await loadNameFrequencies(db),
    await phoneHolderCounts(db, [...new Set([...ba.phones, ...bb.phones])]),
  );
  const comparison = comparePrepared(pa, pb, ctx);
  const pair = await db
    .selectFrom('dedup_pairs')
    .select('status')
    .where('worker_a', '=', a)
    .where('worker_b', '=', b)
    .executeTakeFirst();
  const merge = await db
    .selectFrom('worker_merges')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('survivor_id', '=', a), eb('merged_id', '=', b)]),
        eb.and([eb('survivor_id', '=', b), eb('merged_id', '=', a)]),
      ]),
    )
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return {
    a: presentWorker(ba),
    b: presentWorker(bb),
    score: Math.round(comparison.score * 100) / 100,
    probability: Math.round(comparison.probability * 1000) / 1000,
    decision: comparison.decision,
    status: pair?.status ?? null,
    reasons: comparison.reasons.map((r) => ({
      field: r.field,
      outcome: r.outcome,
      weight: Math.round(r.weight * 100) / 100,
    })),
    mergeId: merge?.id ?? null,
  };
}
