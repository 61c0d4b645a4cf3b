import type { ColumnType, Generated, Selectable } from 'kysely';

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  /** sha256 of the cookie value: a stolen database does not yield live sessions. */
  token_hash: string;
  csrf_token: string;
  created_at: ColumnType<Date, never, never>;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}
export type SessionRow = Selectable<SessionsTable>;

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  /** First characters of the token, shown so a person can tell tokens apart. */
  prefix: string;
  created_at: ColumnType<Date, never, never>;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}
export type ApiTokenRow = Selectable<ApiTokensTable>;
