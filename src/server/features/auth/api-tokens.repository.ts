import type { Conn } from '../../db/database';
import { newToken, sha256 } from './secrets';

export const API_TOKEN_PREFIX = 'hw_';

export async function createApiToken(conn: Conn, userId: string, name: string, expiresInDays?: number) {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const row = await conn
    .insertInto('api_tokens')
    .values({
      user_id: userId,
      name,
      token_hash: sha256(token),
      prefix: token.slice(0, 10),
      expires_at: expiresInDays ? new Date(Date.now() + expiresInDays * 86400_000) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, token };
}

export async function findLiveApiToken(conn: Conn, token: string) {
  return conn
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
    .executeTakeFirst();
}

export async function listApiTokens(conn: Conn, userId: string) {
  return conn
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(conn: Conn, id: string, userId: string): Promise<boolean> {
  const res = await conn
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
