import { z } from 'zod';

export const DECENT_ITEMS = [
  'written_contract',
  'minimum_wage',
  'normal_hours',
  'overtime_voluntary_paid',
  'nssf_registered',
  'paid_on_time_in_full',
  'no_withheld_documents',
  'no_recruitment_debt',
  'employed_at_90_days',
] as const;
export const ZDecentItem = z.enum(DECENT_ITEMS);
export type DecentItemCode = z.infer<typeof ZDecentItem>;

/** Which checklist items a placement must meet to count as decent. */
export const ZDecentRule = z.object({ required: z.array(ZDecentItem) });
export type DecentRule = z.infer<typeof ZDecentRule>;

/** Livelihood measure for agriculture and self-employment: income against a threshold and the pre-return baseline. */
export const ZLivelihoodSetting = z.object({
  thresholdUsdMonth: z.number().nonnegative(),
  /** Share of the pre-return baseline income the worker must reach (1 = as much as before). */
  baselineShare: z.number().min(0).max(5),
  /** Wage-employment sectors measured by livelihood too (self-employment always is). */
  sectors: z.array(z.string()),
});
export type LivelihoodSetting = z.infer<typeof ZLivelihoodSetting>;

/** Knobs the matching engine reads. */
export const ZMatchingSetting = z.object({
  /** A vacancy stops being suggested when active referrals reach this multiple of its open positions. */
  congestionMultiple: z.number().min(0.5).max(50),
  /** Extra weight for policy priorities, 0 (none) to 1. */
  priorities: z.object({
    agriculture: z.number().min(0).max(1),
    women: z.number().min(0).max(1),
    disability: z.number().min(0).max(1),
  }),
});
export type MatchingSetting = z.infer<typeof ZMatchingSetting>;

export const SETTING_SCHEMAS = {
  decent_rule: ZDecentRule,
  livelihood: ZLivelihoodSetting,
  matching: ZMatchingSetting,
} as const;
export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

export const DEFAULT_SETTINGS: { [K in SettingKey]: z.infer<(typeof SETTING_SCHEMAS)[K]> } = {
  decent_rule: { required: [...DECENT_ITEMS] },
  livelihood: { thresholdUsdMonth: 210, baselineShare: 1, sectors: ['agriculture', 'fisheries'] },
  matching: { congestionMultiple: 3, priorities: { agriculture: 0.1, women: 0.1, disability: 0.1 } },
};

export const ZMinimumWage = z.object({
  id: z.string().uuid(),
  sector: z.string().nullable(),
  amount: z.number(),
  currency: z.enum(['USD', 'KHR']),
  per: z.enum(['month', 'day', 'piece']),
  effectiveFrom: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type MinimumWage = z.infer<typeof ZMinimumWage>;

export const ZMinimumWageInput = z.object({
  sector: z.string().min(1).max(60).nullable(),
  amount: z.number().positive().max(100_000_000),
  currency: z.enum(['USD', 'KHR']),
  per: z.enum(['month', 'day', 'piece']),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().max(300).nullable().optional(),
});
export type MinimumWageInput = z.infer<typeof ZMinimumWageInput>;

export const ZJobSettings = z.object({
  decentRule: ZDecentRule,
  livelihood: ZLivelihoodSetting,
  matching: ZMatchingSetting,
  versions: z.object({ decent_rule: z.number(), livelihood: z.number(), matching: z.number() }),
  minimumWages: z.array(ZMinimumWage),
});
export type JobSettings = z.infer<typeof ZJobSettings>;
