/**
 * The score of a (worker, vacancy) pair: suitability for the worker (is this a job they want: their kind of
 * work, near enough, paid enough, their sector, a decent employer) and likelihood of hire (would the employer
 * take them: occupation, experience, skills, a local candidate), combined by geometric mean so neither can make
 * up for the other being near zero. The policy priority (a setting: agriculture, women, people with
 * disabilities) then raises the score by its share: 0-100, up to 100 × (1 + the priorities that apply).
 */
import {
  decentWorkFactor,
  experienceFactor,
  occupationFactor,
  placeFactor,
  priorityPoints,
  sectorFactor,
  skillsFactor,
  wageFactor,
} from './factors';
import { hardFilters, passesFilters } from './filters';
import type {
  Factor,
  FactorName,
  MatchDirection,
  MatchSettings,
  MatchVacancy,
  MatchWorker,
  PairScore,
  Suggestion,
} from './types';

export type Components = Record<Exclude<FactorName, 'priority'>, number>;

export const SUITABILITY_WEIGHTS = {
  occupation: 0.25,
  place: 0.25,
  wage: 0.25,
  sector: 0.1,
  decent_work: 0.15,
} as const;
export const LIKELIHOOD_WEIGHTS = { occupation: 0.35, experience: 0.15, skills: 0.35, place: 0.15 } as const;

const S = SUITABILITY_WEIGHTS;
const L = LIKELIHOOD_WEIGHTS;

/**
 * Suitability from its factors' values, without an object: the in-memory indexes call it for every open
 * vacancy or every shareable worker, and suitabilityOf runs the very same arithmetic.
 */
export const suitabilityFrom = (
  occupation: number,
  place: number,
  wage: number,
  sector: number,
  decentWork: number,
): number =>
  S.occupation * occupation +
  S.place * place +
  S.wage * wage +
  S.sector * sector +
  S.decent_work * decentWork;

/** Likelihood from its factors' values, as suitabilityFrom. */
export const likelihoodFrom = (
  occupation: number,
  experience: number,
  skills: number,
  place: number,
): number => L.occupation * occupation + L.experience * experience + L.skills * skills + L.place * place;

export const suitabilityOf = (c: Components): number =>
  suitabilityFrom(c.occupation, c.place, c.wage, c.sector, c.decent_work);

export const likelihoodOf = (c: Components): number =>
  likelihoodFrom(c.occupation, c.experience, c.skills, c.place);

/**
 * The score from its parts, without allocating: the in-memory indexes call it for every open vacancy or
 * every shareable worker, and `combine` below runs the very same arithmetic, so both agree to the last bit.
 */
export function scoreOf(suitability: number, likelihood: number, priority: number): number {
  return 100 * Math.sqrt(suitability * likelihood) * (1 + priority);
}

/** Non-decreasing in every component: an upper bound on each component gives an upper bound on the score. */
export function combine(
  c: Components,
  priority: number,
): { score: number; base: number; suitability: number; likelihood: number } {
  const suitability = suitabilityOf(c);
  const likelihood = likelihoodOf(c);
  const base = 100 * Math.sqrt(suitability * likelihood);
  return { score: scoreOf(suitability, likelihood, priority), base, suitability, likelihood };
}

/**
 * Each factor's share of the points: the geometric mean splits exactly into half of each factor's share of
 * suitability plus half of its share of likelihood.
 */
function pointsOf(name: keyof Components, value: number, s: number, h: number, base: number): number {
  if (s <= 0 || h <= 0) return 0;
  const ws = (SUITABILITY_WEIGHTS as Record<string, number>)[name] ?? 0;
  const wh = (LIKELIHOOD_WEIGHTS as Record<string, number>)[name] ?? 0;
  return base * ((ws * value) / (2 * s) + (wh * value) / (2 * h));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scorePair(
  worker: MatchWorker,
  vacancy: MatchVacancy,
  ctx: { settings: MatchSettings; today: string; direction: MatchDirection },
): PairScore {
  const occupation = occupationFactor(worker, vacancy);
  const experience = experienceFactor(worker, vacancy, ctx.today);
  const skills = skillsFactor(worker, vacancy);
  const place = placeFactor(worker, vacancy);
  const wage = wageFactor(worker, vacancy, ctx.settings);
  const sector = sectorFactor(worker, vacancy);
  const decent = decentWorkFactor(vacancy);
  const priority = priorityPoints(worker, vacancy, ctx.settings);
  const explained = { occupation, experience, skills, place, wage, sector, decent_work: decent } as const;
  const components = Object.fromEntries(
    Object.entries(explained).map(([k, f]) => [k, f.value]),
  ) as Components;
  const { score, base, suitability, likelihood } = combine(components, priority.value);
  const factors: Factor[] = Object.entries(explained).map(([name, f]) => ({
    name: name as FactorName,
    value: round1(f.value * 100) / 100,
    points: round1(pointsOf(name as keyof Components, f.value, suitability, likelihood, base)),
    key: f.key,
    params: f.params,
  }));
  factors.push({
    name: 'priority',
    value: priority.value,
    points: round1(base * priority.value),
    key: priority.key,
    params: priority.params,
  });
  const filters = hardFilters(worker, vacancy, ctx.settings, ctx.today);
  const suggestions: Suggestion[] = [];
  if (occupation.level === 'adjacent')
    suggestions.push({
      kind: 'adjacent_occupation',
      key: 'matching.suggest.adjacent',
      params: { from: occupation.code ?? '', to: vacancy.occupationIsco ?? '' },
    });
  const missingSkill = skills.missing.length === 1 ? skills.missing[0]! : null;
  if (missingSkill)
    suggestions.push({ kind: 'training', key: 'matching.suggest.training', params: { skill: missingSkill } });
  return {
    score,
    suitability,
    likelihood,
    eligible: passesFilters(filters, ctx.direction),
    factors,
    filters,
    suggestions,
    missingSkill,
  };
}

/** Rank order shared by the fast path and exhaustive scoring: score, then id, so ties break the same way. */
export function byRank<T extends { score: number; id: string }>(a: T, b: T): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
