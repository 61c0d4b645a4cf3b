import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DecentItemCode } from '../../../shared/contracts/job-settings';
import type { Currency, WagePeriod } from '../vacancies/vacancies.table';

type Json<T> = ColumnType<T, T | string, T | string>;
type DateText = ColumnType<string, string, string>;
type Numeric = ColumnType<string | null, number | string | null, number | string | null>;

export interface PlacementsTable {
  id: Generated<string>;
  worker_id: string;
  centre_id: string;
  referral_id: string | null;
  vacancy_id: string | null;
  employer_id: string | null;
  /** For work the worker found with an employer not in Homeward, or the self-employed activity. */
  employer_name: string | null;
  kind: 'wage' | 'self';
  found_by: 'referral' | 'worker';
  sector: string | null;
  occupation_isco: string | null;
  title: string | null;
  province_code: string | null;
  district_code: string | null;
  commune_code: string | null;
  started_on: DateText;
  ended_on: ColumnType<string | null, string | null, string | null>;
  end_reason: string | null;
  wage_amount: Numeric;
  wage_currency: Currency | null;
  wage_per: WagePeriod | null;
  contract_written: boolean | null;
  hours_per_week: Numeric;
  nssf_registered: boolean | null;
  /** Monthly income before return (US$), the livelihood baseline. */
  baseline_income_usd: Numeric;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type PlacementRow = Selectable<PlacementsTable>;

export const FOLLOW_UP_STAGES = ['placement', 'day30', 'day90', 'day180'] as const;
export type FollowUpStage = (typeof FOLLOW_UP_STAGES)[number];

export { DECENT_ITEMS } from '../../../shared/contracts/job-settings';
export type DecentItem = DecentItemCode;

/** What the counsellor recorded: true, false, or null when unknown. */
export type Checklist = Partial<Record<DecentItem, boolean | null>>;

export interface PlacementFollowUpsTable {
  id: Generated<string>;
  placement_id: string;
  stage: FollowUpStage;
  due_on: DateText;
  done_on: ColumnType<string | null, string | null, string | null>;
  checklist: Json<Checklist> | null;
  /** Per item: holds, fails, unknown or not applicable, with the figures used (wage vs minimum). */
  evaluation: Json<Record<string, unknown>> | null;
  decent: boolean | null;
  livelihood_ok: boolean | null;
  income_usd_month: Numeric;
  note: string | null;
  recorded_by: string | null;
  version: Generated<number>;
  updated_at: ColumnType<Date, never, Date>;
}
export type PlacementFollowUpRow = Selectable<PlacementFollowUpsTable>;
