import type { Role } from '../../../shared/roles';

/**
 * Copies of the server's rules (features/cases/case-access.ts) for showing only the buttons a role can use; the
 * web bundle must not import server files. The server checks again on every request.
 */
export const CASE_STAFF = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
] as const satisfies readonly Role[];
export const CASE_PLAN_WRITERS = ['admin', 'centre_manager', 'counsellor'] as const satisfies readonly Role[];

export const isCaseStaff = (role: Role) => (CASE_STAFF as readonly Role[]).includes(role);
export const canWritePlans = (role: Role) => (CASE_PLAN_WRITERS as readonly Role[]).includes(role);
