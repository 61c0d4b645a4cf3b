/**
 * The prior: how likely a new record is, before any field is compared, to be the same person as one given
 * worker. It is q / W for a registry of W workers, where q is the chance that the person is registered already.
 * q is not a constant: the first list imported into an empty registry repeats few people (a hotline list holds
 * a person twice only when they called twice), the fifth list repeats a third of its rows, and within one
 * list the later rows repeat more. A wrong q costs dearly: too high and namesakes of the same age link; too
 * low and real duplicates fall out of the review queue. So q is measured on the data itself, without labels:
 * the classic expectation-maximisation of record linkage. Each new record's chance of matching some candidate
 * is the sum of the posterior probabilities of its comparisons; their mean over the batch is q; the posteriors
 * depend on q, so the two are iterated to a fixed point. The evidence of each pair does not depend on q
 * (compare.ts, withPrior), so the iteration costs no comparison.
 */
import { DEFAULT_DUPLICATES_PER_RECORD, priorBits } from './weights';

/** No batch is taken to repeat fewer records than this: a list of strangers still holds the odd repeat. */
export const MIN_MATCH_RATE = 0.002;
const MAX_MATCH_RATE = 1;

export interface MatchRate {
  /** Share of new records already registered (or registered earlier in the same batch). */
  rate: number;
  /** How many records the estimate rests on, to weigh it against a new batch. */
  weight: number;
}

/**
 * Believed before any data: lists overlap, but not massively (DEFAULT_DUPLICATES_PER_RECORD). It counts for a
 * few records, so a batch of three rows is not judged on its own, and a batch of a thousand is.
 */
export const DEFAULT_MATCH_RATE: MatchRate = { rate: DEFAULT_DUPLICATES_PER_RECORD, weight: 20 };
/** What an earlier estimate counts for against a new batch: a few dozen records, so a batch of 1,000 decides. */
export const CARRIED_WEIGHT = 50;

const posterior = (evidence: number, prior: number): number => 1 / (1 + 2 ** -(evidence + prior));

/**
 * q for one batch of new records. `evidence[i]` lists record i's comparisons (their evidence, bits), one per
 * candidate worker (the best when a worker has several records); `pool` is the number of workers it could
 * match (the registry and the batch); `start` what was believed before this batch.
 */
export function estimateMatchRate(
  evidence: readonly (readonly number[])[],
  pool: number,
  start: MatchRate = DEFAULT_MATCH_RATE,
): MatchRate {
  const n = evidence.length;
  const carried = Math.min(start.weight, CARRIED_WEIGHT);
  let q = Math.min(MAX_MATCH_RATE, Math.max(MIN_MATCH_RATE, start.rate));
  for (let iteration = 0; iteration < 50; iteration++) {
    const prior = priorBits(pool, q);
    let expected = 0;
    for (const list of evidence) {
      let sum = 0;
      for (const e of list) sum += posterior(e, prior);
      expected += Math.min(1, sum);
    }
    const next = Math.min(
      MAX_MATCH_RATE,
      Math.max(MIN_MATCH_RATE, (expected + start.rate * carried) / Math.max(1, n + carried)),
    );
    const done = Math.abs(next - q) < 1e-4;
    q = next;
    if (done) break;
  }
  return { rate: q, weight: start.weight + n };
}
