/**
 * Suggestions across a worker's matches: adjacent occupations the list proposes on purpose, and the single
 * missing essential skill that stands between the worker and several good jobs (training or RPL).
 */
import type { TWorkerMatches } from '../../../shared/contracts/matching';
import type { ScoredVacancy } from './matches-for-worker';

export function suggestionsFrom(
  results: readonly ScoredVacancy[],
): Pick<TWorkerMatches, 'training' | 'adjacent'> {
  const training = new Map<string, { jobs: number; bestScore: number }>();
  const adjacent = new Map<string, { fromIsco: string; toIsco: string; jobs: number }>();
  for (const r of results) {
    if (r.missingSkill) {
      const t = training.get(r.missingSkill) ?? { jobs: 0, bestScore: 0 };
      training.set(r.missingSkill, {
        jobs: t.jobs + 1,
        bestScore: Math.max(t.bestScore, Math.round(r.score * 10) / 10),
      });
    }
    for (const s of r.suggestions) {
      if (s.kind !== 'adjacent_occupation') continue;
      const key = `${s.params.from}>${s.params.to}`;
      const a = adjacent.get(key) ?? {
        fromIsco: String(s.params.from),
        toIsco: String(s.params.to),
        jobs: 0,
      };
      adjacent.set(key, { ...a, jobs: a.jobs + 1 });
    }
  }
  return {
    training: [...training]
      .map(([skill, t]) => ({ skill, ...t }))
      .sort((a, b) => b.jobs - a.jobs || b.bestScore - a.bestScore),
    adjacent: [...adjacent.values()].sort((a, b) => b.jobs - a.jobs),
  };
}
