import { describe, expect, it } from 'vitest';
import { resolveClusters, type ScoredPair } from './clusters';
import type { Comparison, Decision } from './compare';

const cmp = (probability: number): Comparison => {
  const score = Math.log2(probability / (1 - probability));
  const decision: Decision = probability >= 0.97 ? 'link' : probability >= 0.2 ? 'review' : 'distinct';
  return { score, probability, decision, prior: -20, reasons: [] };
};

/** A small world of records with given pair probabilities (others: clearly distinct). */
function world(probabilities: Record<string, number>) {
  const at = (a: number, b: number): number => probabilities[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0.001;
  const pairs: ScoredPair[] = Object.keys(probabilities).map((k) => {
    const [a, b] = k.split('-').map(Number) as [number, number];
    return { a, b, comparison: cmp(at(a, b)) };
  });
  return { pairs, compare: (a: number, b: number) => cmp(at(a, b)) };
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
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.98, '0-2': 0.01 });
    const r = resolveClusters(3, pairs, compare);
    expect(r.cluster[0]).toBe(r.cluster[1]);
    expect(r.cluster[2]).not.toBe(r.cluster[0]);
    expect(r.refusedLinks).toBe(1);
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
    const { pairs, compare } = world({ '0-1': 0.999, '1-2': 0.5, '0-2': 0.005 });
    const r = resolveClusters(3, pairs, compare);
    expect(r.reviews).toEqual([]);
    expect(r.settledReviews).toBe(1);
  });
});
