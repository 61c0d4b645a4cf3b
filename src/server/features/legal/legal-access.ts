import { LEGAL_DETAIL_ROLES } from '../../../shared/contracts/legal';
import type { Role } from '../../../shared/roles';
import type { Conn } from '../../db/database';
import { AppError } from '../../errors';
import type { AuthContext } from '../../http/context';
import { type AuditActor, recordAudit } from '../audit/audit.repository';

export const isLegalDetailRole = (role: Role) => (LEGAL_DETAIL_ROLES as readonly Role[]).includes(role);

export function assertLegalDetail(auth: AuthContext): void {
  if (!isLegalDetailRole(auth.user.role)) {
    throw new AppError(
      'FORBIDDEN',
      'Only legal officers, centre managers and administrators see legal cases',
    );
  }
}

/**
 * Grievances name employers and amounts owed and can expose a worker to retaliation, so every read of a legal
 * case's details leaves a line in the audit trail, one per case, whichever screen or list showed it.
 */
export async function auditLegalReads(
  conn: Conn,
  actor: AuditActor,
  cases: { id: string; centre_id: string }[],
  view: 'detail' | 'list' | 'timeline' | 'attachments',
): Promise<void> {
  for (const c of cases) {
    await recordAudit(conn, actor, {
      action: 'read',
      entity: 'legal_case',
      entityId: c.id,
      centreId: c.centre_id,
      after: { view },
    });
  }
}

/** A handler must be able to see legal details and work at the case's centre (administrators work anywhere). */
export async function assertHandler(conn: Conn, handlerId: string, centreId: string): Promise<void> {
  const user = await conn
    .selectFrom('users')
    .select(['id', 'role', 'disabled_at'])
    .where('id', '=', handlerId)
    .executeTakeFirst();
  const atCentre =
    user?.role === 'admin' ||
    (await conn
      .selectFrom('user_centres')
      .select('user_id')
      .where('user_id', '=', handlerId)
      .where('centre_id', '=', centreId)
      .executeTakeFirst()) !== undefined;
  if (!user || user.disabled_at !== null || !isLegalDetailRole(user.role) || !atCentre) {
    throw new AppError('VALIDATION_FAILED', 'The handler must be a legal officer or manager of this centre', [
      {
        field: 'handlerId',
        issue: 'invalid_handler',
        message: 'Not a legal officer or manager of this centre',
      },
    ]);
  }
}
