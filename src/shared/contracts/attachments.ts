import { z } from 'zod';

/** What an attachment can hang on. Contacts and case plans belong to case work, legal cases to legal work. */
export const ATTACHMENT_OWNER_KINDS = ['contact', 'case_plan', 'legal_case'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];
/** Photos of contracts and payslips, scanned documents: recognised by their first bytes, not their name. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const FILE_NAME_MAX = 200;

export const ZAttachment = z.object({
  id: z.string(),
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: z.string(),
  fileName: z.string(),
  contentType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  uploadedAt: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;
export const ZAttachmentList = z.object({ items: z.array(ZAttachment), maxBytes: z.number().int() });
export type TAttachmentList = z.infer<typeof ZAttachmentList>;

export const ZAttachmentOwnerQuery = z.object({
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: z.uuid(),
});
