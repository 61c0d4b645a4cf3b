import { z } from 'zod';

export const ZCentre = z.object({
  id: z.uuid(),
  code: z.string(),
  nameKm: z.string(),
  nameEn: z.string(),
  provinceCode: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type TCentre = z.infer<typeof ZCentre>;

const fields = {
  nameKm: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  provinceCode: z.string().regex(/^\d{2}$/, 'two-digit NCDD province code'),
  address: z.string().trim().max(500).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
};

export const ZCreateCentreRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,5}$/, '2 to 5 capital letters'),
  ...fields,
});

export const ZUpdateCentreRequest = z.object({
  version: z.number().int().positive(),
  nameKm: fields.nameKm.optional(),
  nameEn: fields.nameEn.optional(),
  provinceCode: fields.provinceCode.optional(),
  address: fields.address,
  phone: fields.phone,
  active: z.boolean().optional(),
});
