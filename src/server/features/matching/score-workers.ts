/**
 * Every indexed worker's score for one vacancy, without building a MatchWorker: one table per factor holds its
 * value for each distinct occupation set, place, sector preference, skill set and expected wage, computed by the
 * scoring core's own functions; per worker only lookups, the stays' years and the arithmetic of `scorePair`
 * remain, in the same order, so the scores are bit for bit the same (worker-index.test.ts checks every one).
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
import { requiredAge } from '../../../shared/matching/filters';
import { bestOccupationLevel, OCCUPATION_FIT } from '../../../shared/matching/isco';
import { likelihoodFrom, scoreOf, suitabilityFrom } from '../../../shared/matching/score';
import type { MatchSettings, MatchVacancy } from '../../../shared/matching/types';
import { table } from './interner';
import { DISABILITY, INLINE_STAYS, WOMAN, type WorkerIndex } from './worker-index';

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
  const decent = decentWorkFactor(vacancy).value;
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
    const suitability = suitabilityFrom(o, p, wage[expectedWage[slot]!]!, sector[sectors[slot]!]!, decent);
    // Unrelated or no work abroad: experienceValue would give 0 too.
    const likelihood = likelihoodFrom(
      o,
      years === 0 ? 0 : experienceValue(years, minExperience),
      skills[skillSet[slot]!]!,
      p,
    );
    scores[slot] = scoreOf(suitability, likelihood, priority[priorityGroup[slot]!]!);
  }
  return scores;
}
