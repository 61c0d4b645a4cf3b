import { createRoute, z } from '@hono/zod-openapi';
import {
  SETTING_KEYS,
  ZJobSettings,
  ZMinimumWage,
  ZMinimumWageInput,
} from '../../../shared/contracts/job-settings';
import { allow } from '../../http/access';
import { actorOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonBody, jsonResponse, ZIdParam } from '../../http/schemas';
import { JOB_READERS, SETTINGS_WRITERS } from '../employers/job-access';
import { getJobSettings } from './job-settings.repository';
import { addMinimumWage, deleteMinimumWage, updateMinimumWage, updateSetting } from './job-settings.service';

const tags = ['Job settings'];
const ZKeyParam = z.object({
  key: z.enum(SETTING_KEYS as [string, ...string[]]).openapi({ param: { name: 'key', in: 'path' } }),
});

export const jobSettingsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Decent-work rule, livelihood measure, matching knobs and the minimum-wage table',
      middleware: [allow.roles(...JOB_READERS)],
      responses: { 200: jsonResponse(ZJobSettings, 'The settings'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json(await getJobSettings(c.get('deps').db), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{key}',
      tags,
      summary: 'Replace one setting (decent_rule, livelihood or matching); send the version you read',
      middleware: [allow.roles(...SETTINGS_WRITERS)],
      request: {
        params: ZKeyParam,
        body: jsonBody(z.object({ version: z.number().int().min(0), value: z.unknown() })),
      },
      responses: { 200: jsonResponse(ZJobSettings, 'Saved'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(
        await updateSetting(c.get('deps').db, actorOf(c), key as (typeof SETTING_KEYS)[number], body),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/minimum-wages',
      tags,
      summary: 'Add a minimum wage (no sector = the reference floor for sectors without their own)',
      middleware: [allow.roles(...SETTINGS_WRITERS)],
      request: { body: jsonBody(ZMinimumWageInput) },
      responses: { 201: jsonResponse(ZMinimumWage, 'Added'), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await addMinimumWage(c.get('deps').db, actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/minimum-wages/{id}',
      tags,
      summary: 'Change a minimum wage (send the version you read)',
      middleware: [allow.roles(...SETTINGS_WRITERS)],
      request: { params: ZIdParam, body: jsonBody(ZMinimumWageInput.extend({ version: z.number().int() })) },
      responses: { 200: jsonResponse(ZMinimumWage, 'Saved'), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateMinimumWage(c.get('deps').db, actorOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/minimum-wages/{id}',
      tags,
      summary: 'Remove a minimum wage',
      middleware: [allow.roles(...SETTINGS_WRITERS)],
      request: { params: ZIdParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      await deleteMinimumWage(c.get('deps').db, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
