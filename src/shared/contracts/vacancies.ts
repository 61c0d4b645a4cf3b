import { z } from 'zod';

/** `homeward vacancies import` template (issue 5). */
export const VACANCY_TEMPLATE_COLUMNS = [
  'source_id',
  'employer_source_id',
  'title',
  'occupation_isco',
  'sector',
  'positions',
  'positions_filled',
  'wage_min_usd',
  'wage_max_usd',
  'province_code',
  'district_code',
  'commune_code',
  'contract_written',
  'contract_duration',
  'hours_per_week',
  'nssf',
  'accommodation',
  'transport',
  'min_age',
  'skills',
  'opens_on',
  'closes_on',
  'status',
] as const;

export const VACANCY_STATUSES = ['open', 'closed', 'filled'] as const;
export const VACANCY_ORIGINS = ['employer_request', 'job_fair', 'nea'] as const;
export const CURRENCIES = ['USD', 'KHR'] as const;
export const WAGE_PERIODS = ['month', 'day', 'piece'] as const;
export const CONTRACT_DURATIONS = ['fixed', 'undetermined'] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ncdd = (digits: number) => z.string().regex(new RegExp(`^[0-9]{${digits}}$`));
const skill = z.string().trim().min(1).max(80);

const vacancyFields = {
  employerId: z.string().uuid(),
  origin: z.enum(VACANCY_ORIGINS).optional(),
  title: z.string().trim().min(1).max(200),
  occupationIsco: z
    .string()
    .regex(/^[0-9]{1,4}$/)
    .nullable()
    .optional(),
  sector: z.string().max(60).nullable().optional(),
  positions: z.number().int().min(1).max(100_000),
  positionsFilled: z.number().int().min(0).max(100_000).optional(),
  provinceCode: ncdd(2).nullable().optional(),
  districtCode: ncdd(4).nullable().optional(),
  communeCode: ncdd(6).nullable().optional(),
  wageMin: z.number().nonnegative().max(100_000_000).nullable().optional(),
  wageMax: z.number().nonnegative().max(100_000_000).nullable().optional(),
  wageCurrency: z.enum(CURRENCIES).optional(),
  wagePer: z.enum(WAGE_PERIODS).optional(),
  contractWritten: z.boolean().nullable().optional(),
  contractDuration: z.enum(CONTRACT_DURATIONS).nullable().optional(),
  hoursPerWeek: z.number().min(1).max(112).nullable().optional(),
  nssf: z.boolean().optional(),
  accommodation: z.boolean().optional(),
  transport: z.boolean().optional(),
  meals: z.boolean().optional(),
  skillsRequired: z.array(skill).max(30).optional(),
  skillsOptional: z.array(skill).max(30).optional(),
  minExperienceYears: z.number().min(0).max(50).optional(),
  minAge: z.number().int().min(15).max(65).optional(),
  hazardous: z.boolean().optional(),
  literacyRequired: z.boolean().optional(),
  opensOn: date.nullable().optional(),
  closesOn: date.nullable().optional(),
  status: z.enum(VACANCY_STATUSES).optional(),
  description: z.string().max(4000).nullable().optional(),
};

const consistent = <
  T extends { wageMin?: number | null; wageMax?: number | null; hazardous?: boolean; minAge?: number },
>(
  v: T,
) =>
  (v.wageMin == null || v.wageMax == null || v.wageMax >= v.wageMin) &&
  !(v.hazardous && (v.minAge ?? 18) < 18);

export const ZCreateVacancy = z.object(vacancyFields).refine(consistent, {
  message: 'Maximum wage below minimum, or hazardous work below age 18',
  path: ['wageMax'],
});
export type TCreateVacancy = z.infer<typeof ZCreateVacancy>;

const { employerId: _employer, ...editable } = vacancyFields;
export const ZUpdateVacancy = z
  .object({
    ...Object.fromEntries(Object.entries(editable).map(([k, s]) => [k, s.optional()])),
    version: z.number().int().positive(),
  } as { [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]> } & {
    version: z.ZodNumber;
  })
  .refine(consistent, {
    message: 'Maximum wage below minimum, or hazardous work below age 18',
    path: ['wageMax'],
  });
export type TUpdateVacancy = z.infer<typeof ZUpdateVacancy>;

export const ZVacancy = z.object({
  id: z.string(),
  source: z.string().nullable(),
  sourceId: z.string().nullable(),
  employerId: z.string(),
  employerName: z.string(),
  origin: z.enum(VACANCY_ORIGINS),
  title: z.string(),
  occupationIsco: z.string().nullable(),
  sector: z.string().nullable(),
  positions: z.number().int(),
  positionsFilled: z.number().int(),
  provinceCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  wageMin: z.number().nullable(),
  wageMax: z.number().nullable(),
  wageCurrency: z.enum(CURRENCIES),
  wagePer: z.enum(WAGE_PERIODS),
  contractWritten: z.boolean().nullable(),
  contractDuration: z.enum(CONTRACT_DURATIONS).nullable(),
  hoursPerWeek: z.number().nullable(),
  nssf: z.boolean(),
  accommodation: z.boolean(),
  transport: z.boolean(),
  meals: z.boolean(),
  skillsRequired: z.array(z.string()),
  skillsOptional: z.array(z.string()),
  minExperienceYears: z.number(),
  minAge: z.number().int(),
  hazardous: z.boolean(),
  literacyRequired: z.boolean(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  status: z.enum(VACANCY_STATUSES),
  description: z.string().nullable(),
  activeReferrals: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TVacancy = z.infer<typeof ZVacancy>;

/** The vacancy board's filters. `text` searches the title and the employer's names. */
export const ZVacancySearch = z.object({
  status: z.enum(VACANCY_STATUSES).optional(),
  sector: z.string().max(60).optional(),
  province: ncdd(2).optional(),
  occupation: z
    .string()
    .regex(/^[0-9]{1,4}$/)
    .optional(),
  employerId: z.string().uuid().optional(),
  text: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TVacancySearch = z.infer<typeof ZVacancySearch>;
export const ZVacancyList = z.object({ items: z.array(ZVacancy), total: z.number().int() });
