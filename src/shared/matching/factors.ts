/**
 * Each factor of a (worker, vacancy) pair as a value from 0 to 1 with the i18n key and parameters that explain
 * it. Factors read only the part of a worker or vacancy they need (Pick types), so the in-memory indexes can
 * compute each once per distinct occupation set, place, sector preference or skill list.
 */
import { bestOccupationLevel, OCCUPATION_FIT, type OccupationLevel, occupationLevel } from './isco';
import { areNeighbours } from './provinces';
import { normaliseSkills } from './skills';
import type { MatchSettings, MatchVacancy, MatchWorker } from './types';

type Explained = { value: number; key: string; params: Record<string, string | number> };

export function workerOccupationCodes(w: MatchWorker): string[] {
  const codes = [
    ...w.stays.map((s) => s.occupationIsco),
    ...w.preferredOccupations,
    ...w.skills.map((s) => s.iscoCode),
  ];
  return [...new Set(codes.filter((c): c is string => !!c))].sort();
}

export function occupationFactor(
  w: MatchWorker,
  v: Pick<MatchVacancy, 'occupationIsco'>,
): Explained & { level: OccupationLevel; code: string | null } {
  const { level, code } = bestOccupationLevel(workerOccupationCodes(w), v.occupationIsco);
  return {
    value: OCCUPATION_FIT[level],
    level,
    code,
    key: `matching.factor.occupation.${level}`,
    params: { workerCode: code ?? '', vacancyCode: v.occupationIsco ?? '' },
  };
}

const DAY_MS = 86_400_000;
const STAY_WEIGHT: Partial<Record<OccupationLevel, number>> = { unit: 1, minor: 0.75, adjacent: 0.5 };

/** Years between two instants (ms); a stay whose dates are missing or unreadable still happened: half a year. */
export function yearsBetween(startMs: number, endMs: number): number {
  const years = (endMs - startMs) / DAY_MS / 365.25;
  return Number.isFinite(years) ? Math.max(0, years) : 0.5;
}

export function stayYears(startedOn: string | null, endedOn: string | null, today: string): number {
  return yearsBetween(startedOn ? Date.parse(startedOn) : Number.NaN, Date.parse(endedOn ?? today));
}

/** How much a year in one occupation counts towards a vacancy's: 1 the same, less for related work. */
export const stayWeight = (stayIsco: string, vacancyIsco: string): number =>
  STAY_WEIGHT[occupationLevel(stayIsco, vacancyIsco)] ?? 0;

/** Years abroad in the vacancy's kind of work, stays in related occupations counting for less. */
export function experienceYears(
  w: Pick<MatchWorker, 'stays'>,
  vacancyIsco: string | null,
  today: string,
): number {
  let years = 0;
  for (const stay of w.stays) {
    if (!stay.occupationIsco || !vacancyIsco) continue;
    years += stayWeight(stay.occupationIsco, vacancyIsco) * stayYears(stay.startedOn, stay.endedOn, today);
  }
  return years;
}

export const experienceValue = (years: number, minExperienceYears: number | null): number =>
  Math.min(1, years / Math.max(minExperienceYears ?? 0, 2));

export function experienceFactor(
  w: MatchWorker,
  v: MatchVacancy,
  today: string,
): Explained & { years: number } {
  const years = experienceYears(w, v.occupationIsco, today);
  const rounded = Math.round(years * 10) / 10;
  const value = experienceValue(years, v.minExperienceYears);
  const key =
    years === 0
      ? 'matching.factor.experience.none'
      : v.minExperienceYears && years < v.minExperienceYears
        ? 'matching.factor.experience.below_minimum'
        : 'matching.factor.experience.years';
  return { value, years: rounded, key, params: { years: rounded, minimum: v.minExperienceYears ?? 0 } };
}

export const workerSkillSet = (w: MatchWorker): ReadonlySet<string> =>
  new Set(normaliseSkills(w.skills.map((s) => s.label)));

/** A vacancy's skills as they are compared: essential ones, and optional ones that are not also essential. */
export function vacancySkills(v: Pick<MatchVacancy, 'requiredSkills' | 'optionalSkills'>): {
  required: string[];
  optional: string[];
} {
  const required = normaliseSkills(v.requiredSkills);
  return { required, optional: normaliseSkills(v.optionalSkills).filter((s) => !required.includes(s)) };
}

const NONE_ASKED = 0.6;

export function skillsValue(
  have: ReadonlySet<string>,
  required: readonly string[],
  optional: readonly string[],
): number {
  if (required.length === 0 && optional.length === 0) return NONE_ASKED;
  let found = 0;
  for (const s of required) if (have.has(s)) found++;
  let optionalHave = 0;
  for (const s of optional) if (have.has(s)) optionalHave++;
  const essential = required.length ? found / required.length : 1;
  const extra = optional.length ? optionalHave / optional.length : essential;
  return 0.8 * essential + 0.2 * extra;
}

export function skillsFactor(w: MatchWorker, v: MatchVacancy): Explained & { missing: string[] } {
  const have = workerSkillSet(w);
  const { required, optional } = vacancySkills(v);
  if (required.length === 0 && optional.length === 0)
    return { value: NONE_ASKED, missing: [], key: 'matching.factor.skills.none_asked', params: {} };
  const missing = required.filter((s) => !have.has(s));
  const optionalHave = optional.filter((s) => have.has(s)).length;
  const value = skillsValue(have, required, optional);
  return {
    value,
    missing,
    key: missing.length ? 'matching.factor.skills.missing' : 'matching.factor.skills.all_essential',
    params: {
      have: required.length - missing.length,
      of: required.length,
      optionalHave,
      optionalOf: optional.length,
      missing: missing.join(', '),
    },
  };
}

export type PlaceLevel =
  | 'commune'
  | 'district'
  | 'province'
  | 'preferred'
  | 'neighbour'
  | 'relocate'
  | 'far'
  | 'unknown';

export const PLACE_FIT: Readonly<Record<PlaceLevel, number>> = {
  commune: 1,
  district: 0.85,
  province: 0.7,
  preferred: 0.7,
  neighbour: 0.45,
  relocate: 0.35,
  unknown: 0.3,
  far: 0.1,
};

export type VacancyPlace = Pick<MatchVacancy, 'provinceCode' | 'districtCode' | 'communeCode'>;
/** What the place factor reads of a worker: home and the places they would work. */
export type WorkerPlace = Pick<
  MatchWorker,
  'provinceCode' | 'districtCode' | 'communeCode' | 'preferredProvinces' | 'willingToRelocate'
>;

export function placeLevel(w: WorkerPlace, v: VacancyPlace): PlaceLevel {
  const vp = v.provinceCode;
  if (!vp) return 'unknown';
  if (w.communeCode && w.communeCode === v.communeCode) return 'commune';
  if (w.districtCode && w.districtCode === v.districtCode) return 'district';
  if (w.provinceCode === vp) return 'province';
  if (w.preferredProvinces.includes(vp)) return 'preferred';
  const homes = [w.provinceCode, ...w.preferredProvinces].filter((p): p is string => !!p);
  if (homes.some((p) => areNeighbours(p, vp))) return 'neighbour';
  if (w.willingToRelocate) return 'relocate';
  return homes.length ? 'far' : 'unknown';
}

export function placeFactor(w: WorkerPlace, v: VacancyPlace): Explained & { level: PlaceLevel } {
  const level = placeLevel(w, v);
  return {
    value: PLACE_FIT[level],
    level,
    key: `matching.factor.place.${level}`,
    params: { province: v.provinceCode ?? '', home: w.provinceCode ?? '' },
  };
}

/** Wage factor of an offer for a worker, ignoring the legal-minimum cap: non-decreasing in the offer. */
export function wageValue(offered: number | null, expected: number | null, minimum: number): number {
  if (offered === null) return 0.4;
  if (expected && expected > 0)
    return offered >= expected ? 1 : Math.max(0, 1 - (2 * (expected - offered)) / expected);
  return Math.min(1, Math.max(0, 0.6 + (offered - minimum) / 250));
}

export function offeredWage(v: Pick<MatchVacancy, 'wageMaxUsd' | 'wageMinUsd'>): number | null {
  return v.wageMaxUsd ?? v.wageMinUsd;
}

/** Below the legal minimum a job is never a good wage, whatever the worker expected. */
export function wageFactorValue(
  offered: number | null,
  floor: number | null,
  expected: number | null,
  minimum: number,
): number {
  const value = wageValue(offered, expected, minimum);
  return floor !== null && floor < minimum ? Math.min(value, 0.2) : value;
}

export function wageFactor(
  w: MatchWorker,
  v: MatchVacancy,
  settings: MatchSettings,
): Explained & { belowMinimum: boolean } {
  const minimum = settings.minimumWageUsd(v.sector);
  const offered = offeredWage(v);
  const floor = v.wageMinUsd ?? v.wageMaxUsd;
  const belowMinimum = floor !== null && floor < minimum;
  const value = wageFactorValue(offered, floor, w.expectedWageUsd, minimum);
  const key =
    offered === null
      ? 'matching.factor.wage.unknown'
      : belowMinimum
        ? 'matching.factor.wage.below_minimum'
        : w.expectedWageUsd && offered < w.expectedWageUsd
          ? 'matching.factor.wage.below_expectation'
          : w.expectedWageUsd
            ? 'matching.factor.wage.meets_expectation'
            : 'matching.factor.wage.above_minimum';
  return {
    value,
    belowMinimum,
    key,
    params: { offered: offered ?? 0, floor: floor ?? 0, expected: w.expectedWageUsd ?? 0, minimum },
  };
}

/** What the sector factor reads of a worker: preferences, and the sectors of past work. */
export type WorkerSectors = Pick<MatchWorker, 'preferredSectors'> & {
  stays: readonly { sector: string | null }[];
};

export function sectorFactor(w: WorkerSectors, v: Pick<MatchVacancy, 'sector'>): Explained {
  const sector = v.sector;
  const past = w.stays.some((s) => s.sector && s.sector === sector);
  const params = { sector: sector ?? '' };
  if (!sector) return { value: 0.5, key: 'matching.factor.sector.unknown', params };
  if (w.preferredSectors.includes(sector))
    return { value: 1, key: 'matching.factor.sector.preferred', params };
  if (w.preferredSectors.length === 0)
    return past
      ? { value: 0.7, key: 'matching.factor.sector.past', params }
      : { value: 0.5, key: 'matching.factor.sector.no_preference', params };
  return past
    ? { value: 0.4, key: 'matching.factor.sector.past_not_preferred', params }
    : { value: 0.2, key: 'matching.factor.sector.not_preferred', params };
}

/** The employer's and the offer's decent-work record: NSSF, written contract, normal hours, past outcomes. */
export function decentWorkFactor(v: MatchVacancy): Explained {
  const nssf = v.nssf === true || v.employer.nssfRegistered === true;
  const written = v.contractWritten === true;
  const hoursOk = v.hoursPerWeek === null ? 0.5 : v.hoursPerWeek <= 48 ? 1 : 0;
  const { placements, goodPlacements } = v.employer;
  // Laplace smoothing: no history is an even chance, one good placement is not proof.
  const outcomes = (goodPlacements + 1) / (placements + 2);
  const value = 0.3 * (nssf ? 1 : 0) + 0.3 * (written ? 1 : 0) + 0.1 * hoursOk + 0.3 * outcomes;
  const variant =
    nssf && written ? 'nssf_contract' : nssf ? 'nssf_only' : written ? 'contract_only' : 'neither';
  return {
    value,
    key: `matching.factor.decent_work.${variant}`,
    params: { hours: v.hoursPerWeek ?? '?', placements, goodPlacements },
  };
}

/** The share the policy priorities add to the score (settings: 0-1 each). */
export function priorityPoints(
  w: Pick<MatchWorker, 'sex' | 'hasDisability'>,
  v: Pick<MatchVacancy, 'sector'>,
  settings: MatchSettings,
): Explained {
  const parts: string[] = [];
  let points = 0;
  if (v.sector === 'agriculture' && settings.priority.agriculture) {
    points += settings.priority.agriculture;
    parts.push('agriculture');
  }
  if (w.sex === 'female' && settings.priority.women) {
    points += settings.priority.women;
    parts.push('women');
  }
  if (w.hasDisability && settings.priority.disability) {
    points += settings.priority.disability;
    parts.push('disability');
  }
  return {
    value: points,
    key: parts.length ? 'matching.factor.priority.applied' : 'matching.factor.priority.none',
    params: { percent: Math.round(points * 100), groups: parts.join(',') },
  };
}
