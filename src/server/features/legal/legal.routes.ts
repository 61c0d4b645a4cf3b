import { createRoute } from '@hono/zod-openapi';
import {
  LEGAL_DETAIL_ROLES,
  ZCreateLegalCaseRequest,
  ZLegalCase,
  ZLegalCaseList,
  ZLegalCaseQuery,
  ZUpdateLegalCaseRequest,
} from '../../../shared/contracts/legal';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { WORKER_READERS } from '../workers/workers.routes';
import { createLegalCase, updateLegalCase } from './legal-cases.service';
import { listLegalCases, listWorkerLegalCases, readLegalCase } from './legal-reads';

const tags = ['Legal cases'];
const DETAIL = [...LEGAL_DETAIL_ROLES];

export const legalRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Open a legal case for a worker',
      middleware: [allow.roles(...DETAIL)],
      request: { body: jsonBody(ZCreateLegalCaseRequest) },
      responses: { 201: jsonResponse(ZLegalCase, 'Opened'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await createLegalCase(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'My legal cases (handler=me) or every case of my centres (handler=any); each read is audited',
      middleware: [allow.roles(...DETAIL)],
      request: { query: ZLegalCaseQuery },
      responses: { 200: jsonResponse(ZLegalCaseList, 'Legal cases'), ...errorResponses(400, 401, 403) },
    }),
    async (c) =>
      c.json(
        { items: await listLegalCases(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('query')) },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A legal case in full (legal officers, centre managers, administrators); the read is audited',
      middleware: [allow.roles(...DETAIL)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZLegalCase, 'The legal case'), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json(await readLegalCase(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change a legal case (send the version you read; 409 with the current record if it is stale)',
      middleware: [allow.roles(...DETAIL)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateLegalCaseRequest) },
      responses: {
        200: jsonResponse(ZLegalCase, 'Updated'),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await updateLegalCase(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );

/** Mounted under /api/workers: everyone who sees the worker learns a case exists; details only for some. */
export const workerLegalRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/{id}/legal-cases',
    tags,
    summary:
      'A worker’s legal cases: claim type and status for legal roles (audited), otherwise only who handles each',
    middleware: [allow.roles(...WORKER_READERS)],
    request: { params: ZIdParam },
    responses: { 200: jsonResponse(ZLegalCaseList, 'Legal cases'), ...errorResponses(401, 403, 404) },
  }),
  async (c) =>
    c.json(
      {
        items: await listWorkerLegalCases(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('param').id),
      },
      200,
    ),
);
