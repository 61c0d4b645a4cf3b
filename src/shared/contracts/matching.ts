import { z } from 'zod';

const ZParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** One line of an explanation: a scoring factor (value 0-1, points of the score) or a hard filter (passed). */
export const ZMatchReason = z.object({
  kind: z.enum(['factor', 'filter']),
  name: z.string(),
  key: z.string(),
  params: ZParams,
  value: z.number().optional(),
  points: z.number().optional(),
  passed: z.boolean().optional(),
  /** The same line written out in both languages (CLI and API readers without the web app's dictionaries). */
  text: z.object({ km: z.string(), en: z.string() }),
});
export type TMatchReason = z.infer<typeof ZMatchReason>;

export const ZMatchSuggestion = z.object({
  kind: z.enum(['adjacent_occupation', 'training']),
  key: z.string(),
  params: ZParams,
});

const scored = {
  score: z.number(),
  suitability: z.number(),
  likelihood: z.number(),
  reasons: z.array(ZMatchReason),
  suggestions: z.array(ZMatchSuggestion),
};

export const ZVacancyMatch = z.object({
  vacancyId: z.uuid(),
  sourceId: z.string().nullable(),
  title: z.string(),
  employerName: z.string().nullable(),
  occupationIsco: z.string().nullable(),
  sector: z.string().nullable(),
  provinceCode: z.string().nullable(),
  wageUsd: z.number().nullable(),
  ...scored,
  /** Whether a referral may be made now (consent given, no referral yet). */
  canRefer: z.boolean(),
  referralStatus: z.string().nullable(),
});
export type TVacancyMatch = z.infer<typeof ZVacancyMatch>;

export const ZCandidate = z.object({
  workerId: z.uuid(),
  sourceId: z.string().nullable(),
  displayName: z.string(),
  regNo: z.string(),
  sex: z.enum(['female', 'male', 'other']).nullable(),
  provinceCode: z.string().nullable(),
  ...scored,
  referralStatus: z.string().nullable(),
});
export type TCandidate = z.infer<typeof ZCandidate>;

/** Training or RPL that would open several good jobs: the one essential skill they all miss. */
export const ZTrainingSuggestion = z.object({ skill: z.string(), jobs: z.number().int(), bestScore: z.number() });
export const ZAdjacentSuggestion = z.object({
  fromIsco: z.string(),
  toIsco: z.string(),
  jobs: z.number().int(),
});

export const ZWorkerMatches = z.object({
  workerId: z.uuid(),
  sourceId: z.string().nullable(),
  /** Worker-level filters that failed (not available, no consent): the reason the list is empty or refer is off. */
  blockedBy: z.array(ZMatchReason),
  results: z.array(ZVacancyMatch),
  training: z.array(ZTrainingSuggestion),
  adjacent: z.array(ZAdjacentSuggestion),
});
export type TWorkerMatches = z.infer<typeof ZWorkerMatches>;

export const ZVacancyCandidates = z.object({
  vacancyId: z.uuid(),
  sourceId: z.string().nullable(),
  blockedBy: z.array(ZMatchReason),
  results: z.array(ZCandidate),
});
export type TVacancyCandidates = z.infer<typeof ZVacancyCandidates>;

export const ZMatchLimit = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
