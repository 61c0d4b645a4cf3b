import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { findUserByEmail } from '../users/users.repository';
import { burnPasswordCheck, verifyPassword } from './secrets';
import { createSession } from './sessions.repository';

/** After this many failures in a row each further failure makes the user wait, doubling from 5 seconds. */
export const SLOW_DOWN_AFTER = 5;
/** At this many failures the account locks for LOCK_MINUTES. */
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;

const invalid = () => new AppError('INVALID_CREDENTIALS', 'The email or password is not correct');

function waitError(until: Date, failures: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  if (failures >= LOCK_AFTER) {
    return new AppError(
      'ACCOUNT_LOCKED',
      `Too many failed sign-ins: the account is locked for ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      { retryAfterSeconds, lockedUntil: until.toISOString() },
    );
  }
  return new AppError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins: wait ${retryAfterSeconds} seconds`, {
    retryAfterSeconds,
  });
}

export async function login(
  db: Db,
  email: string,
  password: string,
  sessionHours: number,
  requestId: string,
) {
  const user = await findUserByEmail(db, email);
  if (!user) {
    await burnPasswordCheck(password);
    throw invalid();
  }
  if (user.locked_until && new Date(user.locked_until) > new Date()) {
    throw waitError(new Date(user.locked_until), user.failed_logins);
  }
  const ok = await verifyPassword(user.password_hash, password);
  const actor: AuditActor = { userId: user.id, email: user.email, requestId };
  if (!ok || user.disabled_at) {
    if (!ok) await registerFailure(db, user.id, user.failed_logins + 1, actor);
    throw invalid();
  }
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(trx, user.id, sessionHours);
    await recordAudit(trx, actor, { action: 'login', entity: 'user', entityId: user.id });
    return { user, session };
  });
}

async function registerFailure(db: Db, userId: string, failures: number, actor: AuditActor): Promise<void> {
  let lockedUntil: Date | null = null;
  if (failures >= LOCK_AFTER) lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
  else if (failures >= SLOW_DOWN_AFTER)
    lockedUntil = new Date(Date.now() + 5000 * 2 ** (failures - SLOW_DOWN_AFTER));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: failures, locked_until: lockedUntil })
      .where('id', '=', userId)
      .execute();
    if (failures === LOCK_AFTER) {
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'user',
        entityId: userId,
        after: { locked: true },
      });
    }
  });
  if (lockedUntil) throw waitError(lockedUntil, failures);
}
