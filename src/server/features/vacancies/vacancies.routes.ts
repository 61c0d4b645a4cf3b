import { createRoute } from '@hono/zod-openapi';
import {
  ZCreateVacancy,
  ZUpdateVacancy,
  ZVacancy,
  ZVacancyList,
  ZVacancySearch,
} from '../../../shared/contracts/vacancies';
import { allow } from '../../http/access';
import { actorOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { JOB_READERS, JOB_WRITERS } from '../employers/job-access';
import { loadVacancy, searchVacancies } from './vacancies.repository';
import { createVacancy, updateVacancy } from './vacancies.service';

const tags = ['Vacancies'];

export const vacanciesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary:
        'The vacancy board: filter by status, sector, province, occupation (ISCO prefix), employer, text',
      middleware: [allow.roles(...JOB_READERS)],
      request: { query: ZVacancySearch },
      responses: { 200: jsonResponse(ZVacancyList, 'Vacancies'), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await searchVacancies(c.get('deps').db, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Post a vacancy',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { body: jsonBody(ZCreateVacancy) },
      responses: { 201: jsonResponse(ZVacancy, 'Created'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await createVacancy(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One vacancy',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZVacancy, 'The vacancy'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await loadVacancy(c.get('deps').db, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change a vacancy (send the version you read; 409 with the current record if stale)',
      middleware: [allow.roles(...JOB_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZUpdateVacancy) },
      responses: { 200: jsonResponse(ZVacancy, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateVacancy(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
