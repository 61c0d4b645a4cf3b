import type { ColumnType, Generated, Selectable } from 'kysely';

export const REFERRAL_STATUSES = [
  'suggested',
  'referred',
  'interview',
  'offer',
  'hired',
  'not_hired',
  'declined_by_worker',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Referrals that hold a place in the employer's queue: congestion control counts these. */
export const ACTIVE_REFERRAL_STATUSES = [
  'referred',
  'interview',
  'offer',
] as const satisfies readonly ReferralStatus[];

export interface JobReferralsTable {
  id: Generated<string>;
  worker_id: string;
  vacancy_id: string;
  /** The worker's centre when the referral was made: who may see and move it. */
  centre_id: string;
  status: ReferralStatus;
  /** Why not hired or declined. */
  reason: string | null;
  /** The matching score when the referral came from a suggestion. */
  match_score: number | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type JobReferralRow = Selectable<JobReferralsTable>;

/** Status history: who moved the referral, when, from what to what. */
export interface JobReferralEventsTable {
  id: Generated<string>;
  referral_id: string;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  reason: string | null;
  note: string | null;
  at: ColumnType<Date, never, never>;
  by_user: string | null;
}

export const REFERRAL_CONTACT_CHANNELS = ['phone', 'visit', 'email', 'message', 'meeting', 'other'] as const;
export type ReferralContactChannel = (typeof REFERRAL_CONTACT_CHANNELS)[number];

/** Contacts with the employer about this referral. */
export interface JobReferralContactsTable {
  id: Generated<string>;
  referral_id: string;
  occurred_on: ColumnType<string, string, string>;
  channel: ReferralContactChannel;
  summary: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}
