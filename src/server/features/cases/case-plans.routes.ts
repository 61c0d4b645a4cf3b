import { createRoute } from '@hono/zod-openapi';
import {
  ZCaseload,
  ZCaseloadsQuery,
  ZCasePlan,
  ZCentreCaseloads,
  ZCreateActionRequest,
  ZCreateReviewRequest,
  ZTransferList,
  ZTransferRequest,
  ZUpdateCasePlanRequest,
} from '../../../shared/contracts/cases';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { CASE_PLAN_WRITERS, CASE_STAFF, CASELOAD_OVERSEERS } from './case-access';
import { addAction, addReview } from './case-items.service';
import { getPlan, updatePlan } from './case-plans.service';
import { incomingTransfers, requestTransfer } from './case-transfers.service';
import { centreCaseloads, myCaseload } from './caseloads';

const tags = ['Case work'];

// Fixed paths first: they would otherwise be read as a plan id.
export const casePlansRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/mine',
      tags,
      summary: 'My caseload: the open cases I hold, those with overdue work first',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      responses: { 200: jsonResponse(ZCaseload, 'My cases'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await myCaseload(c.get('deps').db, authOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/caseloads',
      tags,
      summary: 'Every open case of my centres (or one centre), grouped by counsellor',
      middleware: [allow.roles(...CASELOAD_OVERSEERS)],
      request: { query: ZCaseloadsQuery },
      responses: { 200: jsonResponse(ZCentreCaseloads, 'Caseloads'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        {
          counsellors: await centreCaseloads(c.get('deps').db, authOf(c), c.req.valid('query').centreId),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/transfers',
      tags,
      summary: 'Case transfers waiting for my answer (to me, or to a centre I manage)',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      responses: { 200: jsonResponse(ZTransferList, 'Pending transfers'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await incomingTransfers(c.get('deps').db, authOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A case plan with its actions, reviews and pending transfer',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCasePlan, 'The plan'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getPlan(c.get('deps').db, authOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change needs, goals or status (send the version; 409 with the current plan if stale)',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateCasePlanRequest) },
      responses: { 200: jsonResponse(ZCasePlan, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updatePlan(
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
      method: 'post',
      path: '/{id}/actions',
      tags,
      summary: 'Add an action with an owner and a due date',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZCreateActionRequest) },
      responses: { 201: jsonResponse(ZCasePlan, 'The plan'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addAction(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/reviews',
      tags,
      summary: 'Schedule a review of the plan',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZCreateReviewRequest) },
      responses: { 201: jsonResponse(ZCasePlan, 'The plan'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addReview(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json').dueOn,
        ),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/transfer',
      tags,
      summary: 'Ask another counsellor or centre to take the case (they accept or decline)',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZTransferRequest) },
      responses: { 201: jsonResponse(ZCasePlan, 'The plan'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await requestTransfer(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  );
