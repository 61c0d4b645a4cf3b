import type { TCandidate, TMatchReason, TVacancyMatch } from '../../../shared/contracts/matching';
import { offeredWage } from '../../../shared/matching/factors';
import type { HardFilter, PairScore } from '../../../shared/matching/types';
import type { ScoredWorker } from './candidates-for-vacancy';
import type { ScoredVacancy } from './matches-for-worker';
import { reasonText } from './reason-text';
import type { LoadedWorker } from './worker-features';

const round1 = (n: number) => Math.round(n * 10) / 10;

export const presentFilter = (f: HardFilter): TMatchReason => ({
  kind: 'filter',
  name: f.name,
  key: f.key,
  params: f.params,
  passed: f.passed,
  text: reasonText(f.key, f.params),
});

/** Factors first (the score, factor by factor), then every hard filter that was applied. */
export function presentReasons(s: PairScore): TMatchReason[] {
  return [
    ...s.factors.map((f) => ({
      kind: 'factor' as const,
      name: f.name,
      key: f.key,
      params: f.params,
      value: f.value,
      points: f.points,
      text: reasonText(f.key, f.params),
    })),
    ...s.filters.map(presentFilter),
  ];
}

const scored = (s: PairScore) => ({
  score: round1(s.score),
  suitability: round1(s.suitability * 100) / 100,
  likelihood: round1(s.likelihood * 100) / 100,
  reasons: presentReasons(s),
  suggestions: s.suggestions,
});

export function presentVacancyMatch(
  r: ScoredVacancy,
  extra: { referralStatus: string | null; consent: boolean },
): TVacancyMatch {
  const v = r.vacancy;
  return {
    vacancyId: v.id,
    sourceId: v.sourceId ?? null,
    title: v.display.title,
    employerName: v.display.employerName,
    occupationIsco: v.occupationIsco,
    sector: v.sector,
    provinceCode: v.provinceCode,
    wageUsd: offeredWage(v),
    ...scored(r),
    canRefer: extra.consent && (extra.referralStatus === null || extra.referralStatus === 'suggested'),
    referralStatus: extra.referralStatus,
  };
}

export function presentCandidate(
  r: ScoredWorker,
  worker: LoadedWorker | undefined,
  extra: { sourceId: string | null; referralStatus: string | null },
): TCandidate {
  return {
    workerId: r.id,
    sourceId: extra.sourceId,
    displayName: worker?.display?.displayName ?? '',
    regNo: worker?.display?.regNo ?? '',
    sex: r.worker.sex,
    provinceCode: r.worker.provinceCode,
    ...scored(r),
    referralStatus: extra.referralStatus,
  };
}
