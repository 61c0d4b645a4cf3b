import { z } from 'zod';
import { ZProblemCode, ZProblemParams } from './import-problems';

/** The standard import template (issue 3): one row per registration; only source_id is required. */
export const TEMPLATE_COLUMNS = [
  'source_id',
  'full_name',
  'family_name_km',
  'given_name_km',
  'family_name_latin',
  'given_name_latin',
  'sex',
  'date_of_birth',
  'age',
  'phone',
  'national_id',
  'province_code',
  'district_code',
  'commune_code',
  'village_code',
  'registered_on',
  'return_date',
  'last_country',
  'last_sector',
  'last_occupation_isco',
  'years_abroad',
  'skills',
  'preferred_sector',
  'preferred_province_code',
  'willing_to_relocate',
  'expected_wage_usd',
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** Template column → the file's column header, for lists in other layouts. Unmapped columns stay empty. */
export const ZColumnMapping = z.partialRecord(z.enum(TEMPLATE_COLUMNS), z.string().min(1).max(200));
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

/** A rejected row of a registry import: the reason in English and as a code (REJECT_…) with its values. */
export const ZWorkerImportReject = z.object({
  row: z.number().int(),
  sourceId: z.string().nullable(),
  reason: z.string(),
  code: ZProblemCode.nullable(),
  params: ZProblemParams.nullable(),
});
export type TWorkerImportReject = z.infer<typeof ZWorkerImportReject>;

export const ZWorkerImportJob = z.object({
  id: z.uuid(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  source: z.string().nullable(),
  fileName: z.string(),
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  created: z.number().int(),
  linked: z.number().int(),
  review: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  /** Why the import stopped, in English (as the command line says it). */
  error: z.string().nullable(),
  errorCode: ZProblemCode.nullable().meta({
    description: 'Why the import stopped, as a code (JOB_…) the web app translates; null when not known',
  }),
  errorParams: ZProblemParams.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The first rejected rows with their reasons (single-job reads only; the rejects file has them all). */
  rejects: z.array(ZWorkerImportReject).optional(),
});
export type TWorkerImportJob = z.infer<typeof ZWorkerImportJob>;

export const ZWorkerImportSummary = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  linked: z.number().int(),
  review: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  seconds: z.number(),
});
export type TWorkerImportSummary = z.infer<typeof ZWorkerImportSummary>;

export const ZImportPreview = z.object({
  headers: z.array(z.string()),
  sample: z.array(z.record(z.string(), z.string())),
  /** A guess at the mapping from header names; the user confirms or changes it. */
  suggested: ZColumnMapping,
});

/** Source names are labels like hotline_1297 or jobfair-2026-03-pursat. */
export const ZSourceName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_.-]{1,60}$/, 'lower-case letters, digits, dot, dash or underscore');
