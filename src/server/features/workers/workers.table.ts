import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, T | string, T | string>;

export interface WorkersTable {
  id: Generated<string>;
  reg_no: string;
  centre_id: string;
  status: Generated<'active' | 'inactive' | 'merged'>;
  merged_into: string | null;
  family_name_km: string | null;
  given_name_km: string | null;
  family_name_latin: string | null;
  given_name_latin: string | null;
  full_name: string | null;
  display_name: string;
  /** Phonetic Latin keys and Khmer keys of every name part: the blocking and search keys. */
  name_tokens: string[];
  /** All name keys in one string, for trigram (fuzzy) search. */
  name_search: string;
  sex: 'female' | 'male' | 'other' | null;
  date_of_birth: ColumnType<string | null, string | null, string | null>;
  birth_year: number | null;
  birth_precision: 'date' | 'year' | 'age' | null;
  national_id: string | null;
  passport_no: string | null;
  thai_documents: Json<unknown[]>;
  address_code: string | null;
  province_code: string | null;
  district_code: string | null;
  commune_code: string | null;
  village_code: string | null;
  address_detail: string | null;
  household: Json<unknown> | null;
  disability: Json<Record<string, string>> | null;
  has_disability: boolean | null;
  education: string | null;
  literacy: Json<unknown> | null;
  languages: string[];
  return_date: ColumnType<string | null, string | null, string | null>;
  return_crossing: string | null;
  return_reason: string | null;
  last_country: string | null;
  last_sector: string | null;
  preferences: Json<Record<string, unknown>>;
  registration_channel: string;
  registered_on: ColumnType<string, string, string>;
  flags: string[];
  version: Generated<number>;
  /**
   * The worker's prepared comparison features (shared/dedup/features.ts) as an import stored them, valid while
   * features_row_version equals version.
   */
  features: string | null;
  features_row_version: number | null;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type WorkerRow = Selectable<WorkersTable>;

export interface WorkerKeysTable {
  key: string;
  worker_id: string;
  /** What narrows a name key's block (dedup/blocks.ts): '' and 0-9999 when unknown, fitting everything. */
  sex: 'M' | 'F' | '';
  province: string;
  born_from: number;
  born_to: number;
}

export interface NameCountsTable {
  part: 'family' | 'given';
  key: string;
  n: number;
}

export interface WorkerPhonesTable {
  worker_id: string;
  e164: string;
  position: number;
}

export interface WorkerMigrationsTable {
  id: Generated<string>;
  worker_id: string;
  country: string;
  sector: string | null;
  occupation_isco: string | null;
  employer: string | null;
  started_on: string | null;
  ended_on: string | null;
  monthly_wage: string | number | null;
  wage_currency: string | null;
  documented: boolean | null;
  recruitment_channel: string | null;
  debt_amount: string | number | null;
  debt_currency: string | null;
  position: number;
}

export interface WorkerSkillsTable {
  id: Generated<string>;
  worker_id: string;
  label: string;
  isco_code: string | null;
  kind: 'self_declared' | 'trained' | 'certified';
  cqf_level: number | null;
}

export interface WorkerConsentsTable {
  id: Generated<string>;
  worker_id: string;
  kind: string;
  granted: boolean;
  recorded_at: Generated<Date>;
  recorded_by: string | null;
}

export interface SourceRecordsTable {
  id: Generated<string>;
  source: string;
  source_id: string;
  worker_id: string;
  data: Json<Record<string, unknown>>;
  /** The data's prepared comparison features (shared/dedup/features.ts), when the writer stored them. */
  features: string | null;
  import_job_id: string | null;
  link_score: number | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface RegCountersTable {
  centre_id: string;
  year: number;
  last: number;
}

export interface DedupPairsTable {
  worker_a: string;
  worker_b: string;
  score: number;
  status: 'review' | 'linked' | 'same' | 'distinct';
  reasons: Json<unknown[]>;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: ColumnType<Date, never, never>;
}

export interface WorkerMergesTable {
  id: Generated<string>;
  survivor_id: string;
  merged_id: string;
  snapshot: Json<Record<string, unknown>>;
  merged_by: string | null;
  merged_at: ColumnType<Date, never, never>;
  undone_at: Date | null;
  undone_by: string | null;
}

export interface ImportRejectsTable {
  job_id: string;
  row_number: number;
  source_id: string | null;
  reason: string;
  /** Migration 0008: the reason as a code and its values (shared/contracts/import-problems.ts). */
  reason_code: string | null;
  reason_params: Json<Record<string, string | number>> | null;
  raw: Json<Record<string, unknown>> | null;
}
