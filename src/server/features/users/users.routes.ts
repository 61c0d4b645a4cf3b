import { createRoute, z } from '@hono/zod-openapi';
import {
  ZCreateUserRequest,
  ZListUsersQuery,
  ZResetPasswordRequest,
  ZUpdateUserRequest,
  ZUser,
} from '../../../shared/contracts/users';
import { isNationalRole } from '../../../shared/roles';
import { notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { presentUser } from './users.presenter';
import { findUserById, listUsers } from './users.repository';
import { createUser, resetPassword, updateUser } from './users.service';

const tags = ['Users'];

export const usersRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'List staff accounts (centre managers see their centres’ staff)',
      middleware: [allow.roles('admin', 'centre_manager')],
      request: { query: ZListUsersQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZUser) }), 'Users'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const auth = authOf(c);
      const q = c.req.valid('query');
      let centreIds = q.centreId ? [q.centreId] : undefined;
      if (!isNationalRole(auth.user.role)) {
        centreIds = (centreIds ?? auth.user.centreIds).filter((id) => auth.user.centreIds.includes(id));
      }
      const rows = await listUsers(c.get('deps').db, {
        q: q.q,
        role: q.role,
        centreIds,
        includeDisabled: q.includeDisabled === 'true',
      });
      return c.json({ items: rows.map(presentUser) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Create a staff account',
      middleware: [allow.roles('admin')],
      request: { body: jsonBody(ZCreateUserRequest) },
      responses: { 201: jsonResponse(ZUser, 'Created'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createUser(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One staff account',
      middleware: [allow.roles('admin', 'centre_manager')],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZUser, 'The user'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const auth = authOf(c);
      const row = await findUserById(c.get('deps').db, c.req.valid('param').id);
      const visible =
        row &&
        (isNationalRole(auth.user.role) || row.centre_ids.some((id) => auth.user.centreIds.includes(id)));
      if (!visible) throw notFound('User');
      return c.json(presentUser(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change name, role, centres, disable or unlock (send the version you read)',
      middleware: [allow.roles('admin')],
      request: { params: ZIdParam, body: jsonBody(ZUpdateUserRequest) },
      responses: { 200: jsonResponse(ZUser, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateUser(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/password',
      tags,
      summary: 'Set a new password for a user and end their sessions',
      middleware: [allow.roles('admin')],
      request: { params: ZIdParam, body: jsonBody(ZResetPasswordRequest) },
      responses: {
        200: jsonResponse(z.object({ ok: z.literal(true) }), 'Reset'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      await resetPassword(
        c.get('deps').db,
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json').password,
      );
      return c.json({ ok: true as const }, 200);
    },
  );
