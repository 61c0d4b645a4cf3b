import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../../shared/contracts/users';
import { isNationalRole, type Role } from '../../../shared/roles';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { hashPassword } from '../auth/secrets';
import { revokeAllForUser, revokeOtherSessions } from '../auth/sessions.repository';
import { auditUser, presentUser } from './users.presenter';
import { findUserByEmail, findUserById, setUserCentres } from './users.repository';

async function assertCentresExist(db: Db, role: Role, centreIds: string[]): Promise<void> {
  if (!isNationalRole(role) && centreIds.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Centre staff must belong to at least one centre', [
      { field: 'centreIds', issue: 'centre_required', message: 'Choose at least one centre' },
    ]);
  }
  if (centreIds.length === 0) return;
  const found = await db.selectFrom('centres').select('id').where('id', 'in', centreIds).execute();
  if (found.length !== new Set(centreIds).size) {
    throw new AppError('VALIDATION_FAILED', 'Unknown centre', [
      { field: 'centreIds', issue: 'unknown_centre', message: 'One of the centres does not exist' },
    ]);
  }
}

export async function createUser(db: Db, actor: AuditActor, input: TCreateUserRequest): Promise<TUser> {
  const centreIds = [...new Set(input.centreIds ?? [])];
  await assertCentresExist(db, input.role, centreIds);
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('ALREADY_EXISTS', 'A user with this email already exists', [
      { field: 'email', issue: 'taken', message: 'This email is already used' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        email: input.email.trim(),
        name: input.name.trim(),
        role: input.role,
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setUserCentres(trx, id, centreIds);
    const user = presentUser((await findUserById(trx, id))!);
    await recordAudit(trx, actor, { action: 'create', entity: 'user', entityId: id, after: auditUser(user) });
    return user;
  });
}

export async function updateUser(db: Db, actor: AuditActor, id: string, input: TUpdateUserRequest) {
  return db.transaction().execute(async (trx) => {
    // Row lock: two admins saving at once must not both pass the version check.
    const locked = await trx
      .selectFrom('users')
      .select('version')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!locked) throw notFound('User');
    const current = presentUser((await findUserById(trx, id))!);
    if (locked.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this user; review their change', {
        current,
      });
    }
    if (id === actor.userId && (input.disabled || (input.role && input.role !== current.role))) {
      throw new AppError('FORBIDDEN', 'You cannot disable yourself or change your own role');
    }
    const role = input.role ?? current.role;
    const centreIds = input.centreIds ? [...new Set(input.centreIds)] : current.centreIds;
    await assertCentresExist(trx as unknown as Db, role, centreIds);
    await trx
      .updateTable('users')
      .set({
        name: input.name ?? current.name,
        role,
        disabled_at: input.disabled === undefined ? undefined : input.disabled ? new Date() : null,
        ...(input.unlock ? { locked_until: null, failed_logins: 0 } : {}),
        version: current.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (input.centreIds) await setUserCentres(trx, id, centreIds);
    if (input.disabled) await revokeAllForUser(trx, id);
    const updated = presentUser((await findUserById(trx, id))!);
    const diff = changedFields(auditUser(current), auditUser(updated));
    await recordAudit(trx, actor, { action: 'update', entity: 'user', entityId: id, ...diff });
    return updated;
  });
}

/**
 * Sets a new password. An admin's reset ends every session and token (the old password may be known to someone
 * else); changing your own password ends your other sessions but keeps the one you are using and your tokens.
 */
export async function resetPassword(
  db: Db,
  actor: AuditActor,
  id: string,
  password: string,
  keep: { sessionId: string | null } | null = null,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        failed_logins: 0,
        locked_until: null,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .executeTakeFirst();
    if (!res.numUpdatedRows) throw notFound('User');
    if (keep) await revokeOtherSessions(trx, id, keep.sessionId);
    else await revokeAllForUser(trx, id);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'user',
      entityId: id,
      after: { password: keep ? 'changed' : 'reset' },
    });
  });
}
