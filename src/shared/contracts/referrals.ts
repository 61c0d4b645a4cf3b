import { z } from 'zod';

export const REFERRAL_STATUSES = [
  'suggested',
  'referred',
  'interview',
  'offer',
  'hired',
  'not_hired',
  'declined_by_worker',
] as const;
export type TReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const ZReferralStatus = z.enum(REFERRAL_STATUSES);

/** Where a referral may go next. Hired, not hired and declined are final. */
export const REFERRAL_TRANSITIONS: Readonly<Record<TReferralStatus, readonly TReferralStatus[]>> = {
  suggested: ['referred', 'declined_by_worker'],
  referred: ['interview', 'offer', 'hired', 'not_hired', 'declined_by_worker'],
  interview: ['offer', 'hired', 'not_hired', 'declined_by_worker'],
  offer: ['hired', 'not_hired', 'declined_by_worker'],
  hired: [],
  not_hired: [],
  declined_by_worker: [],
};
/** Statuses that need a reason. */
export const REASON_STATUSES: readonly TReferralStatus[] = ['not_hired', 'declined_by_worker'];

export const REFERRAL_CONTACT_CHANNELS = ['phone', 'visit', 'email', 'message', 'meeting', 'other'] as const;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZCreateReferral = z.object({
  workerId: z.string().uuid(),
  vacancyId: z.string().uuid(),
  /** `suggested` records a suggestion not yet sent to the employer; default `referred`. */
  status: z.enum(['suggested', 'referred']).optional(),
  matchScore: z.number().min(0).max(1).nullable().optional(),
  note: z.string().max(1000).nullable().optional(),
});
export type TCreateReferral = z.infer<typeof ZCreateReferral>;

export const ZChangeReferral = z.object({
  version: z.number().int().positive(),
  status: ZReferralStatus,
  reason: z.string().trim().max(500).nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
  /** On hire: the first day of work (default today). */
  startedOn: date.optional(),
});
export type TChangeReferral = z.infer<typeof ZChangeReferral>;

export const ZReferralEvent = z.object({
  fromStatus: ZReferralStatus.nullable(),
  toStatus: ZReferralStatus,
  reason: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
  by: z.string().nullable(),
});

export const ZReferralContactInput = z.object({
  occurredOn: date,
  channel: z.enum(REFERRAL_CONTACT_CHANNELS),
  summary: z.string().trim().min(1).max(2000),
});
export type TReferralContactInput = z.infer<typeof ZReferralContactInput>;
export const ZReferralContact = ZReferralContactInput.extend({
  id: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const ZReferral = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  workerRegNo: z.string(),
  vacancyId: z.string(),
  vacancyTitle: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  centreId: z.string(),
  status: ZReferralStatus,
  reason: z.string().nullable(),
  matchScore: z.number().nullable(),
  placementId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TReferral = z.infer<typeof ZReferral>;

export const ZReferralDetail = ZReferral.extend({
  events: z.array(ZReferralEvent),
  contacts: z.array(ZReferralContact),
});
export type TReferralDetail = z.infer<typeof ZReferralDetail>;

export const ZReferralSearch = z.object({
  vacancyId: z.string().uuid().optional(),
  workerId: z.string().uuid().optional(),
  status: ZReferralStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type TReferralSearch = z.infer<typeof ZReferralSearch>;
export const ZReferralList = z.object({ items: z.array(ZReferral) });
