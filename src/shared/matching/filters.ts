/**
 * The hard filters: a pair that fails one is never suggested. Each is reported by name, passed or not, so a
 * counsellor sees what was checked as well as what blocked.
 */
import type { HardFilter, MatchDirection, MatchSettings, MatchVacancy, MatchWorker } from './types';

/** The youngest age anyone may work at (Labour Law); hazardous work needs 18. */
export const LEGAL_WORKING_AGE = 15;
export const HAZARDOUS_WORK_AGE = 18;

/** Completed years on `today`; from a birth year alone, the lower of the two possible ages. */
export function ageOn(w: Pick<MatchWorker, 'dateOfBirth' | 'birthYear'>, today: string): number | null {
  const year = Number(today.slice(0, 4));
  if (w.dateOfBirth) {
    const age = year - Number(w.dateOfBirth.slice(0, 4));
    return today.slice(5) >= w.dateOfBirth.slice(5) ? age : age - 1;
  }
  return w.birthYear ? year - w.birthYear - 1 : null;
}

export function requiredAge(v: Pick<MatchVacancy, 'minAge' | 'hazardous'>): number {
  return Math.max(v.minAge ?? LEGAL_WORKING_AGE, v.hazardous ? HAZARDOUS_WORK_AGE : 0);
}

export function openPositions(v: Pick<MatchVacancy, 'positions' | 'positionsFilled'>): number {
  return Math.max(0, v.positions - v.positionsFilled);
}

/** Active referrals a vacancy may carry before it stops being suggested. */
export function referralCap(
  v: Pick<MatchVacancy, 'positions' | 'positionsFilled'>,
  multiple: number,
): number {
  return Math.ceil(multiple * openPositions(v));
}

const filter = (
  name: HardFilter['name'],
  passed: boolean,
  params: HardFilter['params'] = {},
): HardFilter => ({
  name,
  passed,
  key: `matching.filter.${name}.${passed ? 'pass' : 'fail'}`,
  params,
});

export function hardFilters(
  w: MatchWorker,
  v: MatchVacancy,
  settings: MatchSettings,
  today: string,
): HardFilter[] {
  const age = ageOn(w, today);
  const needed = requiredAge(v);
  const cap = referralCap(v, settings.congestionMultiple);
  return [
    filter('vacancy_open', v.status === 'open' && (!v.closesOn || v.closesOn >= today), {
      status: v.status,
      closesOn: v.closesOn ?? '',
    }),
    filter('positions_left', openPositions(v) > 0, { left: openPositions(v) }),
    filter('old_enough', age !== null && age >= needed, { age: age ?? '?', minimum: needed }),
    filter('available', w.status === 'active', { status: w.status }),
    filter('consent', w.shareWithEmployers),
    filter('not_congested', v.activeReferrals < cap, { active: v.activeReferrals, cap }),
  ];
}

/**
 * Whether the pair may be listed. Consent gates the candidates list (the employer side sees the profile); in a
 * worker's own matches it does not hide a job, it blocks the referral and the explanation says so.
 */
export function passesFilters(filters: readonly HardFilter[], direction: MatchDirection): boolean {
  return filters.every((f) => f.passed || (direction === 'worker' && f.name === 'consent'));
}
