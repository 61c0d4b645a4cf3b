import { createRoute } from '@hono/zod-openapi';
import {
  ZCreatePartnerRequest,
  ZPartner,
  ZPartnerList,
  ZPartnersQuery,
  ZReferral,
  ZUpdatePartnerRequest,
  ZUpdateReferralRequest,
} from '../../../shared/contracts/partners';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { CASE_STAFF } from './case-access';
import { createPartner, listPartners, updatePartner } from './partners.service';
import { updateReferral } from './referrals.service';

const tags = ['Partners'];

/** Partners (reference data every signed-in user may read) and referrals to them, mounted under /api. */
export const partnersRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/partners',
      tags,
      summary: 'Partner organisations that returnees are referred to',
      middleware: [allow.signedIn()],
      request: { query: ZPartnersQuery },
      responses: { 200: jsonResponse(ZPartnerList, 'Partners'), ...errorResponses(400, 401) },
    }),
    async (c) => c.json({ items: await listPartners(c.get('deps').db, c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partners',
      tags,
      summary: 'Add a partner',
      middleware: [allow.roles('admin')],
      request: { body: jsonBody(ZCreatePartnerRequest) },
      responses: { 201: jsonResponse(ZPartner, 'Added'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createPartner(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/partners/{id}',
      tags,
      summary: 'Change or retire a partner (send the version; 409 with the current partner if stale)',
      middleware: [allow.roles('admin')],
      request: { params: ZIdParam, body: jsonBody(ZUpdatePartnerRequest) },
      responses: { 200: jsonResponse(ZPartner, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updatePartner(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/referrals/{id}',
      tags,
      summary: 'Record a referral’s status and the partner’s feedback (versioned)',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateReferralRequest) },
      responses: { 200: jsonResponse(ZReferral, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateReferral(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
