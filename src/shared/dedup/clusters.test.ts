import { describe, expect, it } from 'vitest';
import { resolveClusters, type ScoredPair } from './clusters';
import type { Comparison, Decision } from './compare';
import { LINK_PROBABILITY, REVIEW_PROBABILITY } from './weights';

const cmp = (probability: number, conflict = false): Comparison => {
  const score = Math.log2(probability / (1 - probability));
  const decision: Decision =
    probability >= LINK_PROBABILITY && !conflict
      ? 'link'
      : probability >= REVIEW_PROBABILITY
        ? 'review'
        : 'distinct';
  return {
    score,
    probability,
    decision,
    prior: -20,
    evidence: score + 20,
    linkable: !conflict,
    workBoost: 0,
    conflict,
    reasons: [],
  };
};

/**
 * A small world of records with given pair probabilities (others: unlikely, 0.01, but not contradicting);
 * pairs listed in `conflicts` have a field saying two people.
 */
function world(probabilities: Record<string, number>, conflicts: string[] = []) {
  const key = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;
  const at = (a: number, b: number) => cmp(probabilities[key(a, b)] ?? 0.01, conflicts.includes(key(a, b)));
  const pairs: ScoredPair[] = Object.keys(probabilities).map((k) => {
    const [a, b] = k.split('-').map(Number) as [number, number];
    return { a, b, comparison: at(a, b) };
  });
  return { pairs, compare: at };
}

describe('resolveClusters', () => {
  it('merges links transitively', () => {
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.99, '0-2': 0.5 });
    const r = resolveClusters(4, pairs, compare);
    expect(r.cluster[0]).toBe(r.cluster[1]);
    expect(r.cluster[1]).toBe(r.cluster[2]);
    expect(r.cluster[3]).not.toBe(r.cluster[0]);
    // The review pair 0-2 is already one worker.
    expect(r.reviews).toEqual([]);
    expect(r.settledReviews).toBe(1);
  });

  it('refuses a chain of links that would join two records judged distinct', () => {
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.98, '0-2': 0.01 }, ['0-2']);
    const r = resolveClusters(3, pairs, compare);
    expect(r.cluster[0]).toBe(r.cluster[1]);
    expect(r.cluster[2]).not.toBe(r.cluster[0]);
    expect(r.refusedLinks).toBe(1);
  });

  it('joins records that merely share little, through the records between them', () => {
    // A Khmer-only hotline entry and a Latin-only job-fair row: unlikely as a pair, nothing against it.
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.98, '0-2': 0.01 });
    const r = resolveClusters(3, pairs, compare);
    expect(r.cluster[2]).toBe(r.cluster[0]);
    expect(r.refusedLinks).toBe(0);
  });

  it('never merges two anchored groups, and asks a person instead', () => {
    // Records 0-1 are one registry worker, 2 another; 3 is new and links to both.
    const { pairs, compare } = world({ '0-3': 0.999, '2-3': 0.99, '0-1': 0.999 });
    const r = resolveClusters(4, pairs, compare, { groups: [0, 0, 2, 3], anchored: (i) => i < 3 });
    expect(r.cluster[3]).toBe(r.cluster[0]);
    expect(r.cluster[1]).toBe(r.cluster[0]);
    expect(r.cluster[2]).not.toBe(r.cluster[0]);
    expect(r.reviews).toHaveLength(1);
    expect(r.reviews[0]).toMatchObject({ a: 2, b: 3 });
  });

  it('asks one question per pair of workers, the likeliest pair first', () => {
    const { pairs, compare } = world({
      '0-1': 0.999,
      '2-3': 0.999,
      '0-2': 0.4,
      '1-3': 0.6,
      '0-3': 0.3,
      '1-2': 0.3,
      '4-5': 0.3,
    });
    const r = resolveClusters(6, pairs, compare);
    expect(r.reviews).toHaveLength(2);
    expect(r.reviews[0]).toMatchObject({ a: 1, b: 3, probability: 0.6 });
    expect(r.reviews[1]).toMatchObject({ a: 4, b: 5 });
  });

  it('drops a review contradicted by another pair across the two workers', () => {
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.5, '0-2': 0.005 }, ['0-2']);
    const r = resolveClusters(3, pairs, compare);
    expect(r.reviews).toEqual([]);
    expect(r.settledReviews).toBe(1);
  });
});
