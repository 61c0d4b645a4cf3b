import type { ColumnType, Generated, Selectable } from 'kysely';

type DateText = ColumnType<string | null, string | null, string | null>;
/** numeric columns: the drivers return them as strings; write numbers. */
type Numeric = ColumnType<string | null, number | string | null, number | string | null>;

export const VACANCY_STATUSES = ['open', 'closed', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
export const VACANCY_ORIGINS = ['employer_request', 'job_fair', 'nea'] as const;
export type VacancyOrigin = (typeof VACANCY_ORIGINS)[number];
export const CURRENCIES = ['USD', 'KHR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const WAGE_PERIODS = ['month', 'day', 'piece'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];
export const CONTRACT_DURATIONS = ['fixed', 'undetermined'] as const;
export type ContractDuration = (typeof CONTRACT_DURATIONS)[number];

export interface VacanciesTable {
  id: Generated<string>;
  /** Import source name and id there (`homeward vacancies import`): re-import updates the same row. */
  source: string | null;
  source_id: string | null;
  employer_id: string;
  /** How the vacancy reached the centre (domain: employer request, job fair, NEA). */
  origin: Generated<VacancyOrigin>;
  title: string;
  occupation_isco: string | null;
  sector: string | null;
  positions: number;
  positions_filled: Generated<number>;
  province_code: string | null;
  district_code: string | null;
  commune_code: string | null;
  wage_min: Numeric;
  wage_max: Numeric;
  wage_currency: Generated<Currency>;
  wage_per: Generated<WagePeriod>;
  contract_written: boolean | null;
  contract_duration: ContractDuration | null;
  hours_per_week: Numeric;
  nssf: Generated<boolean>;
  accommodation: Generated<boolean>;
  transport: Generated<boolean>;
  meals: Generated<boolean>;
  /** Skill labels as the occupation lists them (the demo and import use the same vocabulary). */
  skills_required: Generated<string[]>;
  skills_optional: Generated<string[]>;
  min_experience_years: ColumnType<string, number | string | undefined, number | string>;
  min_age: Generated<number>;
  /** Hazardous work is reserved for adults: the database refuses min_age < 18 with it. */
  hazardous: Generated<boolean>;
  literacy_required: Generated<boolean>;
  opens_on: DateText;
  closes_on: DateText;
  status: Generated<VacancyStatus>;
  description: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type VacancyRow = Selectable<VacanciesTable>;
