/** Small builders for matching tests and the evaluation set: a plain worker and vacancy with overrides. */
import type { MatchSettings, MatchVacancy, MatchWorker } from './types';

export const TEST_SETTINGS: MatchSettings = {
  minimumWageUsd: (sector) => (sector === 'garment_manufacturing' ? 210 : 210),
  lowestMinimumWageUsd: 210,
  congestionMultiple: 3,
  priority: { agriculture: 0.1, women: 0.1, disability: 0.1 },
};

export function worker(overrides: Partial<MatchWorker> = {}): MatchWorker {
  return {
    id: 'w',
    status: 'active',
    sex: 'male',
    dateOfBirth: null,
    birthYear: 1990,
    hasDisability: false,
    provinceCode: '15',
    districtCode: '1501',
    communeCode: '150101',
    stays: [],
    skills: [],
    preferredSectors: [],
    preferredOccupations: [],
    preferredProvinces: [],
    willingToRelocate: false,
    expectedWageUsd: null,
    shareWithEmployers: true,
    ...overrides,
  };
}

export function vacancy(overrides: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 'v',
    employerId: 'e',
    status: 'open',
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    positions: 5,
    positionsFilled: 0,
    occupationIsco: '9313',
    sector: 'construction',
    provinceCode: '15',
    districtCode: '1501',
    communeCode: '150101',
    wageMinUsd: 250,
    wageMaxUsd: 280,
    contractWritten: true,
    hoursPerWeek: 48,
    nssf: true,
    minAge: 18,
    hazardous: true,
    minExperienceYears: 0,
    requiredSkills: [],
    optionalSkills: [],
    activeReferrals: 0,
    employer: { nssfRegistered: true, placements: 0, goodPlacements: 0 },
    ...overrides,
  };
}

export const stay = (occupationIsco: string, sector: string, years: number) => ({
  occupationIsco,
  sector,
  startedOn: `${2025 - years}-09-01`,
  endedOn: '2025-09-01',
});
