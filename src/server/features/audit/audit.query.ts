import type { z } from 'zod';
import type { TAuditEntry, ZAuditQuery } from '../../../shared/contracts/audit';
import type { Conn } from '../../db/database';

/** `scope` limits to entries about these centres; null means national. */
export async function listAudit(conn: Conn, q: z.infer<typeof ZAuditQuery>, scope: string[] | null) {
  let query = conn
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (scope) {
    if (scope.length === 0) return { items: [], nextCursor: null };
    query = query.where('centre_id', 'in', scope);
  }
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.centreId) query = query.where('centre_id', '=', q.centreId);
  if (q.from) query = query.where('at', '>=', new Date(`${q.from}T00:00:00Z`));
  if (q.to) query = query.where('at', '<', new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86400_000));
  if (q.cursor) query = query.where('id', '<', q.cursor);
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const items: TAuditEntry[] = page.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    centreId: r.centre_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
  return { items, nextCursor: rows.length > q.limit ? String(page.at(-1)?.id) : null };
}
