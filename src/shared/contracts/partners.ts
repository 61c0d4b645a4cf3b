import { z } from 'zod';

export const PARTNER_KINDS = [
  'nea_job_centre',
  'provincial_training_centre',
  'nssf',
  'legal_aid',
  'health',
  'psychosocial',
  'other',
] as const;
export const REFERRAL_STATUSES = ['sent', 'accepted', 'service_given', 'closed', 'declined'] as const;

export const ZPartner = z.object({
  id: z.string(),
  kind: z.enum(PARTNER_KINDS),
  nameKm: z.string(),
  nameLatin: z.string(),
  provinceCode: z.string().nullable(),
  contact: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export const ZPartnerList = z.object({ items: z.array(ZPartner) });
export const ZPartnersQuery = z.object({
  kind: z.enum(PARTNER_KINDS).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
const partnerFields = {
  kind: z.enum(PARTNER_KINDS),
  nameKm: z.string().trim().min(1).max(200),
  nameLatin: z.string().trim().min(1).max(200),
  provinceCode: z
    .string()
    .regex(/^[0-9]{2}$/)
    .nullish(),
  contact: z.string().trim().max(500).nullish(),
};
export const ZCreatePartnerRequest = z.object(partnerFields);
export const ZUpdatePartnerRequest = z.object({
  kind: partnerFields.kind.optional(),
  nameKm: partnerFields.nameKm.optional(),
  nameLatin: partnerFields.nameLatin.optional(),
  provinceCode: partnerFields.provinceCode,
  contact: partnerFields.contact,
  active: z.boolean().optional(),
  version: z.number().int().positive(),
});

export const ZReferral = z.object({
  id: z.string(),
  workerId: z.string(),
  centreId: z.string(),
  partner: z.object({
    id: z.string(),
    kind: z.enum(PARTNER_KINDS),
    nameKm: z.string(),
    nameLatin: z.string(),
  }),
  casePlanId: z.string().nullable(),
  referredOn: z.string(),
  reason: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  feedback: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  referredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export const ZReferralList = z.object({ items: z.array(ZReferral) });
export const ZCreateReferralRequest = z.object({
  partnerId: z.uuid(),
  referredOn: z.iso.date(),
  reason: z.string().trim().min(1).max(2000),
});
export const ZUpdateReferralRequest = z.object({
  status: z.enum(REFERRAL_STATUSES).optional(),
  reason: z.string().trim().min(1).max(2000).optional(),
  feedback: z.string().trim().max(4000).nullish(),
  feedbackOn: z.iso.date().nullish(),
  version: z.number().int().positive(),
});

export type TPartner = z.infer<typeof ZPartner>;
export type TReferral = z.infer<typeof ZReferral>;
export type TCreatePartnerRequest = z.infer<typeof ZCreatePartnerRequest>;
export type TUpdatePartnerRequest = z.infer<typeof ZUpdatePartnerRequest>;
export type TCreateReferralRequest = z.infer<typeof ZCreateReferralRequest>;
export type TUpdateReferralRequest = z.infer<typeof ZUpdateReferralRequest>;
