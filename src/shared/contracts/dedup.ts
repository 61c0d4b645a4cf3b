import { z } from 'zod';
import { ZWorker, ZWorkerFields } from './workers';

export const ZDuplicateReason = z.object({
  field: z.string(),
  outcome: z.enum(['agree', 'partial', 'disagree', 'missing']),
  weight: z.number(),
});

export const ZDuplicateCandidate = z.object({
  id: z.uuid(),
  regNo: z.string(),
  centreId: z.uuid(),
  displayName: z.string(),
  sex: z.string().nullable(),
  birthYear: z.number().nullable(),
  phones: z.array(z.string()),
  addressCode: z.string().nullable(),
  score: z.number(),
  probability: z.number(),
  decision: z.enum(['link', 'review', 'distinct']),
  reasons: z.array(ZDuplicateReason),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

/** What the intake form has typed so far: any subset of a new worker's identifying fields. */
export const ZDuplicateCheckRequest = ZWorkerFields.pick({
  familyNameKm: true,
  givenNameKm: true,
  familyNameLatin: true,
  givenNameLatin: true,
  fullName: true,
  sex: true,
  dateOfBirth: true,
  birthYear: true,
  age: true,
  nationalId: true,
  passportNo: true,
  addressCode: true,
}).extend({ phones: z.array(z.string().max(30)).max(5).optional(), excludeId: z.uuid().optional() });

export const ZDuplicateCheckResult = z.object({ candidates: z.array(ZDuplicateCandidate) });

export const ZReviewPair = z.object({
  workerA: z.uuid(),
  workerB: z.uuid(),
  score: z.number(),
  status: z.enum(['review', 'linked', 'same', 'distinct']),
  nameA: z.string(),
  nameB: z.string(),
  regNoA: z.string(),
  regNoB: z.string(),
  createdAt: z.string(),
});

export const ZReviewQueue = z.object({ items: z.array(ZReviewPair), total: z.number().int() });

export const ZReviewQuery = z.object({
  status: z.enum(['review', 'linked', 'same', 'distinct']).default('review'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ZPairDetail = z.object({
  a: ZWorker,
  b: ZWorker,
  score: z.number(),
  probability: z.number(),
  decision: z.enum(['link', 'review', 'distinct']),
  status: z.enum(['review', 'linked', 'same', 'distinct']).nullable(),
  reasons: z.array(ZDuplicateReason),
  mergeId: z.uuid().nullable(),
});

export const ZPairDecision = z.object({
  decision: z.enum(['same', 'distinct']),
  /** With `same`: the record that stays (default: the older registration). */
  survivorId: z.uuid().optional(),
});

export const ZMerge = z.object({
  id: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
});

export const ZPairParams = z.object({ a: z.uuid(), b: z.uuid() });
