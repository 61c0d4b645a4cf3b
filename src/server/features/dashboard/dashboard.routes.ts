import { createRoute } from '@hono/zod-openapi';
import { ZDashboardQuery, ZHeadline } from '../../../shared/contracts/dashboard';
import { ROLES } from '../../../shared/roles';
import { allow } from '../../http/access';
import { authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse } from '../../http/schemas';
import { headline } from './dashboard.service';

// Figures only, never a name or an id: every role may read them, each within the centres it sees.
export const dashboardRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/headline',
    tags: ['Dashboard'],
    summary:
      'Headline figures for a period: people registered, served, referred, placed, in decent work and retained ' +
      'at 90 days, by sex and province; centre staff see their centres, national roles all or one centre',
    middleware: [allow.roles(...ROLES)],
    request: { query: ZDashboardQuery },
    responses: {
      200: jsonResponse(ZHeadline, 'Counts of distinct people'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  async (c) => c.json(await headline(c.get('deps').db, authOf(c), c.req.valid('query')), 200),
);
