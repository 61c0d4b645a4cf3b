/**
 * From pairwise decisions to workers and review items. A person checks "is worker X the same as worker Y",
 * not record pairs, and sameness is transitive, so the batch run and each import batch:
 * 1. merge linked records into clusters, best links first, but never merge two clusters when a record of one
 *    and a record of the other say "two people" outright (a chain of links must not join two people: A-B and
 *    B-C both linked while A and C differ in sex or birth year means one link is wrong);
 * 2. turn review pairs into one review item per pair of clusters, and drop those whose clusters are already one
 *    (linked through other records) or clearly two (some pair across them says two people, or is very
 *    unlikely).
 * Only evidence against counts as "two people": two records that share little (a Khmer-only hotline entry and
 * a Latin-only job-fair row, each with a different piece of the person) are unlikely as a pair, yet the
 * records between them may show they are one person.
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
  /** The comparison of those two records. */
  comparison: Comparison;
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

export interface ResolveOptions {
  /**
   * Records already known to be one person, such as the source records of one registry worker: for each
   * record, the index of the first record of its group (itself when alone). Default: every record alone.
   */
  groups?: ArrayLike<number>;
  /**
   * Records of registry workers. Two clusters that both hold one are never merged: an import links new
   * records to a worker, but joining two workers is a merge, which a reviewer (or the batch run) decides. A
   * link between two such clusters becomes a review item instead.
   */
  anchored?: (record: number) => boolean;
}

/** A pair judged distinct stops two clusters from merging: a field says two people, or it is this unlikely. */
export const CANNOT_LINK_PROBABILITY = 0;
/** A review item is dropped when a pair across its clusters is judged distinct or below this probability. */
export const CONTRADICTED_REVIEW_PROBABILITY = 0.001;

/** True when a comparison says two people rather than merely "not enough in common". */
export const judgedDistinct = (c: Comparison, below: number): boolean => c.conflict || c.probability < below;

export function resolveClusters(
  count: number,
  pairs: readonly ScoredPair[],
  compare: (a: number, b: number) => Comparison,
  options: ResolveOptions = {},
): Resolution {
  const parent = new Int32Array(count);
  const members = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const g = options.groups?.[i] ?? i;
    parent[i] = g;
    if (g !== i) {
      const list = members.get(g);
      if (list) list.push(i);
      else members.set(g, [g, i]);
    }
  }
  const anchoredRoots = new Set<number>();
  if (options.anchored) {
    for (let i = 0; i < count; i++) if (options.anchored(i)) anchoredRoots.add(parent[i]!);
  }
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
  /** True when some record pair across the two clusters is judged distinct. */
  const distinctAcross = (ra: number, rb: number, below: number): boolean => {
    for (const x of membersOf(ra)) {
      for (const y of membersOf(rb)) if (judgedDistinct(compare(x, y), below)) return true;
    }
    return false;
  };

  let refusedLinks = 0;
  const candidates: ScoredPair[] = [];
  const links = pairs.filter((p) => p.comparison.decision === 'link');
  links.sort((p, q) => q.comparison.score - p.comparison.score);
  for (const pair of links) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    if (distinctAcross(ra, rb, CANNOT_LINK_PROBABILITY)) {
      refusedLinks++;
      continue;
    }
    if (anchoredRoots.has(ra) && anchoredRoots.has(rb)) {
      candidates.push(pair);
      continue;
    }
    const [big, small] = membersOf(ra).length >= membersOf(rb).length ? [ra, rb] : [rb, ra];
    parent[small] = big;
    members.set(big, [...membersOf(big), ...membersOf(small)]);
    members.delete(small);
    if (anchoredRoots.delete(small)) anchoredRoots.add(big);
  }

  let settledReviews = 0;
  const items = new Map<string, ReviewItem>();
  const contradicted = new Set<string>();
  for (const pair of pairs) if (pair.comparison.decision === 'review') candidates.push(pair);
  for (const { a, b, comparison } of candidates) {
    const ra = find(a);
    const rb = find(b);
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    const known = items.get(key);
    if (known) {
      if (comparison.probability > known.probability)
        items.set(key, { a, b, probability: comparison.probability, comparison });
      continue;
    }
    if (contradicted.has(key)) continue;
    if (ra === rb || distinctAcross(ra, rb, CONTRADICTED_REVIEW_PROBABILITY)) {
      settledReviews++;
      contradicted.add(key);
      continue;
    }
    items.set(key, { a, b, probability: comparison.probability, comparison });
  }

  const cluster = new Int32Array(count);
  for (let i = 0; i < count; i++) cluster[i] = find(i);
  const reviews = [...items.values()].sort((p, q) => q.probability - p.probability);
  return { cluster, reviews, refusedLinks, settledReviews };
}
