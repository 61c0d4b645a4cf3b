import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors';
import type { AppEnv, AuthContext } from '../../http/context';
import { findUserById } from '../users/users.repository';
import { API_TOKEN_PREFIX, findLiveApiToken } from './api-tokens.repository';
import { safeEqual } from './secrets';
import { findLiveSession, touchSession } from './sessions.repository';

export const SESSION_COOKIE = 'hw_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves who is calling (session cookie or bearer token); routes decide what they may do. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { db, config } = c.get('deps');
  c.set('auth', null);
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    const row = token.startsWith(API_TOKEN_PREFIX) ? await findLiveApiToken(db, token) : undefined;
    if (!row) throw new AppError('UNAUTHENTICATED', 'The API token is not valid or was revoked');
    const auth = await loadAuth(c.get('deps').db, row.user_id, 'token', null, null);
    if (!auth) throw new AppError('UNAUTHENTICATED', 'The API token is not valid or was revoked');
    if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000) {
      await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
    }
    c.set('auth', auth);
    return next();
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) {
    const session = await findLiveSession(db, cookie);
    if (session) {
      const auth = await loadAuth(db, session.user_id, 'session', session.id, session.csrf_token);
      if (auth) {
        await touchSession(db, session.id, session.last_seen_at, config.sessionHours);
        c.set('auth', auth);
      }
    }
  }
  return next();
});

/**
 * A cookie rides along on cross-site requests; the CSRF token only our own pages can read does not. Bearer
 * tokens are never sent automatically, so they need no such check.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  if (origin && !sameOrigin(origin, c.req.url, c.req.header('host'))) {
    throw new AppError('CSRF_FAILED', 'This request came from another site and was refused');
  }
  const auth = c.get('auth');
  // Signing in again over a live session must work from a fresh sign-in page that has no token yet.
  if (auth?.via === 'session' && c.req.path !== '/api/auth/login') {
    const sent = c.req.header(CSRF_HEADER) ?? '';
    if (!auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
      throw new AppError(
        'CSRF_FAILED',
        'Missing or wrong X-CSRF-Token header; reload the page and try again',
      );
    }
  }
  return next();
});

function sameOrigin(origin: string, url: string, host: string | undefined): boolean {
  try {
    const o = new URL(origin);
    return o.host === (host ?? new URL(url).host);
  } catch {
    return false;
  }
}

async function loadAuth(
  db: AppEnv['Variables']['deps']['db'],
  userId: string,
  via: AuthContext['via'],
  sessionId: string | null,
  csrfToken: string | null,
): Promise<AuthContext | null> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled_at) return null;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, centreIds: user.centre_ids },
    via,
    sessionId,
    csrfToken,
  };
}
