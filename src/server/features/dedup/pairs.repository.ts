import type { Conn } from '../../db/database';
import type { Candidate } from './candidates';

/** Pairs are stored with the smaller id first, so each pair has one row whichever side found it. */
export const orderPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/**
 * Queues pairs for a human. A pair already decided (same, not the same) keeps its decision: people are never
 * asked the same question twice.
 */
export async function recordReviewPairs(
  conn: Conn,
  workerId: string,
  candidates: Candidate[],
): Promise<void> {
  for (const c of candidates) {
    const [worker_a, worker_b] = orderPair(workerId, c.row.id);
    await conn
      .insertInto('dedup_pairs')
      .values({
        worker_a,
        worker_b,
        score: c.comparison.score,
        status: 'review',
        reasons: JSON.stringify(c.comparison.reasons),
      })
      .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
      .execute();
  }
}
