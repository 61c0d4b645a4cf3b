import { createRoute } from '@hono/zod-openapi';
import {
  ZCreateEmployer,
  ZEmployer,
  ZEmployerContact,
  ZEmployerContactInput,
  ZEmployerContactList,
  ZEmployerList,
  ZEmployerSearch,
  ZUpdateEmployer,
} from '../../../shared/contracts/employers';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { presentEmployer } from './employers.presenter';
import { openVacancyCounts, searchEmployers } from './employers.repository';
import {
  addEmployerContact,
  createEmployer,
  employerContacts,
  loadEmployer,
  updateEmployer,
} from './employers.service';
import { JOB_READERS, JOB_WRITERS } from './job-access';

const tags = ['Employers'];

export const employersRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Employers, filtered by name, sector and province',
      middleware: [allow.roles(...JOB_READERS)],
      request: { query: ZEmployerSearch },
      responses: { 200: jsonResponse(ZEmployerList, 'Employers'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const db = c.get('deps').db;
      const { rows, total } = await searchEmployers(db, c.req.valid('query'));
      const open = await openVacancyCounts(
        db,
        rows.map((r) => r.id),
      );
      return c.json({ items: rows.map((r) => presentEmployer(r, open.get(r.id) ?? 0)), total }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Add an employer',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { body: jsonBody(ZCreateEmployer) },
      responses: { 201: jsonResponse(ZEmployer, 'Created'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await createEmployer(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One employer',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZEmployer, 'The employer'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await loadEmployer(c.get('deps').db, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change an employer (send the version you read; 409 with the current record if stale)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateEmployer) },
      responses: { 200: jsonResponse(ZEmployer, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateEmployer(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/contacts',
      tags,
      summary: 'The log of consultations and contacts with an employer, newest first',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZEmployerContactList, 'Contacts'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json({ items: await employerContacts(c.get('deps').db, c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/contacts',
      tags,
      summary: 'Record a consultation or contact with an employer',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZEmployerContactInput) },
      responses: { 201: jsonResponse(ZEmployerContact, 'Recorded'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addEmployerContact(
          c.get('deps').db,
          authOf(c),
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  );
