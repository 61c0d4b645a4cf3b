import type { Role } from '../../shared/roles';

/**
 * Which roles may open each module. The server checks again on every request; this only keeps people from
 * seeing links and screens they cannot use.
 */
export const MODULE_ROLES = {
  home: null,
  account: null,
  users: ['admin', 'centre_manager'],
  centres: ['admin'],
  reference: ['admin'],
  audit: ['admin', 'centre_manager'],
} as const satisfies Record<string, readonly Role[] | null>;

export type Module = keyof typeof MODULE_ROLES;

export function canOpen(role: Role, module: Module): boolean {
  const roles: readonly Role[] | null = MODULE_ROLES[module];
  return roles === null || roles.includes(role);
}

/** Only administrators change accounts; centre managers see their staff read-only. */
export const canManageUsers = (role: Role): boolean => role === 'admin';
