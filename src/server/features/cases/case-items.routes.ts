import { createRoute } from '@hono/zod-openapi';
import {
  ZCaseAction,
  ZCaseReview,
  ZCaseTransfer,
  ZContact,
  ZStaffList,
  ZTransferDecision,
  ZUpdateActionRequest,
  ZUpdateContactRequest,
  ZUpdateReviewRequest,
} from '../../../shared/contracts/cases';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { CASE_PLAN_WRITERS, CASE_STAFF } from './case-access';
import { updateAction, updateReview } from './case-items.service';
import { cancelTransfer, decideTransfer } from './case-transfers.service';
import { caseStaff } from './caseloads';
import { updateContact } from './contacts.service';

const tags = ['Case work'];

const decision = (verb: 'accept' | 'decline') =>
  createRoute({
    method: 'post',
    path: `/case-transfers/{id}/${verb}`,
    tags,
    summary:
      verb === 'accept'
        ? 'Accept a transfer: the case (and the person, if to another centre) moves to the receiver'
        : 'Decline a transfer: the case stays where it was',
    middleware: [allow.roles(...CASE_PLAN_WRITERS)],
    request: { params: ZIdParam, body: jsonBody(ZTransferDecision) },
    responses: { 200: jsonResponse(ZCaseTransfer, 'Answered'), ...errorResponses(400, 401, 403, 404, 409) },
  });

/** Single case records addressed by their own id, mounted under /api. */
export const caseItemsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'patch',
      path: '/contacts/{id}',
      tags,
      summary: 'Correct a service contact (send the version; 409 with the current contact if stale)',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateContactRequest) },
      responses: { 200: jsonResponse(ZContact, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateContact(
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
      method: 'patch',
      path: '/case-actions/{id}',
      tags,
      summary: 'Update an action: its status, owner, due date (the owner may update their own)',
      middleware: [allow.roles(...CASE_STAFF)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateActionRequest) },
      responses: { 200: jsonResponse(ZCaseAction, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateAction(
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
      method: 'patch',
      path: '/case-reviews/{id}',
      tags,
      summary: 'Record that a review took place, or move its date',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateReviewRequest) },
      responses: { 200: jsonResponse(ZCaseReview, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateReview(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  )
  .openapi(decision('accept'), async (c) =>
    c.json(
      await decideTransfer(
        c.get('deps').db,
        authOf(c),
        actorOf(c),
        c.req.valid('param').id,
        true,
        c.req.valid('json').note,
      ),
      200,
    ),
  )
  .openapi(decision('decline'), async (c) =>
    c.json(
      await decideTransfer(
        c.get('deps').db,
        authOf(c),
        actorOf(c),
        c.req.valid('param').id,
        false,
        c.req.valid('json').note,
      ),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/case-transfers/{id}/cancel',
      tags,
      summary: 'Withdraw a transfer that has not been answered',
      middleware: [allow.roles(...CASE_PLAN_WRITERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCaseTransfer, 'Withdrawn'), ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await cancelTransfer(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/case-staff',
      tags,
      summary: 'Staff who can own case actions or receive cases, with their centres',
      middleware: [allow.roles(...CASE_STAFF)],
      responses: { 200: jsonResponse(ZStaffList, 'Staff'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await caseStaff(c.get('deps').db) }, 200),
  );
