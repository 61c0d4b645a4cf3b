import { z } from 'zod';

/** Staff roles. Order matters only for display. */
export const ROLES = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES);

/** National roles see every centre; the others see only the centres they belong to. */
export const NATIONAL_ROLES: readonly Role[] = ['admin', 'me_officer', 'viewer'];

export const isNationalRole = (role: Role): boolean => NATIONAL_ROLES.includes(role);

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
