import type { AttachmentOwnerKind } from '../../../shared/contracts/attachments';
import { LEGAL_DETAIL_ROLES } from '../../../shared/contracts/legal';
import type { Role } from '../../../shared/roles';
import type { Conn } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';
import { CASE_PLAN_WRITERS, CASE_STAFF } from '../cases/case-access';

interface OwnerRule {
  readers: readonly Role[];
  writers: readonly Role[];
  centreOf(conn: Conn, id: string): Promise<string | undefined>;
}

/**
 * Who may see and add files on each kind of record: the same people who may see the record itself. Legal case
 * files (contracts, payslips, evidence) are legal details, so only the legal roles get them.
 */
const RULES: Record<AttachmentOwnerKind, OwnerRule> = {
  legal_case: {
    readers: LEGAL_DETAIL_ROLES,
    writers: LEGAL_DETAIL_ROLES,
    centreOf: async (conn, id) =>
      (await conn.selectFrom('legal_cases').select('centre_id').where('id', '=', id).executeTakeFirst())
        ?.centre_id,
  },
  contact: {
    readers: CASE_STAFF,
    writers: CASE_STAFF,
    centreOf: async (conn, id) =>
      (await conn.selectFrom('service_contacts').select('centre_id').where('id', '=', id).executeTakeFirst())
        ?.centre_id,
  },
  case_plan: {
    readers: CASE_STAFF,
    writers: CASE_PLAN_WRITERS,
    centreOf: async (conn, id) =>
      (await conn.selectFrom('case_plans').select('centre_id').where('id', '=', id).executeTakeFirst())
        ?.centre_id,
  },
};

/**
 * The owning record's centre, if this user may see (or, with `write`, add to) it. A record of another centre
 * answers as not found; a role that may not see this kind of record gets 403.
 */
export async function ownerAccess(
  conn: Conn,
  auth: AuthContext,
  kind: AttachmentOwnerKind,
  id: string,
  mode: 'read' | 'write',
): Promise<string> {
  const rule = RULES[kind];
  const roles = mode === 'read' ? rule.readers : rule.writers;
  if (!roles.includes(auth.user.role)) {
    throw new AppError('FORBIDDEN', 'Your role may not see the files of this record');
  }
  const centreId = await rule.centreOf(conn, id);
  if (!centreId || !canSeeCentre(auth, centreId)) throw notFound('Record');
  return centreId;
}
