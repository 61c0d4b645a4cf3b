import { createRoute } from '@hono/zod-openapi';
import { ZMatchLimit, ZVacancyCandidates, ZWorkerMatches } from '../../../shared/contracts/matching';
import { allow } from '../../http/access';
import { authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse, ZIdParam } from '../../http/schemas';
import { JOB_READERS } from '../employers/job-access';
import { vacancyCandidates, workerMatches } from './matching.service';

const tags = ['Matching'];

export const matchingRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/workers/{id}/matches',
      tags,
      summary: 'Open vacancies ranked for a worker, each with its score and reasons factor by factor',
      description:
        'Hard filters (vacancy open, positions left, old enough, available, consent, congestion) are listed in every result. Exactly the top N of scoring every open vacancy.',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam, query: ZMatchLimit },
      responses: {
        200: jsonResponse(ZWorkerMatches, 'Ranked vacancies'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await workerMatches(c.get('deps').db, authOf(c), c.req.valid('param').id, c.req.valid('query').limit),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/vacancies/{id}/candidates',
      tags,
      summary: 'Workers who agreed to share their profile, ranked for a vacancy (scoped to your centres)',
      middleware: [allow.roles(...JOB_READERS)],
      request: { params: ZIdParam, query: ZMatchLimit },
      responses: {
        200: jsonResponse(ZVacancyCandidates, 'Ranked candidates'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await vacancyCandidates(
          c.get('deps').db,
          authOf(c),
          c.req.valid('param').id,
          c.req.valid('query').limit,
        ),
        200,
      ),
  );
