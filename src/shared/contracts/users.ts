import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZRole } from '../roles';

export const ZPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
export const ZEmail = z.email().max(254);

export const ZUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  centreIds: z.array(z.uuid()),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZCreateUserRequest = z.object({
  email: ZEmail,
  name: z.string().trim().min(1).max(200),
  password: ZPassword,
  role: ZRole,
  centreIds: z.array(z.uuid()).max(50).default([]),
});
export type TCreateUserRequest = z.input<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z.object({
  version: z.number().int().positive(),
  name: z.string().trim().min(1).max(200).optional(),
  role: ZRole.optional(),
  centreIds: z.array(z.uuid()).max(50).optional(),
  disabled: z.boolean().optional(),
  /** Clears a lock from failed sign-ins. */
  unlock: z.boolean().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZResetPasswordRequest = z.object({ password: ZPassword });

export const ZListUsersQuery = z.object({
  q: z.string().max(100).optional(),
  role: ZRole.optional(),
  centreId: z.uuid().optional(),
  includeDisabled: z.enum(['true', 'false']).optional(),
});
