import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../../shared/roles';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled_at: Date | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type UserRow = Selectable<UsersTable>;

export interface UserCentresTable {
  user_id: string;
  centre_id: string;
}
