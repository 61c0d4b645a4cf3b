import { createRoute } from '@hono/zod-openapi';
import {
  ZCasePlan,
  ZCasePlanList,
  ZContact,
  ZContactList,
  ZCreateCasePlanRequest,
  ZCreateContactRequest,
} from '../../../shared/contracts/cases';
import { ZCreateReferralRequest, ZReferral, ZReferralList } from '../../../shared/contracts/partners';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { CASE_PLAN_WRITERS, CASE_STAFF, CONTACT_READERS } from './case-access';
import { createPlan, listWorkerPlans } from './case-plans.service';
import { createContact, listContacts } from './contacts.service';
import { createReferral, listReferrals } from './referrals.service';

const tags = ['Case work'];

/** A returnee's contacts, case plans and partner referrals, under /api/workers/{id}. */
export const workerCasesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/contacts',
      tags,
      summary: 'Service contacts with a worker, newest first (notes hidden from M&E officers)',
      middleware: [allow.roles(...CONTACT_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZContactList, 'Contacts'), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json({ items: await listContacts(c.get('deps').db, authOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/contacts',
      tags,
      summary: 'Record a service contact with a worker',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam, body: jsonBody(ZCreateContactRequest) },
      responses: { 201: jsonResponse(ZContact, 'Recorded'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await createContact(
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
      method: 'get',
      path: '/{id}/case-plans',
      tags,
      summary: 'A worker’s case plans, the one in progress first',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCasePlanList, 'Case plans'), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json({ items: await listWorkerPlans(c.get('deps').db, authOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/case-plans',
      tags,
      summary: 'Open a case plan (409 ALREADY_EXISTS if one is in progress)',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZCreateCasePlanRequest) },
      responses: { 201: jsonResponse(ZCasePlan, 'Opened'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await createPlan(
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
      method: 'get',
      path: '/{id}/referrals',
      tags,
      summary: 'A worker’s referrals to partners, newest first',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZReferralList, 'Referrals'), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json({ items: await listReferrals(c.get('deps').db, authOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/referrals',
      tags,
      summary: 'Refer a worker to a partner',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam, body: jsonBody(ZCreateReferralRequest) },
      responses: { 201: jsonResponse(ZReferral, 'Referred'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await createReferral(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  );
