/** Plain inputs and outputs of the matching core: no database, no HTTP, so the same code scores everywhere. */

export interface MatchStay {
  occupationIsco: string | null;
  sector: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface MatchWorker {
  id: string;
  sourceId?: string | null;
  status: 'active' | 'inactive' | 'merged';
  sex: 'female' | 'male' | 'other' | null;
  dateOfBirth: string | null;
  birthYear: number | null;
  hasDisability: boolean | null;
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
  stays: readonly MatchStay[];
  /** Skill labels as recorded (normalised when compared) with their ISCO codes where known. */
  skills: readonly { label: string; iscoCode: string | null; kind: string }[];
  preferredSectors: readonly string[];
  preferredOccupations: readonly string[];
  preferredProvinces: readonly string[];
  willingToRelocate: boolean | null;
  expectedWageUsd: number | null;
  /** Latest answer to "share my profile with employers". */
  shareWithEmployers: boolean;
}

export interface MatchEmployerRecord {
  nssfRegistered: boolean | null;
  /** Past placements with this employer, and how many were decent (or still employed at 90 days). */
  placements: number;
  goodPlacements: number;
}

export interface MatchVacancy {
  id: string;
  sourceId?: string | null;
  employerId: string | null;
  status: string;
  opensOn: string | null;
  closesOn: string | null;
  positions: number;
  positionsFilled: number;
  occupationIsco: string | null;
  sector: string | null;
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
  wageMinUsd: number | null;
  wageMaxUsd: number | null;
  contractWritten: boolean | null;
  hoursPerWeek: number | null;
  nssf: boolean | null;
  minAge: number | null;
  hazardous: boolean;
  minExperienceYears: number | null;
  requiredSkills: readonly string[];
  optionalSkills: readonly string[];
  /** Referrals at referred, interview or offer. */
  activeReferrals: number;
  employer: MatchEmployerRecord;
}

/** The settings matching reads (jobs-core keeps them editable). */
export interface MatchSettings {
  /** Legal minimum monthly wage (US$) for the vacancy's sector, or the reference floor. */
  minimumWageUsd: (sector: string | null) => number;
  /** A vacancy stops being suggested when active referrals reach this multiple of its open positions. */
  congestionMultiple: number;
  /** Share added to the score for the project's policy priorities (0-1 each). */
  priority: { agriculture: number; women: number; disability: number };
  /** The lowest minimum any sector has: bounds the wage factor before the sector is known. */
  lowestMinimumWageUsd: number;
}

export type FilterName =
  | 'vacancy_open'
  | 'positions_left'
  | 'old_enough'
  | 'available'
  | 'consent'
  | 'not_congested';

export interface HardFilter {
  name: FilterName;
  passed: boolean;
  key: string;
  params: Record<string, string | number>;
}

export type FactorName =
  | 'occupation'
  | 'experience'
  | 'skills'
  | 'place'
  | 'wage'
  | 'sector'
  | 'decent_work'
  | 'priority';

export interface Factor {
  name: FactorName;
  /** 0-1 before weighting (priority: the share added). */
  value: number;
  /** Points this factor brings to the 0-100 score. */
  points: number;
  key: string;
  params: Record<string, string | number>;
}

export interface Suggestion {
  kind: 'adjacent_occupation' | 'training';
  key: string;
  params: Record<string, string | number>;
}

export interface PairScore {
  score: number;
  suitability: number;
  likelihood: number;
  eligible: boolean;
  factors: Factor[];
  filters: HardFilter[];
  suggestions: Suggestion[];
  /** The one essential skill that is missing, when exactly one is. */
  missingSkill: string | null;
}

export type MatchDirection = 'worker' | 'vacancy';
