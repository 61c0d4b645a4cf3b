import { createRoute, z } from '@hono/zod-openapi';
import { ZCentre, ZCreateCentreRequest, ZUpdateCentreRequest } from '../../../shared/contracts/centres';
import { notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { createCentre, findCentre, listCentres, presentCentre, updateCentre } from './centres.service';

const tags = ['Centres'];

// Centre names and addresses are public facts, so every signed-in user may read them.
export const centresRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'All centres',
      middleware: [allow.signedIn()],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZCentre) }), 'Centres'),
        ...errorResponses(401),
      },
    }),
    async (c) => c.json({ items: (await listCentres(c.get('deps').db)).map(presentCentre) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One centre',
      middleware: [allow.signedIn()],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCentre, 'The centre'), ...errorResponses(401, 404) },
    }),
    async (c) => {
      const row = await findCentre(c.get('deps').db, c.req.valid('param').id);
      if (!row) throw notFound('Centre');
      return c.json(presentCentre(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Add a centre',
      middleware: [allow.roles('admin')],
      request: { body: jsonBody(ZCreateCentreRequest) },
      responses: { 201: jsonResponse(ZCentre, 'Created'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createCentre(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Change a centre (send the version you read)',
      middleware: [allow.roles('admin')],
      request: { params: ZIdParam, body: jsonBody(ZUpdateCentreRequest) },
      responses: { 200: jsonResponse(ZCentre, 'Updated'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateCentre(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
