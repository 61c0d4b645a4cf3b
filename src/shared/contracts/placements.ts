import { z } from 'zod';
import { DECENT_ITEMS, ZDecentItem } from './job-settings';

export const FOLLOW_UP_STAGES = ['placement', 'day30', 'day90', 'day180'] as const;
export const ZFollowUpStage = z.enum(FOLLOW_UP_STAGES);
export type TFollowUpStage = z.infer<typeof ZFollowUpStage>;
/** Days after the start when each follow-up is due. */
export const FOLLOW_UP_DAYS: Readonly<Record<TFollowUpStage, number>> = {
  placement: 0,
  day30: 30,
  day90: 90,
  day180: 180,
};

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ncdd = (digits: number) => z.string().regex(new RegExp(`^[0-9]{${digits}}$`));
const currency = z.enum(['USD', 'KHR']);
const per = z.enum(['month', 'day', 'piece']);

export const ZChecklist = z.partialRecord(ZDecentItem, z.boolean().nullable());
export type TChecklist = z.infer<typeof ZChecklist>;

const placementFields = {
  kind: z.enum(['wage', 'self']),
  employerId: z.string().uuid().nullable().optional(),
  employerName: z.string().trim().max(200).nullable().optional(),
  sector: z.string().max(60).nullable().optional(),
  occupationIsco: z
    .string()
    .regex(/^[0-9]{1,4}$/)
    .nullable()
    .optional(),
  title: z.string().trim().max(200).nullable().optional(),
  provinceCode: ncdd(2).nullable().optional(),
  districtCode: ncdd(4).nullable().optional(),
  communeCode: ncdd(6).nullable().optional(),
  startedOn: date,
  wageAmount: z.number().nonnegative().max(100_000_000).nullable().optional(),
  wageCurrency: currency.nullable().optional(),
  wagePer: per.nullable().optional(),
  contractWritten: z.boolean().nullable().optional(),
  hoursPerWeek: z.number().min(1).max(112).nullable().optional(),
  nssfRegistered: z.boolean().nullable().optional(),
  baselineIncomeUsd: z.number().nonnegative().max(1_000_000).nullable().optional(),
};

/** A placement the worker found (the referral pipeline creates its own on hire). */
export const ZCreatePlacement = z.object({ workerId: z.string().uuid(), ...placementFields });
export type TCreatePlacement = z.infer<typeof ZCreatePlacement>;

export const ZUpdatePlacement = z.object({
  ...Object.fromEntries(Object.entries(placementFields).map(([k, s]) => [k, s.optional()])),
  endedOn: date.nullable().optional(),
  endReason: z.string().trim().max(500).nullable().optional(),
  version: z.number().int().positive(),
} as { [K in keyof typeof placementFields]: z.ZodOptional<(typeof placementFields)[K]> } & {
  endedOn: z.ZodOptional<z.ZodNullable<typeof date>>;
  endReason: z.ZodOptional<z.ZodNullable<z.ZodString>>;
  version: z.ZodNumber;
});
export type TUpdatePlacement = z.infer<typeof ZUpdatePlacement>;

export const ITEM_RESULTS = ['holds', 'fails', 'unknown', 'not_yet'] as const;
export const ZItemEvaluation = z.object({
  item: ZDecentItem,
  result: z.enum(ITEM_RESULTS),
  required: z.boolean(),
  /** The figures behind a computed item, e.g. the wage and the minimum it was compared with. */
  figures: z.record(z.string(), z.unknown()).optional(),
});
export const ZEvaluation = z.object({
  items: z.array(ZItemEvaluation),
  decent: z.boolean(),
  livelihood: z
    .object({
      ok: z.boolean(),
      incomeUsdMonth: z.number().nullable(),
      thresholdUsdMonth: z.number(),
      baselineUsdMonth: z.number().nullable(),
    })
    .nullable(),
});
export type TEvaluation = z.infer<typeof ZEvaluation>;

export const ZRecordFollowUp = z.object({
  version: z.number().int().positive(),
  doneOn: date,
  checklist: ZChecklist,
  /** The wage as found at this follow-up (defaults to the placement's). */
  wageAmount: z.number().nonnegative().max(100_000_000).nullable().optional(),
  wageCurrency: currency.nullable().optional(),
  wagePer: per.nullable().optional(),
  hoursPerWeek: z.number().min(1).max(112).nullable().optional(),
  incomeUsdMonth: z.number().nonnegative().max(1_000_000).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type TRecordFollowUp = z.infer<typeof ZRecordFollowUp>;

export const ZFollowUp = z.object({
  id: z.string(),
  placementId: z.string(),
  stage: ZFollowUpStage,
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  checklist: ZChecklist.nullable(),
  evaluation: ZEvaluation.nullable(),
  decent: z.boolean().nullable(),
  livelihoodOk: z.boolean().nullable(),
  incomeUsdMonth: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

export const ZPlacement = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  workerRegNo: z.string(),
  centreId: z.string(),
  referralId: z.string().nullable(),
  vacancyId: z.string().nullable(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  kind: z.enum(['wage', 'self']),
  foundBy: z.enum(['referral', 'worker']),
  sector: z.string().nullable(),
  occupationIsco: z.string().nullable(),
  title: z.string().nullable(),
  provinceCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  wageAmount: z.number().nullable(),
  wageCurrency: currency.nullable(),
  wagePer: per.nullable(),
  contractWritten: z.boolean().nullable(),
  hoursPerWeek: z.number().nullable(),
  nssfRegistered: z.boolean().nullable(),
  baselineIncomeUsd: z.number().nullable(),
  /** From the latest recorded follow-up; null before the first. */
  decent: z.boolean().nullable(),
  livelihoodMeasured: z.boolean(),
  followUps: z.array(ZFollowUp),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TPlacement = z.infer<typeof ZPlacement>;
export const ZPlacementList = z.object({ items: z.array(ZPlacement) });

export const ZFollowUpsQuery = z.object({
  /** Follow-ups due on or before this day (default today). */
  due: date.optional(),
  /** Only placements I recorded. */
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const ZDueFollowUp = z.object({
  id: z.string(),
  placementId: z.string(),
  stage: ZFollowUpStage,
  dueOn: z.string(),
  overdue: z.boolean(),
  workerId: z.string(),
  workerName: z.string(),
  workerRegNo: z.string(),
  employerName: z.string().nullable(),
  title: z.string().nullable(),
  centreId: z.string(),
});
export type TDueFollowUp = z.infer<typeof ZDueFollowUp>;
export const ZDueFollowUps = z.object({ items: z.array(ZDueFollowUp), asOf: z.string() });

export { DECENT_ITEMS };
