import { z } from 'zod';

export const AUDIT_ACTION_VALUES = [
  'create',
  'update',
  'delete',
  'read',
  'login',
  'logout',
  'import',
  'revoke',
] as const;

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.enum(AUDIT_ACTION_VALUES),
  entity: z.string(),
  entityId: z.string().nullable(),
  centreId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  action: z.enum(AUDIT_ACTION_VALUES).optional(),
  centreId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Entries older than this id: pass the previous page's `nextCursor`. */
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAuditPage = z.object({ items: z.array(ZAuditEntry), nextCursor: z.string().nullable() });
