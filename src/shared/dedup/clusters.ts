/**
 * From pairwise decisions to workers and review items. A person checks "is worker X the same as worker Y",
 * not record pairs, and sameness is transitive, so the batch run (and an import) should:
 * 1. merge linked records into clusters, best links first, but never merge two clusters when any record of one
 *    would be judged distinct from any record of the other (a chain of links must not join two people: A-B and
 *    B-C both linked while A and C differ in sex or birth year means one link is wrong);
 * 2. turn review pairs into one review item per pair of clusters, and drop those whose clusters are already one
 *    (linked through other records) or clearly two (some pair across them is very unlikely).
 * Cross pairs are compared on demand through the callback, whether blocking proposed them or not: clusters
 * are small, so this costs a few comparisons per link.
 */
import type { Comparison } from './compare';

export interface ScoredPair {
  /** Indexes of the two records. */
  a: number;
  b: number;
  comparison: Comparison;
}

export interface ReviewItem {
  /** The records of the two clusters that compared best (show them side by side first). */
  a: number;
  b: number;
  probability: number;
}

export interface Resolution {
  /** Cluster of each record: the index of one of its records. */
  cluster: Int32Array;
  reviews: ReviewItem[];
  /** Links not applied because they would have joined records judged distinct. */
  refusedLinks: number;
  /** Review pairs settled without a person: already linked, or contradicted by another pair. */
  settledReviews: number;
}

/** Two clusters are not merged when a pair across them is below this probability (judged distinct). */
export const CANNOT_LINK_PROBABILITY = 0.2;
/** A review item is dropped when a pair across its clusters is below this probability (clearly two people). */
export const CONTRADICTED_REVIEW_PROBABILITY = 0.02;

export function resolveClusters(
  count: number,
  pairs: readonly ScoredPair[],
  compare: (a: number, b: number) => Comparison,
): Resolution {
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  /** The lowest probability over all record pairs across two clusters. */
  const weakestAcross = (ra: number, rb: number): number => {
    let lowest = 1;
    for (const x of membersOf(ra)) {
      for (const y of membersOf(rb)) lowest = Math.min(lowest, compare(x, y).probability);
    }
    return lowest;
  };

  let refusedLinks = 0;
  const links = pairs.filter((p) => p.comparison.decision === 'link');
  links.sort((p, q) => q.comparison.score - p.comparison.score);
  for (const { a, b } of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (weakestAcross(ra, rb) < CANNOT_LINK_PROBABILITY) {
      refusedLinks++;
      continue;
    }
    const [big, small] = membersOf(ra).length >= membersOf(rb).length ? [ra, rb] : [rb, ra];
    parent[small] = big;
    members.set(big, [...membersOf(big), ...membersOf(small)]);
    members.delete(small);
  }

  let settledReviews = 0;
  const items = new Map<string, ReviewItem>();
  for (const { a, b, comparison } of pairs) {
    if (comparison.decision !== 'review') continue;
    const ra = find(a);
    const rb = find(b);
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    const known = items.get(key);
    if (known) {
      if (comparison.probability > known.probability)
        items.set(key, { a, b, probability: comparison.probability });
      continue;
    }
    if (ra === rb || weakestAcross(ra, rb) < CONTRADICTED_REVIEW_PROBABILITY) {
      settledReviews++;
      continue;
    }
    items.set(key, { a, b, probability: comparison.probability });
  }

  const cluster = new Int32Array(count);
  for (let i = 0; i < count; i++) cluster[i] = find(i);
  const reviews = [...items.values()].sort((p, q) => q.probability - p.probability);
  return { cluster, reviews, refusedLinks, settledReviews };
}
