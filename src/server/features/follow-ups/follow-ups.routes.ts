import { createRoute } from '@hono/zod-openapi';
import { ZFollowUps, ZFollowUpsQuery } from '../../../shared/contracts/follow-ups';
import { allow } from '../../http/access';
import { authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse } from '../../http/schemas';
import { myFollowUps } from './follow-ups.service';

export const followUpsRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/follow-ups',
    tags: ['Follow-ups'],
    summary: 'My overdue follow-ups and those due within `days` (default 7): case actions, reviews and more',
    middleware: [allow.signedIn()],
    request: { query: ZFollowUpsQuery },
    responses: { 200: jsonResponse(ZFollowUps, 'Follow-ups, earliest first'), ...errorResponses(400, 401) },
  }),
  async (c) => c.json(await myFollowUps(c.get('deps').db, authOf(c), c.req.valid('query').days), 200),
);
