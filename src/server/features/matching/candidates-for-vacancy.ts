/**
 * Top N shareable workers for one vacancy, exactly as exhaustive scoring would rank them. Every worker in the
 * in-memory index (worker-index.ts) is scored with the scoring core's own factor functions, each computed once
 * per distinct occupation set, place, sector preference or skill set, and combined by the same arithmetic as
 * `scorePair`; the best are then read back and scored in full by `scorePair` for their explanations.
 */
import {
  decentWorkFactor,
  experienceValue,
  offeredWage,
  placeFactor,
  priorityPoints,
  sectorFactor,
  skillsValue,
  stayWeight,
  vacancySkills,
  wageFactorValue,
  yearsBetween,
} from '../../../shared/matching/factors';
import { hardFilters, requiredAge } from '../../../shared/matching/filters';
import { bestOccupationLevel, OCCUPATION_FIT } from '../../../shared/matching/isco';
import {
  LIKELIHOOD_WEIGHTS as L,
  SUITABILITY_WEIGHTS as S,
  scoreOf,
  scorePair,
} from '../../../shared/matching/score';
import type {
  HardFilter,
  MatchSettings,
  MatchVacancy,
  MatchWorker,
  PairScore,
} from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { table } from './interner';
import { RankList } from './rank-list';
import { fromFeatures, loadRegistryWorkers } from './worker-features';
import {
  DISABILITY,
  featureQuery,
  INLINE_STAYS,
  WOMAN,
  type WorkerIndex,
  workerIndexFor,
} from './worker-index';

export interface CandidateStats {
  /** Workers scored from the index, and those read back and scored in full for their explanations. */
  scored: number;
  explained: number;
}

export interface ScoredWorker extends PairScore {
  id: string;
  worker: MatchWorker;
}

/** Scores this close below the N-th are explained too, in case floating point ever strays (at most N more). */
const EPSILON = 1e-9;

const VACANCY_FILTERS: ReadonlySet<HardFilter['name']> = new Set([
  'vacancy_open',
  'positions_left',
  'not_congested',
]);

/** The filters that depend on the vacancy alone: when one fails, no worker can be a candidate. */
export function vacancyBlockers(v: MatchVacancy, settings: MatchSettings, today: string): HardFilter[] {
  const probe: MatchWorker = {
    id: '',
    status: 'active',
    sex: null,
    dateOfBirth: null,
    birthYear: null,
    hasDisability: null,
    provinceCode: null,
    districtCode: null,
    communeCode: null,
    stays: [],
    skills: [],
    preferredSectors: [],
    preferredOccupations: [],
    preferredProvinces: [],
    willingToRelocate: null,
    expectedWageUsd: null,
    shareWithEmployers: true,
  };
  return hardFilters(probe, v, settings, today).filter((f) => VACANCY_FILTERS.has(f.name) && !f.passed);
}

export interface CandidateOptions {
  settings: MatchSettings;
  today: string;
  limit: number;
  /** The centres whose workers the user may see; null for every centre. */
  centreIds: readonly string[] | null;
}

/** Each indexed worker's score for the vacancy, NaN for those a filter or the centre scope removes. */
export function scoreWorkers(
  index: WorkerIndex,
  vacancy: MatchVacancy,
  opts: CandidateOptions,
): Float64Array {
  const { settings, today } = opts;
  const scores = new Float64Array(index.ids.length).fill(Number.NaN);
  const isco = vacancy.occupationIsco;
  const sets = index.occupationSets.values;
  const occupation = table(sets.length, (i) => OCCUPATION_FIT[bestOccupationLevel(sets[i]!, isco).level]);
  const codes = index.codes.values;
  const weight = table(codes.length, (i) => (isco ? stayWeight(codes[i]!, isco) : 0));
  const staySets = index.stayCodeSets.values;
  const relevant = table(staySets.length, (i) => (staySets[i]!.some((c) => weight[c] !== 0) ? 1 : 0));
  const places = index.places.values;
  const place = table(places.length, (i) => placeFactor(places[i]!, vacancy).value);
  const sectorSets = index.sectorSets.values;
  const sector = table(sectorSets.length, (i) => sectorFactor(sectorSets[i]!, vacancy).value);
  const { required, optional } = vacancySkills(vacancy);
  const skillSets = index.skillSets.values;
  const skills = table(skillSets.length, (i) => skillsValue(skillSets[i]!, required, optional));
  const priority = [0, 1, 2, 3].map(
    (g) =>
      priorityPoints(
        { sex: g & WOMAN ? 'female' : null, hasDisability: (g & DISABILITY) !== 0 },
        vacancy,
        settings,
      ).value,
  );
  const offered = offeredWage(vacancy);
  const floor = vacancy.wageMinUsd ?? vacancy.wageMaxUsd;
  const minimum = settings.minimumWageUsd(vacancy.sector);
  const wages = index.wages.values;
  const wage = table(wages.length, (i) => wageFactorValue(offered, floor, wages[i]!, minimum));
  const dw = S.decent_work * decentWorkFactor(vacancy).value;
  const minExperience = vacancy.minExperienceYears;
  const needed = requiredAge(vacancy);
  const year = Number(today.slice(0, 4));
  const monthDay = Number(today.slice(5, 7)) * 100 + Number(today.slice(8, 10));
  const todayMs = Date.parse(today);
  const allowed = opts.centreIds ? new Set(opts.centreIds) : null;
  const centres = index.centres.values.map((c) => !allowed || allowed.has(c));
  const {
    live,
    birthYear,
    birthDay,
    stayCount,
    staySet,
    stayCode,
    stayStart,
    stayEnd,
    expectedWage,
    priorityGroup,
  } = index;
  const { occupations, skills: skillSet, place: placeOf, sectors } = index;
  const centreOf = index.centre;
  const { occupation: so, place: sp, wage: sw, sector: ss } = S;
  const { occupation: lo, experience: le, skills: lk, place: lp } = L;
  const inline = INLINE_STAYS;
  for (let slot = 0, count = scores.length; slot < count; slot++) {
    if (live[slot] === 0 || !centres[centreOf[slot]!]) continue;
    // ageOn: completed years; from a birth year alone, the lower of the two possible ages.
    const born = birthYear[slot]!;
    const day = birthDay[slot]!;
    if (born === 0 || year - born - (day < 0 || monthDay < day ? 1 : 0) < needed) continue;
    let years = 0;
    const n = relevant[staySet[slot]!] === 0 ? 0 : stayCount[slot]!;
    // A stay in unrelated work adds 0 (its years are finite): skipping it leaves the sum bit for bit the same.
    if (n > inline)
      for (const s of index.moreStays.get(slot)!) {
        const w = weight[s.code]!;
        if (w !== 0) years += w * yearsBetween(s.start, s.end === Number.POSITIVE_INFINITY ? todayMs : s.end);
      }
    else
      for (let k = slot * inline, end = k + n; k < end; k++) {
        const w = weight[stayCode[k]!]!;
        if (w === 0) continue;
        const to = stayEnd[k]!;
        years += w * yearsBetween(stayStart[k]!, to === Number.POSITIVE_INFINITY ? todayMs : to);
      }
    const o = occupation[occupations[slot]!]!;
    const p = place[placeOf[slot]!]!;
    // suitabilityOf and likelihoodOf written out, same weights and order: no object per worker.
    const suitability = so * o + sp * p + sw * wage[expectedWage[slot]!]! + ss * sector[sectors[slot]!]! + dw;
    const likelihood =
      lo * o +
      (years === 0 ? 0 : le * experienceValue(years, minExperience)) +
      lk * skills[skillSet[slot]!]! +
      lp * p;
    scores[slot] = scoreOf(suitability, likelihood, priority[priorityGroup[slot]!]!);
  }
  return scores;
}

/** The slots of the N best scores (ties broken by id), and up to N more within EPSILON below the N-th. */
function bestSlots(index: WorkerIndex, scores: Float64Array, limit: number, stats: CandidateStats): number[] {
  const best = new RankList<{ id: string; score: number; slot: number }>(limit);
  for (let slot = 0; slot < scores.length; slot++) {
    const score = scores[slot]!;
    if (Number.isNaN(score)) continue;
    stats.scored++;
    if (!best.closedTo(score)) best.add({ id: index.ids[slot]!, score, slot });
  }
  const chosen = best.items.map((b) => b.slot);
  if (best.items.length < limit) return chosen;
  const nth = best.items[limit - 1]!.score;
  const taken = new Set(chosen);
  const near = new RankList<{ id: string; score: number; slot: number }>(limit);
  for (let slot = 0; slot < scores.length; slot++)
    if (scores[slot]! >= nth - EPSILON && !taken.has(slot))
      near.add({ id: index.ids[slot]!, score: scores[slot]!, slot });
  return [...chosen, ...near.items.map((b) => b.slot)];
}

export async function candidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: CandidateOptions,
): Promise<{ results: ScoredWorker[]; stats: CandidateStats }> {
  const { settings, today, limit } = opts;
  const stats: CandidateStats = { scored: 0, explained: 0 };
  if (limit <= 0 || vacancyBlockers(vacancy, settings, today).length) return { results: [], stats };
  const index = await workerIndexFor(db);
  const slots = bestSlots(index, scoreWorkers(index, vacancy, opts), limit, stats);
  const ids = slots.map((slot) => index.ids[slot]!);
  const rows = ids.length ? await featureQuery(db).where('worker_id', 'in', ids).execute() : [];
  const ctx = { settings, today, direction: 'vacancy' as const };
  const top = new RankList<ScoredWorker>(limit);
  for (const r of rows) {
    const w = fromFeatures(r, { status: 'active', share: true });
    const scored = scorePair(w, vacancy, ctx);
    stats.explained++;
    if (scored.eligible) top.add({ ...scored, id: w.id, worker: w });
  }
  return { results: top.items, stats };
}

/** Every worker scored from the registry tables (not the trigger-kept features): the tests' reference. */
export async function exhaustiveCandidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: CandidateOptions,
): Promise<ScoredWorker[]> {
  const top = new RankList<ScoredWorker>(opts.limit);
  const ctx = { settings: opts.settings, today: opts.today, direction: 'vacancy' as const };
  for (const w of await loadRegistryWorkers(db, null)) {
    if (opts.centreIds && !opts.centreIds.includes(w.display!.centreId)) continue;
    const scored = scorePair(w, vacancy, ctx);
    if (scored.eligible) top.add({ ...scored, id: w.id, worker: w });
  }
  return top.items;
}
