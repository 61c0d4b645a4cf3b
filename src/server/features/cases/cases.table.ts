import type { ColumnType, Generated, Selectable } from 'kysely';

type DateCol = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null, string | null>;
type Json<T> = ColumnType<T, T | string, T | string>;
type Created = ColumnType<Date, never, never>;
type Updated = ColumnType<Date, never, Date>;

export interface PartnersTable {
  id: Generated<string>;
  kind: string;
  name_km: string;
  name_latin: string;
  province_code: string | null;
  contact: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Created;
  updated_at: Updated;
}
export type PartnerRow = Selectable<PartnersTable>;

export interface ServiceContactsTable {
  id: Generated<string>;
  worker_id: string;
  centre_id: string;
  staff_id: string;
  contact_date: DateCol;
  channel: string;
  services: string[];
  duration_minutes: number | null;
  notes: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Updated;
}
export type ServiceContactRow = Selectable<ServiceContactsTable>;

type Needs = Record<string, { level: string; notes: string | null }>;

export interface CasePlansTable {
  id: Generated<string>;
  worker_id: string;
  centre_id: string;
  counsellor_id: string;
  status: Generated<'open' | 'active' | 'closed'>;
  closed_reason: string | null;
  closed_at: Date | null;
  needs: ColumnType<Needs, Needs | string | undefined, Needs | string>;
  goals: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Created;
  updated_at: Updated;
}
export type CasePlanRow = Selectable<CasePlansTable>;

export interface CaseActionsTable {
  id: Generated<string>;
  case_plan_id: string;
  description: string;
  owner_id: string;
  due_on: DateCol;
  status: Generated<'planned' | 'in_progress' | 'done' | 'cancelled'>;
  completed_at: Date | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Updated;
}
export type CaseActionRow = Selectable<CaseActionsTable>;

export interface CaseReviewsTable {
  id: Generated<string>;
  case_plan_id: string;
  due_on: DateCol;
  done_on: NullableDate;
  notes: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Updated;
}
export type CaseReviewRow = Selectable<CaseReviewsTable>;

export interface CaseTransfersTable {
  id: Generated<string>;
  case_plan_id: string;
  from_user_id: string;
  from_centre_id: string;
  to_user_id: string;
  to_centre_id: string;
  note: string | null;
  status: Generated<'pending' | 'accepted' | 'declined' | 'cancelled'>;
  decision_note: string | null;
  requested_by: string | null;
  requested_at: Created;
  decided_by: string | null;
  decided_at: Date | null;
}
export type CaseTransferRow = Selectable<CaseTransfersTable>;

export interface PartnerReferralsTable {
  id: Generated<string>;
  worker_id: string;
  centre_id: string;
  partner_id: string;
  case_plan_id: string | null;
  referred_on: DateCol;
  reason: string;
  status: Generated<'sent' | 'accepted' | 'service_given' | 'closed' | 'declined'>;
  feedback: string | null;
  feedback_on: NullableDate;
  referred_by: string | null;
  version: Generated<number>;
  created_at: Created;
  updated_at: Updated;
}
export type PartnerReferralRow = Selectable<PartnerReferralsTable>;
