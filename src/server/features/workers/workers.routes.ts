import { createRoute } from '@hono/zod-openapi';
import {
  ZCreateWorkerRequest,
  ZTimeline,
  ZUpdateWorkerRequest,
  ZWorker,
  ZWorkerSearch,
  ZWorkerSearchResult,
} from '../../../shared/contracts/workers';
import { notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { canSeeCentre } from '../../http/scope';
import { createWorker } from './create-worker';
import { searchWorkers } from './search-workers';
import { updateWorker } from './update-worker';
import { workerTimeline } from './worker-timeline';
import { presentWorker } from './workers.presenter';
import { findWorkerRow, loadWorkerBundle } from './workers.repository';

const tags = ['Workers'];

/** Staff who work with returnees' personal details. National viewers see figures, not people. */
export const WORKER_READERS = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
] as const;
export const WORKER_WRITERS = ['admin', 'centre_manager', 'counsellor', 'outreach_officer'] as const;

export const workersRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary:
        'Search workers by name, phone, ID or registration number, with filters (scoped to your centres)',
      description:
        'Names and phones in a URL end up in proxy logs and browser history: prefer POST /api/workers/search, which takes the same fields in the body.',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { query: ZWorkerSearch },
      responses: {
        200: jsonResponse(ZWorkerSearchResult, 'Matching workers'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await searchWorkers(c.get('deps').db, authOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/search',
      tags,
      summary: 'Search workers, with the query in the body (keeps names out of URLs)',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { body: jsonBody(ZWorkerSearch) },
      responses: {
        200: jsonResponse(ZWorkerSearchResult, 'Matching workers'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await searchWorkers(c.get('deps').db, authOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Register a returnee (409 POSSIBLE_DUPLICATES with candidates unless acknowledgedDuplicates)',
      middleware: [allow.roles(...WORKER_WRITERS)],
      request: { body: jsonBody(ZCreateWorkerRequest) },
      responses: { 201: jsonResponse(ZWorker, 'Registered'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) =>
      c.json(await createWorker(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A worker’s whole profile',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZWorker, 'The worker'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const bundle = await loadWorkerBundle(c.get('deps').db, c.req.valid('param').id);
      if (!bundle || !canSeeCentre(authOf(c), bundle.row.centre_id)) throw notFound('Worker');
      return c.json(presentWorker(bundle), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/timeline',
      tags,
      summary: 'Everything that happened to a worker, newest first',
      middleware: [allow.roles(...WORKER_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZTimeline, 'The timeline'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const db = c.get('deps').db;
      const row = await findWorkerRow(db, c.req.valid('param').id);
      if (!row || !canSeeCentre(authOf(c), row.centre_id)) throw notFound('Worker');
      const viewer = { auth: authOf(c), actor: actorOf(c) };
      return c.json({ items: await workerTimeline(db, row.id, viewer) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change a worker (send the version you read; 409 with the current record if it is stale)',
      middleware: [allow.roles(...WORKER_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateWorkerRequest) },
      responses: {
        200: jsonResponse(ZWorker, 'Updated'),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await updateWorker(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
