/**
 * The evaluation set: every worker's ranking of the sixty vacancies against the counsellor's grades. Reports
 * nDCG@10 (gain 2^grade - 1) and asserts no result breaks a hard filter.
 */
import { describe, expect, it } from 'vitest';
import { hardFilters } from '../filters';
import { TEST_SETTINGS } from '../fixtures';
import { byRank, scorePair } from '../score';
import { EVAL_VACANCIES } from './vacancies';
import { EVAL_TODAY, EVAL_WORKERS } from './workers';

const ctx = { settings: TEST_SETTINGS, today: EVAL_TODAY, direction: 'worker' as const };

function dcg(grades: number[]): number {
  return grades.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

function rank(worker: (typeof EVAL_WORKERS)[number]['worker']) {
  return EVAL_VACANCIES.map((v) => ({ id: v.id, v, ...scorePair(worker, v, ctx) }))
    .filter((s) => s.eligible)
    .sort(byRank);
}

describe('evaluation set', () => {
  it('ranks as an experienced counsellor would (nDCG@10) and never breaks a hard filter', () => {
    const perWorker: { id: string; ndcg: number }[] = [];
    let violations = 0;
    for (const { worker, grades } of EVAL_WORKERS) {
      const ranked = rank(worker);
      for (const r of ranked) {
        const failed = hardFilters(worker, r.v, ctx.settings, ctx.today).filter(
          (f) => !f.passed && f.name !== 'consent',
        );
        violations += failed.length;
      }
      const ideal = dcg(Object.values(grades).sort((a, b) => b - a));
      if (ideal === 0) {
        expect(ranked).toEqual([]); // the inactive record gets no suggestion at all
        continue;
      }
      perWorker.push({ id: worker.id, ndcg: dcg(ranked.map((r) => grades[r.id] ?? 0)) / ideal });
    }
    const mean = perWorker.reduce((s, w) => s + w.ndcg, 0) / perWorker.length;
    console.log(
      `evaluation set: nDCG@10 = ${mean.toFixed(3)} over ${perWorker.length} workers; lowest: ${perWorker
        .sort((a, b) => a.ndcg - b.ndcg)
        .slice(0, 3)
        .map((w) => `${w.id} ${w.ndcg.toFixed(2)}`)
        .join(', ')}`,
    );
    expect(violations).toBe(0);
    expect(mean).toBeGreaterThanOrEqual(0.85);
  });

  it('never shows closed, full or congested vacancies, nor hazardous work to a 17-year-old', () => {
    for (const { worker } of EVAL_WORKERS) {
      const ids = rank(worker).map((r) => r.id);
      expect(ids).not.toContain('V33');
      expect(ids).not.toContain('V34');
      expect(ids).not.toContain('V35');
    }
    const minor = EVAL_WORKERS.find((w) => w.worker.id === 'W08')!.worker;
    expect(rank(minor).every((r) => !r.v.hazardous && (r.v.minAge ?? 15) <= 17)).toBe(true);
  });
});
