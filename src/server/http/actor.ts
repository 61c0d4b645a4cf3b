import type { Context } from 'hono';
import type { AuditActor } from '../features/audit/audit.repository';
import { requireAuth } from './access';
import type { AppEnv } from './context';

/** Who is acting, for the audit trail. */
export function actorOf(c: Context<AppEnv>): AuditActor {
  const auth = c.get('auth');
  return { userId: auth?.user.id ?? null, email: auth?.user.email ?? null, requestId: c.get('requestId') };
}

export const authOf = (c: Context<AppEnv>) => requireAuth(c.get('auth'));
