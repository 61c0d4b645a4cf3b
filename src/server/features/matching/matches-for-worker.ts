/**
 * Top N open vacancies for one worker, exactly as exhaustive scoring would rank them. Every open vacancy in the
 * in-memory index (vacancy-index.ts) is scored with the scoring core's own factor functions, each computed once
 * per distinct occupation, place, sector or skill list, and combined by the same arithmetic as `scorePair`; the
 * best are then scored in full by `scorePair` for their explanations.
 */
import {
  experienceValue,
  experienceYears,
  occupationFactor,
  placeFactor,
  priorityPoints,
  sectorFactor,
  skillsValue,
  wageFactorValue,
  workerSkillSet,
} from '../../../shared/matching/factors';
import { ageOn } from '../../../shared/matching/filters';
import { likelihoodFrom, scoreOf, scorePair, suitabilityFrom } from '../../../shared/matching/score';
import type { MatchSettings, MatchWorker, PairScore } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { table } from './interner';
import { RankList } from './rank-list';
import { type LoadedVacancy, toMatchVacancy, vacancyQuery } from './vacancy-features';
import { dayNumber, type VacancyIndex, vacancyIndexFor } from './vacancy-index';

export interface ScoredVacancy extends PairScore {
  id: string;
  vacancy: LoadedVacancy;
}

export interface SearchStats {
  /** Vacancies scored from the index, and those scored in full for their explanations. */
  scored: number;
  explained: number;
}

/** Scores closer than this to the N-th are scored in full too, whatever floating point does. */
const EPSILON = 1e-9;

/** Each eligible vacancy's score, NaN for those a hard filter removes. */
export function scoreIndex(
  index: VacancyIndex,
  worker: MatchWorker,
  settings: MatchSettings,
  today: string,
): Float64Array {
  const scores = new Float64Array(index.vacancies.length).fill(Number.NaN);
  const age = ageOn(worker, today);
  if (age === null || worker.status !== 'active') return scores;
  const todayNumber = dayNumber(today);
  const have = workerSkillSet(worker);
  const codes = index.occupations.values;
  // Each factor once per distinct value, read from arrays in the loop: the loop runs once per open vacancy.
  const occupation = table(
    codes.length,
    (i) => occupationFactor(worker, { occupationIsco: codes[i]! }).value,
  );
  const years = table(codes.length, (i) => experienceYears(worker, codes[i]!, today));
  const place = table(index.places.values.length, (i) => placeFactor(worker, index.places.values[i]!).value);
  const sectors = index.sectors.values;
  const sector = table(sectors.length, (i) => sectorFactor(worker, { sector: sectors[i]! }).value);
  const priority = table(
    sectors.length,
    (i) => priorityPoints(worker, { sector: sectors[i]! }, settings).value,
  );
  const minimum = table(sectors.length, (i) => settings.minimumWageUsd(sectors[i]!));
  const lists = index.skillLists.values;
  const skills = table(lists.length, (i) => skillsValue(have, lists[i]!.required, lists[i]!.optional));
  const expected = worker.expectedWageUsd;
  const multiple = settings.congestionMultiple;
  const { vacancies, closes, positionsLeft, ageNeeded, activeReferrals, offered, floor, decentWork } = index;
  for (let slot = 0; slot < vacancies.length; slot++) {
    if (vacancies[slot] === undefined) continue;
    const close = closes[slot]!;
    const left = positionsLeft[slot]!;
    if ((close !== 0 && close < todayNumber) || left <= 0 || ageNeeded[slot]! > age) continue;
    if (activeReferrals[slot]! >= Math.ceil(multiple * left)) continue;
    const o = index.occupation[slot]!;
    const s = index.sector[slot]!;
    const minExperience = index.minExperience[slot]!;
    const offer = offered[slot]!;
    const low = floor[slot]!;
    const occupationValue = occupation[o]!;
    const placeValue = place[index.place[slot]!]!;
    const wage = wageFactorValue(
      Number.isNaN(offer) ? null : offer,
      Number.isNaN(low) ? null : low,
      expected,
      minimum[s]!,
    );
    const suitability = suitabilityFrom(occupationValue, placeValue, wage, sector[s]!, decentWork[slot]!);
    const likelihood = likelihoodFrom(
      occupationValue,
      experienceValue(years[o]!, Number.isNaN(minExperience) ? null : minExperience),
      skills[index.skills[slot]!]!,
      placeValue,
    );
    scores[slot] = scoreOf(suitability, likelihood, priority[s]!);
  }
  return scores;
}

export async function matchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number },
): Promise<{ results: ScoredVacancy[]; stats: SearchStats }> {
  const { settings, today, limit } = opts;
  const stats: SearchStats = { scored: 0, explained: 0 };
  if (limit <= 0 || worker.status !== 'active') return { results: [], stats };
  const index = await vacancyIndexFor(db);
  const scores = scoreIndex(index, worker, settings, today);
  // The N-th best score, ties broken by id as exhaustive scoring breaks them.
  const best = new RankList<{ id: string; score: number }>(limit);
  for (let slot = 0; slot < scores.length; slot++) {
    const score = scores[slot]!;
    if (Number.isNaN(score)) continue;
    stats.scored++;
    if (!best.closedTo(score)) best.add({ id: index.vacancies[slot]!.id, score });
  }
  const threshold = best.items.length < limit ? -1 : best.items[limit - 1]!.score - EPSILON;
  const ctx = { settings, today, direction: 'worker' as const };
  const top = new RankList<ScoredVacancy>(limit);
  for (let slot = 0; slot < scores.length; slot++) {
    if (!(scores[slot]! >= threshold)) continue;
    const vacancy = index.vacancies[slot]!;
    const scored = scorePair(worker, vacancy, ctx);
    stats.explained++;
    if (scored.eligible) top.add({ ...scored, id: vacancy.id, vacancy });
  }
  return { results: top.items, stats };
}

/** Every open vacancy read from the database and scored in full: the tests' and the benchmark's reference. */
export async function exhaustiveMatchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number },
): Promise<ScoredVacancy[]> {
  const all = (await vacancyQuery(db).execute()).map(toMatchVacancy);
  const top = new RankList<ScoredVacancy>(opts.limit);
  for (const v of all) {
    const scored = scorePair(worker, v, { settings: opts.settings, today: opts.today, direction: 'worker' });
    if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
  }
  return top.items;
}
