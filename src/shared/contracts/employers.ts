import { z } from 'zod';

/** `homeward employers import` template (issue 5). */
export const EMPLOYER_TEMPLATE_COLUMNS = [
  'source_id',
  'name_km',
  'name_latin',
  'sector',
  'size',
  'province_code',
  'district_code',
  'commune_code',
  'nssf_registered',
  'phone',
] as const;

export const EMPLOYER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export const EMPLOYER_CONTACT_KINDS = [
  'consultation',
  'visit',
  'phone',
  'meeting',
  'email',
  'job_fair',
  'other',
] as const;

const ncdd = (digits: number) => z.string().regex(new RegExp(`^[0-9]{${digits}}$`));
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ZContactPerson = z.object({
  name: z.string().trim().min(1).max(120),
  role: optionalText(120),
  phone: optionalText(40),
  email: optionalText(200),
});

const employerFields = {
  nameKm: optionalText(200),
  nameLatin: optionalText(200),
  registrationNo: optionalText(60),
  sector: z.string().max(60).nullable().optional(),
  size: z.enum(EMPLOYER_SIZES).nullable().optional(),
  provinceCode: ncdd(2).nullable().optional(),
  districtCode: ncdd(4).nullable().optional(),
  communeCode: ncdd(6).nullable().optional(),
  addressDetail: optionalText(300),
  nssfRegistered: z.boolean().nullable().optional(),
  nssfNo: optionalText(60),
  phone: optionalText(40),
  email: optionalText(200),
  contacts: z.array(ZContactPerson).max(20).optional(),
  associationMember: z.boolean().optional(),
  associationName: optionalText(200),
  notes: optionalText(2000),
};

export const ZCreateEmployer = z.object(employerFields).refine((e) => Boolean(e.nameKm || e.nameLatin), {
  message: 'Give a Khmer or a Latin name',
  path: ['nameKm'],
});
export type TCreateEmployer = z.infer<typeof ZCreateEmployer>;

export const ZUpdateEmployer = z.object({ ...employerFields, version: z.number().int().positive() });
export type TUpdateEmployer = z.infer<typeof ZUpdateEmployer>;

export const ZEmployer = z.object({
  id: z.string(),
  source: z.string().nullable(),
  sourceId: z.string().nullable(),
  nameKm: z.string().nullable(),
  nameLatin: z.string().nullable(),
  registrationNo: z.string().nullable(),
  sector: z.string().nullable(),
  size: z.enum(EMPLOYER_SIZES).nullable(),
  provinceCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  addressDetail: z.string().nullable(),
  nssfRegistered: z.boolean().nullable(),
  nssfNo: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contacts: z.array(ZContactPerson),
  associationMember: z.boolean(),
  associationName: z.string().nullable(),
  notes: z.string().nullable(),
  openVacancies: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEmployer = z.infer<typeof ZEmployer>;

export const ZEmployerSearch = z.object({
  q: z.string().max(100).optional(),
  sector: z.string().max(60).optional(),
  province: ncdd(2).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TEmployerSearch = z.infer<typeof ZEmployerSearch>;
export const ZEmployerList = z.object({ items: z.array(ZEmployer), total: z.number().int() });

export const ZEmployerContactInput = z.object({
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  kind: z.enum(EMPLOYER_CONTACT_KINDS),
  summary: z.string().trim().min(1).max(2000),
});
export type TEmployerContactInput = z.infer<typeof ZEmployerContactInput>;

export const ZEmployerContact = ZEmployerContactInput.extend({
  id: z.string(),
  employerId: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type TEmployerContact = z.infer<typeof ZEmployerContact>;
export const ZEmployerContactList = z.object({ items: z.array(ZEmployerContact) });
