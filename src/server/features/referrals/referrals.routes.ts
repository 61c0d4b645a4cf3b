import { createRoute } from '@hono/zod-openapi';
import {
  ZChangeReferral,
  ZCreateReferral,
  ZReferralContactInput,
  ZReferralDetail,
  ZReferralList,
  ZReferralSearch,
} from '../../../shared/contracts/referrals';
import { notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { canSeeCentre, centreScope } from '../../http/scope';
import { JOB_READERS, JOB_WRITERS } from '../employers/job-access';
import { loadReferral, searchReferrals } from './referrals.repository';
import { addReferralContact, changeReferral, createReferral } from './referrals.service';

const tags = ['Referrals'];

export const referralsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Job referrals of a vacancy or a worker, by status (scoped to your centres)',
      middleware: [allow.roles(...JOB_READERS)],
      request: { query: ZReferralSearch },
      responses: { 200: jsonResponse(ZReferralList, 'Referrals'), ...errorResponses(400, 401, 403) },
    }),
    async (c) =>
      c.json(
        { items: await searchReferrals(c.get('deps').db, c.req.valid('query'), centreScope(authOf(c))) },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary:
        'Refer a worker to a vacancy (409 CONSENT_REQUIRED without consent to share with employers, VACANCY_NOT_OPEN)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { body: jsonBody(ZCreateReferral) },
      responses: {
        201: jsonResponse(ZReferralDetail, 'Referred'),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await createReferral(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A referral with its status history and contacts with the employer',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZReferralDetail, 'The referral'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const referral = await loadReferral(c.get('deps').db, c.req.valid('param').id);
      if (!canSeeCentre(authOf(c), referral.centreId)) throw notFound('Referral');
      return c.json(referral, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary:
        'Move a referral to its next status (send the version you read; 409 INVALID_TRANSITION or VERSION_CONFLICT)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZChangeReferral) },
      responses: {
        200: jsonResponse(ZReferralDetail, 'Moved'),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await changeReferral(
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
      path: '/{id}/contacts',
      tags,
      summary: 'Record a contact with the employer about this referral',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZReferralContactInput) },
      responses: {
        201: jsonResponse(ZReferralDetail, 'Recorded'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await addReferralContact(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  );
