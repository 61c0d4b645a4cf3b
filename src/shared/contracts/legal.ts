import { z } from 'zod';

export const CLAIM_TYPES = [
  'unpaid_wages',
  'withheld_documents',
  'recruitment_fees_debt',
  'injury_compensation',
  'contract_breach',
  'abuse_forced_labour',
  'other',
] as const;
export const RESPONDENT_KINDS = ['employer', 'broker', 'agency'] as const;
export const LEGAL_CURRENCIES = ['THB', 'USD', 'KHR'] as const;
export const AMOUNT_KINDS = ['claimed', 'awarded', 'received'] as const;
export const LEGAL_ACTION_KINDS = ['mediation', 'complaint_to_authority', 'referral_to_legal_aid'] as const;
export const LEGAL_STATUSES = ['open', 'in_progress', 'closed'] as const;
export const LEGAL_OUTCOMES = [
  'resolved_full',
  'resolved_partial',
  'unresolved',
  'withdrawn',
  'referred_out',
] as const;
/** Roles that see a legal case's claims, amounts, respondent and notes; everyone else sees only that it exists. */
export const LEGAL_DETAIL_ROLES = ['admin', 'centre_manager', 'legal_officer'] as const;

export const NOTE_MAX = 4000;
const ZDay = z.iso.date();
const ZNotes = z.string().trim().max(NOTE_MAX);

export const ZRespondent = z.object({
  kind: z.enum(RESPONDENT_KINDS),
  name: z.string().trim().min(1).max(200),
  /** ISO 3166-1 alpha-2, e.g. TH. */
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/),
});
export type TRespondent = z.infer<typeof ZRespondent>;

/** One amount: what was claimed, awarded or actually received (several rows for payments in instalments). */
export const ZLegalAmount = z.object({
  kind: z.enum(AMOUNT_KINDS),
  amount: z.number().nonnegative().max(1e12),
  currency: z.enum(LEGAL_CURRENCIES),
  on: ZDay,
  note: ZNotes.nullish(),
});
export type TLegalAmount = z.infer<typeof ZLegalAmount>;

export const ZLegalAction = z.object({
  kind: z.enum(LEGAL_ACTION_KINDS),
  on: ZDay,
  notes: ZNotes.nullish(),
});
export type TLegalAction = z.infer<typeof ZLegalAction>;

export const ZPersonRef = z.object({ id: z.string(), name: z.string() });

/** The full record: only for LEGAL_DETAIL_ROLES, and every read of it is audited. */
export const ZLegalCase = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  workerRegNo: z.string(),
  centreId: z.string(),
  handler: ZPersonRef,
  claimType: z.enum(CLAIM_TYPES),
  respondent: ZRespondent.nullable(),
  amounts: z.array(ZLegalAmount),
  actions: z.array(ZLegalAction),
  notes: z.string().nullable(),
  status: z.enum(LEGAL_STATUSES),
  outcome: z.enum(LEGAL_OUTCOMES).nullable(),
  outcomeNotes: z.string().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TLegalCase = z.infer<typeof ZLegalCase>;

/**
 * A line in a list. `restricted` entries (for staff outside LEGAL_DETAIL_ROLES) say only that the case exists
 * and who handles it; the others add claim type, status and respondent, and their read is audited.
 */
export const ZLegalCaseListItem = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  workerRegNo: z.string(),
  centreId: z.string(),
  handler: ZPersonRef,
  openedOn: z.string(),
  /** When the case was recorded, for the timeline. */
  createdAt: z.string(),
  restricted: z.boolean(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  status: z.enum(LEGAL_STATUSES).optional(),
  outcome: z.enum(LEGAL_OUTCOMES).nullable().optional(),
  respondentName: z.string().nullable().optional(),
  updatedAt: z.string().optional(),
});
export type TLegalCaseListItem = z.infer<typeof ZLegalCaseListItem>;
export const ZLegalCaseList = z.object({ items: z.array(ZLegalCaseListItem) });

export const ZCreateLegalCaseRequest = z.object({
  workerId: z.uuid(),
  claimType: z.enum(CLAIM_TYPES),
  /** Defaults to the person opening the case. */
  handlerId: z.uuid().optional(),
  /** Defaults to the worker's centre. */
  centreId: z.uuid().optional(),
  respondent: ZRespondent.nullish(),
  amounts: z.array(ZLegalAmount).max(100).optional(),
  actions: z.array(ZLegalAction).max(200).optional(),
  notes: ZNotes.nullish(),
  openedOn: ZDay.optional(),
});
export type TCreateLegalCaseRequest = z.infer<typeof ZCreateLegalCaseRequest>;

export const ZUpdateLegalCaseRequest = z.object({
  version: z.number().int().positive(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  handlerId: z.uuid().optional(),
  respondent: ZRespondent.nullable().optional(),
  amounts: z.array(ZLegalAmount).max(100).optional(),
  actions: z.array(ZLegalAction).max(200).optional(),
  notes: ZNotes.nullable().optional(),
  status: z.enum(LEGAL_STATUSES).optional(),
  outcome: z.enum(LEGAL_OUTCOMES).nullable().optional(),
  outcomeNotes: ZNotes.nullable().optional(),
  closedOn: ZDay.nullable().optional(),
});
export type TUpdateLegalCaseRequest = z.infer<typeof ZUpdateLegalCaseRequest>;

export const ZLegalCaseQuery = z.object({
  /** `me`: the cases I handle; otherwise every case of my centres (or of `centreId`). */
  handler: z.enum(['me', 'any']).default('me'),
  centreId: z.uuid().optional(),
  status: z.enum(LEGAL_STATUSES).optional(),
});
export type TLegalCaseQuery = z.infer<typeof ZLegalCaseQuery>;
