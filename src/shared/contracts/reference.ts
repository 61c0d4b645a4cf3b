import { z } from 'zod';
import { ZProblemCode, ZProblemParams } from './import-problems';

export const GEO_LEVELS = { province: 1, district: 2, commune: 3, village: 4 } as const;

/** NCDD codes grow by two digits per level: province 2, district 4, commune 6, village 8. */
export const GEO_CODE_LENGTH: Record<number, number> = { 1: 2, 2: 4, 3: 6, 4: 8 };

export const ZPlace = z.object({
  code: z.string(),
  level: z.number().int().min(1).max(4),
  nameKm: z.string(),
  nameLatin: z.string(),
  typeKm: z.string().nullable(),
  typeLatin: z.string().nullable(),
  retired: z.boolean(),
  /** Ancestors from the province down, so a picker can show "Pursat › Bakan › Boeng Bat Kandaol". */
  path: z.array(z.object({ code: z.string(), nameKm: z.string(), nameLatin: z.string() })),
});
export type TPlace = z.infer<typeof ZPlace>;

export const ZPlaceSearchQuery = z.object({
  q: z.string().max(100).optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  parentCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  /** Caps search results; without `q`, all children of `parentCode` are listed whatever the limit. */
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Units a newer gazetteer no longer lists are left out of searches unless asked for. */
  includeRetired: z.enum(['true', 'false']).optional(),
});
export type TPlaceSearchQuery = z.infer<typeof ZPlaceSearchQuery>;

export const ZPlaceDetail = z.object({ place: ZPlace, children: z.array(ZPlace) });
export type TPlaceDetail = z.infer<typeof ZPlaceDetail>;

export const ZSector = z.object({
  code: z.string(),
  nameKm: z.string(),
  nameEn: z.string(),
  isicSections: z.array(z.string()),
});
export type TSector = z.infer<typeof ZSector>;

export const ZOccupation = z.object({
  /** Curated occupations have an id; ISCO-08 groups are identified by their code alone. */
  id: z.string().nullable(),
  iscoCode: z.string(),
  labelKm: z.string().nullable(),
  labelEn: z.string(),
  sectorCode: z.string().nullable(),
  source: z.enum(['curated', 'isco']),
});
export type TOccupation = z.infer<typeof ZOccupation>;

export const ZOccupationSearchQuery = z.object({
  q: z.string().max(100).optional(),
  /** `curated` (default) lists the product's list; `all` adds imported ISCO-08 groups. */
  scope: z.enum(['curated', 'all']).default('curated'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TOccupationSearchQuery = z.infer<typeof ZOccupationSearchQuery>;

export const IMPORT_KINDS = ['gazetteer', 'isco'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** At most this many rejected rows are listed with their reason; the count covers them all. */
export const MAX_LISTED_REJECTS = 100;

export const ZImportReject = z.object({
  /** Line in a CSV file (the header is line 1), or row in an XLSX sheet. */
  row: z.number().int(),
  sheet: z.string().optional(),
  /** In English; `code` and `params` say the same for translation (absent in imports before codes existed). */
  reason: z.string(),
  code: ZProblemCode.optional().meta({ description: 'Why the row was rejected, as a code (REJECT_…)' }),
  params: ZProblemParams.optional(),
});
export type TImportReject = z.infer<typeof ZImportReject>;

export const ZImportSummary = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  /** Units a previous import listed and this file no longer does: kept, marked retired. */
  retired: z.number().int(),
  rejected: z.number().int(),
  rejects: z.array(ZImportReject),
  seconds: z.number(),
});
export type TImportSummary = z.infer<typeof ZImportSummary>;

export const ZImportJob = z.object({
  id: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  fileName: z.string(),
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  error: z.string().nullable(),
  errorCode: ZProblemCode.nullable().meta({
    description: 'Why the import stopped, as a code (JOB_…) the web app translates; null when not known',
  }),
  errorParams: ZProblemParams.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The finished import's summary with rejected rows and their reasons (single-job reads only). */
  summary: ZImportSummary.nullable().optional(),
});
export type TImportJob = z.infer<typeof ZImportJob>;

/** The non-file fields of the multipart upload to POST /api/reference/imports. */
export const ZImportUploadFields = z.object({ kind: z.enum(IMPORT_KINDS) });
