import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().positive();

export const CONTACT_CHANNELS = ['walk_in', 'outreach', 'phone', 'online', 'job_fair'] as const;
export const CONTACT_SERVICES = [
  'information',
  'counselling',
  'legal_assistance',
  'job_matching',
  'training_referral',
  'psychosocial',
  'other',
] as const;
export const NEED_AREAS = [
  'employment',
  'skills',
  'legal',
  'debt_finance',
  'health',
  'psychosocial',
  'family',
] as const;
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const CASE_STATUSES = ['open', 'active', 'closed'] as const;
export const CLOSED_REASONS = [
  'goals_met',
  'employed',
  'moved_away',
  'remigrated',
  'declined_services',
  'unreachable',
  'other',
] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;

/** A short reference to a staff member, for owners, counsellors and who recorded what. */
export const ZStaffRef = z.object({ id: z.string(), name: z.string() });
export const ZWorkerRef = z.object({ id: z.string(), regNo: z.string(), displayName: z.string() });

// ---- service contacts
const contactFields = {
  contactDate: isoDate,
  channel: z.enum(CONTACT_CHANNELS),
  services: z.array(z.enum(CONTACT_SERVICES)).min(1).max(CONTACT_SERVICES.length),
  durationMinutes: z.number().int().min(0).max(1440).nullish(),
  notes: z.string().trim().max(4000).nullish(),
};
export const ZCreateContactRequest = z.object({ ...contactFields, staffId: z.uuid().optional() });
export const ZUpdateContactRequest = z.object({
  contactDate: contactFields.contactDate.optional(),
  channel: contactFields.channel.optional(),
  services: contactFields.services.optional(),
  durationMinutes: contactFields.durationMinutes,
  notes: contactFields.notes,
  version,
});
export const ZContact = z.object({
  id: z.string(),
  workerId: z.string(),
  centreId: z.string(),
  staff: ZStaffRef,
  contactDate: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  services: z.array(z.enum(CONTACT_SERVICES)),
  durationMinutes: z.number().nullable(),
  /** Null with notesHidden when the reader's role may not see counselling notes. */
  notes: z.string().nullable(),
  notesHidden: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ZContactList = z.object({ items: z.array(ZContact) });
export type TContact = z.infer<typeof ZContact>;
export type TCreateContactRequest = z.infer<typeof ZCreateContactRequest>;
export type TUpdateContactRequest = z.infer<typeof ZUpdateContactRequest>;

// ---- case plans
export const ZNeed = z.object({ level: z.enum(NEED_LEVELS), notes: z.string().trim().max(2000).nullish() });
export const ZNeeds = z.partialRecord(z.enum(NEED_AREAS), ZNeed);
export const ZCreateCasePlanRequest = z.object({
  needs: ZNeeds.default({}),
  goals: z.array(text(500)).max(20).default([]),
  counsellorId: z.uuid().optional(),
  firstReviewOn: isoDate.optional(),
});
export const ZUpdateCasePlanRequest = z.object({
  needs: ZNeeds.optional(),
  goals: z.array(text(500)).max(20).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  closedReason: z.enum(CLOSED_REASONS).optional(),
  version,
});
export const ZCaseAction = z.object({
  id: z.string(),
  casePlanId: z.string(),
  description: z.string(),
  owner: ZStaffRef,
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  completedAt: z.string().nullable(),
  version: z.number(),
});
export const ZCreateActionRequest = z.object({
  description: text(1000),
  ownerId: z.uuid(),
  dueOn: isoDate,
});
export const ZUpdateActionRequest = z.object({
  description: text(1000).optional(),
  ownerId: z.uuid().optional(),
  dueOn: isoDate.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  version,
});
export const ZCaseReview = z.object({
  id: z.string(),
  casePlanId: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
});
export const ZCreateReviewRequest = z.object({ dueOn: isoDate });
export const ZUpdateReviewRequest = z.object({
  dueOn: isoDate.optional(),
  doneOn: isoDate.nullish(),
  notes: z.string().trim().max(4000).nullish(),
  version,
});
export const ZCaseTransfer = z.object({
  id: z.string(),
  casePlanId: z.string(),
  from: ZStaffRef,
  fromCentreId: z.string(),
  to: ZStaffRef,
  toCentreId: z.string(),
  note: z.string().nullable(),
  status: z.enum(TRANSFER_STATUSES),
  decisionNote: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  worker: ZWorkerRef,
});
export const ZTransferRequest = z.object({
  toUserId: z.uuid(),
  toCentreId: z.uuid(),
  note: z.string().trim().max(1000).nullish(),
});
export const ZTransferDecision = z.object({ note: z.string().trim().max(1000).nullish() });
export const ZCasePlan = z.object({
  id: z.string(),
  worker: ZWorkerRef,
  centreId: z.string(),
  counsellor: ZStaffRef,
  status: z.enum(CASE_STATUSES),
  closedReason: z.enum(CLOSED_REASONS).nullable(),
  closedAt: z.string().nullable(),
  needs: ZNeeds,
  goals: z.array(z.string()),
  actions: z.array(ZCaseAction),
  reviews: z.array(ZCaseReview),
  pendingTransfer: ZCaseTransfer.nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ZCasePlanList = z.object({ items: z.array(ZCasePlan) });
/** A caseload line: enough to see what needs doing without opening every plan. */
export const ZCaseSummary = z.object({
  id: z.string(),
  worker: ZWorkerRef,
  centreId: z.string(),
  counsellor: ZStaffRef,
  status: z.enum(CASE_STATUSES),
  openActions: z.number(),
  overdueActions: z.number(),
  nextReviewOn: z.string().nullable(),
  pendingTransfer: z.boolean(),
  updatedAt: z.string(),
});
export const ZCaseload = z.object({ items: z.array(ZCaseSummary) });
export const ZCaseloadsQuery = z.object({ centreId: z.uuid().optional() });
export const ZCentreCaseloads = z.object({
  counsellors: z.array(z.object({ counsellor: ZStaffRef, items: z.array(ZCaseSummary) })),
});
export const ZTransferList = z.object({ items: z.array(ZCaseTransfer) });
export const ZStaffList = z.object({
  items: z.array(ZStaffRef.extend({ role: z.string(), centreIds: z.array(z.string()) })),
});

export type TNeeds = z.infer<typeof ZNeeds>;
export type TCasePlan = z.infer<typeof ZCasePlan>;
export type TCaseAction = z.infer<typeof ZCaseAction>;
export type TCaseReview = z.infer<typeof ZCaseReview>;
export type TCaseTransfer = z.infer<typeof ZCaseTransfer>;
export type TCaseSummary = z.infer<typeof ZCaseSummary>;
export type TCreateCasePlanRequest = z.infer<typeof ZCreateCasePlanRequest>;
export type TUpdateCasePlanRequest = z.infer<typeof ZUpdateCasePlanRequest>;
export type TCreateActionRequest = z.infer<typeof ZCreateActionRequest>;
export type TUpdateActionRequest = z.infer<typeof ZUpdateActionRequest>;
export type TUpdateReviewRequest = z.infer<typeof ZUpdateReviewRequest>;
export type TTransferRequest = z.infer<typeof ZTransferRequest>;
