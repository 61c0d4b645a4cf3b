import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TLegalAction, TLegalAmount } from '../../../shared/contracts/legal';

type Json<T> = ColumnType<T, T | string, T | string>;
type Day = ColumnType<string, string | undefined, string>;

export interface LegalCasesTable {
  id: Generated<string>;
  worker_id: string;
  centre_id: string;
  handler_id: string;
  claim_type: string;
  respondent_kind: string | null;
  respondent_name: string | null;
  respondent_country: string | null;
  amounts: Json<TLegalAmount[]>;
  actions: Json<TLegalAction[]>;
  notes: string | null;
  status: Generated<string>;
  outcome: string | null;
  outcome_notes: string | null;
  opened_on: Day;
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
export type LegalCaseRow = Selectable<LegalCasesTable>;
