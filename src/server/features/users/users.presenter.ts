import type { TUser } from '../../../shared/contracts/users';
import type { UserWithCentres } from './users.repository';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/** The password hash and sign-in counters never leave the server. */
export function presentUser(row: UserWithCentres): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    centreIds: row.centre_ids,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until && new Date(row.locked_until) > new Date() ? iso(row.locked_until) : null,
    lastLoginAt: iso(row.last_login_at),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** What the audit trail keeps of a user: no password hash. */
export const auditUser = (u: TUser) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  centreIds: u.centreIds,
  disabled: u.disabled,
});
