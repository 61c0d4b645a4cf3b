import { z } from 'zod';
import { ZRole } from '../roles';
import { ZPassword } from './users';

export const ZLoginRequest = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});

export const ZMe = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  centreIds: z.array(z.uuid()),
  national: z.boolean(),
  /** Send back as the X-CSRF-Token header on every state-changing request made with the session cookie. */
  csrfToken: z.string().nullable(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});

export const ZSession = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
});

export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const ZCreateApiTokenRequest = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const ZCreatedApiToken = ZApiToken.extend({
  /** The only time the token is shown; the server keeps its hash. */
  token: z.string(),
});
