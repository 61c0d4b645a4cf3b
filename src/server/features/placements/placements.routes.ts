import { createRoute, z } from '@hono/zod-openapi';
import {
  ZCreatePlacement,
  ZDueFollowUps,
  ZFollowUpStage,
  ZFollowUpsQuery,
  ZPlacement,
  ZPlacementList,
  ZRecordFollowUp,
  ZUpdatePlacement,
} from '../../../shared/contracts/placements';
import { notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { canSeeCentre, centreScope } from '../../http/scope';
import { JOB_READERS, JOB_WRITERS } from '../employers/job-access';
import { dueFollowUps, loadPlacement, loadPlacements } from './placements.repository';
import { createPlacement, recordFollowUp, updatePlacement } from './placements.service';

const tags = ['Placements'];
const today = () => new Date().toISOString().slice(0, 10);

const ZStageParams = ZIdParam.extend({
  stage: ZFollowUpStage.openapi({ param: { name: 'stage', in: 'path' } }),
});

export const placementsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/follow-ups',
      tags,
      summary:
        'Decent-work follow-ups due on or before `due` (default today) and not yet recorded; overdue flagged',
      middleware: [allow.roles(...JOB_READERS)],
      request: { query: ZFollowUpsQuery },
      responses: { 200: jsonResponse(ZDueFollowUps, 'Follow-ups due'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const auth = authOf(c);
      const asOf = today();
      const items = await dueFollowUps(c.get('deps').db, {
        due: q.due ?? asOf,
        today: asOf,
        centreIds: centreScope(auth),
        createdBy: q.mine === 'true' ? auth.user.id : undefined,
        limit: q.limit,
      });
      return c.json({ items, asOf }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Placements, of one worker or of your centres',
      middleware: [allow.roles(...JOB_READERS)],
      request: { query: z.object({ workerId: z.uuid().optional() }) },
      responses: { 200: jsonResponse(ZPlacementList, 'Placements'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const { workerId } = c.req.valid('query');
      const items = await loadPlacements(c.get('deps').db, { workerId, centreIds: centreScope(authOf(c)) });
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary:
        'Record a job the worker found, or self-employment (hires through a referral create their own)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { body: jsonBody(ZCreatePlacement) },
      responses: { 201: jsonResponse(ZPlacement, 'Created'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await createPlacement(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A placement with its follow-ups and their decent-work evaluation',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZPlacement, 'The placement'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const placement = await loadPlacement(c.get('deps').db, c.req.valid('param').id);
      if (!canSeeCentre(authOf(c), placement.centreId)) throw notFound('Placement');
      return c.json(placement, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change a placement, or record that it ended (send the version you read)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdatePlacement) },
      responses: { 200: jsonResponse(ZPlacement, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updatePlacement(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{id}/follow-ups/{stage}',
      tags,
      summary:
        'Record a follow-up: the checklist as found, evaluated against the decent rule in the settings',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZStageParams, body: jsonBody(ZRecordFollowUp) },
      responses: { 200: jsonResponse(ZPlacement, 'Recorded'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, stage } = c.req.valid('param');
      return c.json(
        await recordFollowUp(c.get('deps').db, authOf(c), actorOf(c), id, stage, c.req.valid('json')),
        200,
      );
    },
  );
