import type { ColumnType, Generated, Selectable } from 'kysely';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read',
  'login',
  'logout',
  'import',
  'revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditLogTable {
  id: Generated<string>;
  at: ColumnType<Date, never, never>;
  actor_id: string | null;
  actor_email: string | null;
  action: AuditAction;
  entity: string;
  entity_id: string | null;
  centre_id: string | null;
  before: unknown | null;
  after: unknown | null;
  request_id: string | null;
}
export type AuditRow = Selectable<AuditLogTable>;
