import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  ZApiToken,
  ZChangePasswordRequest,
  ZCreateApiTokenRequest,
  ZCreatedApiToken,
  ZLoginRequest,
  ZMe,
  ZSession,
} from '../../../shared/contracts/auth';
import { isNationalRole } from '../../../shared/roles';
import { AppError, notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import type { AppEnv, AuthContext } from '../../http/context';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { recordAudit } from '../audit/audit.repository';
import { findUserById } from '../users/users.repository';
import { resetPassword } from '../users/users.service';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.repository';
import { SESSION_COOKIE } from './auth.middleware';
import { login } from './login.service';
import { verifyPassword } from './secrets';
import { listLiveSessions, revokeSession } from './sessions.repository';

const tags = ['Auth'];
const ZOk = z.object({ ok: z.literal(true) });

const me = (auth: AuthContext) => ({
  ...auth.user,
  national: isNationalRole(auth.user.role),
  csrfToken: auth.csrfToken,
});

function isHttps(c: Context<AppEnv>): boolean {
  return c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:';
}

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags,
      summary: 'Sign in with email and password; sets the session cookie',
      middleware: [allow.public()],
      request: { body: jsonBody(ZLoginRequest) },
      responses: { 200: jsonResponse(ZMe, 'Signed in'), ...errorResponses(400, 401, 423, 429) },
    }),
    async (c) => {
      const { db, config } = c.get('deps');
      const body = c.req.valid('json');
      const { user, session } = await login(
        db,
        body.email,
        body.password,
        config.sessionHours,
        c.get('requestId'),
      );
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c),
        path: '/',
        expires: session.expiresAt,
      });
      const auth: AuthContext = {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          centreIds: user.centre_ids,
        },
        via: 'session',
        sessionId: session.id,
        csrfToken: session.csrfToken,
      };
      return c.json(me(auth), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags,
      summary: 'End the current session',
      middleware: [allow.signedIn()],
      responses: { 200: jsonResponse(ZOk, 'Signed out'), ...errorResponses(401, 403) },
    }),
    async (c) => {
      const auth = authOf(c);
      const { db } = c.get('deps');
      if (auth.sessionId) await revokeSession(db, auth.sessionId, auth.user.id);
      await recordAudit(db, actorOf(c), { action: 'logout', entity: 'user', entityId: auth.user.id });
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags,
      summary: 'The signed-in user, role, centres and CSRF token',
      middleware: [allow.signedIn()],
      responses: { 200: jsonResponse(ZMe, 'The current user'), ...errorResponses(401) },
    }),
    (c) => c.json(me(authOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password',
      tags,
      summary: 'Change your own password (ends your other sessions)',
      middleware: [allow.signedIn()],
      request: { body: jsonBody(ZChangePasswordRequest) },
      responses: { 200: jsonResponse(ZOk, 'Changed'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const auth = authOf(c);
      const { db } = c.get('deps');
      const body = c.req.valid('json');
      const user = await findUserById(db, auth.user.id);
      if (!user || !(await verifyPassword(user.password_hash, body.currentPassword))) {
        throw new AppError('VALIDATION_FAILED', 'The current password is not correct', [
          {
            field: 'currentPassword',
            issue: 'wrong_password',
            message: 'The current password is not correct',
          },
        ]);
      }
      await resetPassword(db, actorOf(c), auth.user.id, body.newPassword, { sessionId: auth.sessionId });
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sessions',
      tags,
      summary: 'Your open sessions',
      middleware: [allow.signedIn()],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZSession) }), 'Sessions'),
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const auth = authOf(c);
      const rows = await listLiveSessions(c.get('deps').db, auth.user.id);
      const items = rows.map((r) => ({
        id: r.id,
        createdAt: new Date(r.created_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        expiresAt: new Date(r.expires_at).toISOString(),
        current: r.id === auth.sessionId,
      }));
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/sessions/{id}',
      tags,
      summary: 'Revoke one of your sessions',
      middleware: [allow.signedIn()],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZOk, 'Revoked'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const db = c.get('deps').db;
      if (!(await revokeSession(db, id, auth.user.id))) throw notFound('Session');
      await recordAudit(db, actorOf(c), { action: 'revoke', entity: 'session', entityId: id });
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      tags,
      summary: 'Your API tokens (never the secret)',
      middleware: [allow.signedIn()],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZApiToken) }), 'Tokens'),
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const rows = await listApiTokens(c.get('deps').db, authOf(c).user.id);
      return c.json({ items: rows.map(presentToken) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      tags,
      summary: 'Create an API token for an integration; the token is shown only in this response',
      middleware: [allow.signedIn()],
      request: { body: jsonBody(ZCreateApiTokenRequest) },
      responses: { 201: jsonResponse(ZCreatedApiToken, 'Created'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const db = c.get('deps').db;
      const created = await db.transaction().execute(async (trx) => {
        const out = await createApiToken(trx, auth.user.id, body.name, body.expiresInDays);
        await recordAudit(trx, actorOf(c), {
          action: 'create',
          entity: 'api_token',
          entityId: out.row.id,
          after: { name: body.name, prefix: out.row.prefix },
        });
        return out;
      });
      return c.json({ ...presentToken(created.row), token: created.token }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      tags,
      summary: 'Revoke one of your API tokens',
      middleware: [allow.signedIn()],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZOk, 'Revoked'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const db = c.get('deps').db;
      if (!(await revokeApiToken(db, id, authOf(c).user.id))) throw notFound('API token');
      await recordAudit(db, actorOf(c), { action: 'revoke', entity: 'api_token', entityId: id });
      return c.json({ ok: true as const }, 200);
    },
  );

function presentToken(r: {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: iso(r.last_used_at),
    expiresAt: iso(r.expires_at),
  };
}
