import { createRoute, z } from '@hono/zod-openapi';
import {
  ZDuplicateCheckRequest,
  ZDuplicateCheckResult,
  ZPairDecision,
  ZPairDetail,
  ZPairParams,
  ZReviewQuery,
  ZReviewQueue,
} from '../../../shared/contracts/dedup';
import { prepareRecord } from '../../../shared/dedup/record';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { centreScope } from '../../http/scope';
import { birthColumns, nameColumns, normalisePhones, personFromColumns } from '../workers/worker-values';
import { WORKER_READERS, WORKER_WRITERS } from '../workers/workers.routes';
import { findCandidates } from './candidates';
import { presentCandidate } from './dedup.presenter';
import { decidePair, undoMerge } from './merge.service';
import { pairDetail, reviewQueue } from './review.service';

const tags = ['Duplicates'];
/** Merging and keeping apart are the centre manager's and data-quality staff's calls (domain.md). */
export const DEDUP_REVIEWERS = ['admin', 'centre_manager', 'me_officer'] as const;
const ZOk = z.object({ ok: z.literal(true) });

export const dedupRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/check',
      tags,
      summary: 'Likely existing records for what the intake form has typed so far (search before create)',
      middleware: [allow.roles(...WORKER_WRITERS)],
      request: { body: jsonBody(ZDuplicateCheckRequest) },
      responses: {
        200: jsonResponse(ZDuplicateCheckResult, 'Candidates, best first'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const registeredOn = new Date().toISOString().slice(0, 10);
      let phones: string[] = [];
      try {
        phones = normalisePhones(body.phones);
      } catch {
        // While typing, a half-written phone is not an error: it just does not count yet.
      }
      const person = personFromColumns(
        { ...nameColumns(body), ...birthColumns(body, registeredOn), address_code: body.addressCode ?? null },
        {
          sex: body.sex,
          phones,
          nationalId: body.nationalId,
          passportNo: body.passportNo,
          registeredOn,
          age: body.age,
        },
      );
      const db = c.get('deps').db;
      const candidates = await findCandidates(db, db, prepareRecord(person), {
        centreIds: centreScope(authOf(c)),
        excludeIds: body.excludeId ? [body.excludeId] : [],
        limit: 10,
      });
      return c.json({ candidates: candidates.map(presentCandidate) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/review',
      tags,
      summary: 'The review queue: pairs that may be the same person',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { query: ZReviewQuery },
      responses: { 200: jsonResponse(ZReviewQueue, 'Pairs'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await reviewQueue(c.get('deps').db, authOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/pairs/{a}/{b}',
      tags,
      summary: 'Two records side by side with agreeing and disagreeing fields',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { params: ZPairParams },
      responses: { 200: jsonResponse(ZPairDetail, 'The pair'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { a, b } = c.req.valid('param');
      return c.json(await pairDetail(c.get('deps').db, authOf(c), a, b), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/pairs/{a}/{b}/decision',
      tags,
      summary: 'Decide a pair: the same person (merge, undoable) or not the same (never asked again)',
      middleware: [allow.roles(...DEDUP_REVIEWERS)],
      request: { params: ZPairParams, body: jsonBody(ZPairDecision) },
      responses: {
        200: jsonResponse(z.object({ mergeId: z.uuid().nullable() }), 'Decided'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { a, b } = c.req.valid('param');
      const body = c.req.valid('json');
      const out = await decidePair(
        c.get('deps').db,
        authOf(c),
        actorOf(c),
        a,
        b,
        body.decision,
        body.survivorId,
      );
      return c.json(out, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/merges/{id}/undo',
      tags,
      summary: 'Undo a merge: both records and their source records are restored',
      middleware: [allow.roles(...DEDUP_REVIEWERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZOk, 'Undone'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      await undoMerge(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );
