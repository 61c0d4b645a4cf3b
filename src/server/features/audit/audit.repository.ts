import type { Conn } from '../../db/database';
import type { AuditAction } from './audit.table';

export interface AuditActor {
  userId: string | null;
  email: string | null;
  requestId: string | null;
}

export const systemActor = (label = 'system'): AuditActor => ({
  userId: null,
  email: label,
  requestId: null,
});

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  centreId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Write in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(conn: Conn, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await conn
    .insertInto('audit_log')
    .values({
      actor_id: actor.userId,
      actor_email: actor.email,
      request_id: actor.requestId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      centre_id: entry.centreId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** Only the fields that changed, so an update's audit row reads as a diff. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
