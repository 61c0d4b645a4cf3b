import { z } from 'zod';

export const GEO_LEVELS = { province: 1, district: 2, commune: 3, village: 4 } as const;

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
  parentCode: z.string().regex(/^\d{2,6}$/).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZSector = z.object({
  code: z.string(),
  nameKm: z.string(),
  nameEn: z.string(),
  isicSections: z.array(z.string()),
});

export const ZOccupation = z.object({
  /** Curated occupations have an id; ISCO-08 groups are identified by their code alone. */
  id: z.string().nullable(),
  iscoCode: z.string(),
  labelKm: z.string().nullable(),
  labelEn: z.string(),
  sectorCode: z.string().nullable(),
  source: z.enum(['curated', 'isco']),
});

export const ZOccupationSearchQuery = z.object({
  q: z.string().max(100).optional(),
  /** `curated` (default) lists the product's list; `all` adds imported ISCO-08 groups. */
  scope: z.enum(['curated', 'all']).default('curated'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const IMPORT_KINDS = ['gazetteer', 'isco'] as const;

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
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TImportJob = z.infer<typeof ZImportJob>;
