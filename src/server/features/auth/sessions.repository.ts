import type { Conn } from '../../db/database';
import { newToken, sha256 } from './secrets';

export async function createSession(conn: Conn, userId: string, hours: number) {
  const token = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  const row = await conn
    .insertInto('sessions')
    .values({
      user_id: userId,
      token_hash: sha256(token),
      csrf_token: csrfToken,
      last_seen_at: new Date(),
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token, csrfToken, expiresAt };
}

export async function findLiveSession(conn: Conn, token: string) {
  return conn
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

/** Sliding expiry, written at most every five minutes so reads stay reads. */
export async function touchSession(conn: Conn, id: string, lastSeen: Date, hours: number): Promise<void> {
  if (Date.now() - new Date(lastSeen).getTime() < 5 * 60_000) return;
  await conn
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: new Date(Date.now() + hours * 3600_000) })
    .where('id', '=', id)
    .execute();
}

export async function revokeSession(conn: Conn, id: string, userId: string): Promise<boolean> {
  const res = await conn
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function revokeAllForUser(conn: Conn, userId: string): Promise<void> {
  await conn
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  await conn
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeOtherSessions(conn: Conn, userId: string, keepId: string | null): Promise<void> {
  let query = conn
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepId) query = query.where('id', '!=', keepId);
  await query.execute();
}

export async function listLiveSessions(conn: Conn, userId: string) {
  return conn
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('last_seen_at', 'desc')
    .execute();
}
