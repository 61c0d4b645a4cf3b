import { createRoute, z } from '@hono/zod-openapi';
import {
  ZImportJob,
  ZImportUploadFields,
  ZOccupation,
  ZOccupationSearchQuery,
  ZPlace,
  ZPlaceDetail,
  ZPlaceSearchQuery,
  ZSector,
} from '../../../shared/contracts/reference';
import { AppError, notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse, ZIdParam } from '../../http/schemas';
import { findImportJob, findImportSummary, listImportJobs, presentImportJob } from './import-jobs.repository';
import { startImportJob } from './import-jobs.service';
import { listSectors, searchOccupations } from './occupations.repository';
import { findPlace, listProvinces, searchPlaces } from './places.repository';

const tags = ['Reference'];

const ZProvince = z.object({ code: z.string(), nameKm: z.string(), nameLatin: z.string() });

const ZCodeParam = z.object({
  code: z
    .string()
    .regex(/^\d{2}(\d{2}){0,3}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: '1502' }),
});

const ZImportUpload = ZImportUploadFields.extend({
  file: z
    .instanceof(File)
    .openapi({ type: 'string', format: 'binary', description: 'An NCDD gazetteer .xlsx or a UTF-8 .csv' }),
});

// Place, sector and occupation lists are public facts that every form needs; imports change them for everyone.
export const referenceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/provinces',
      tags,
      summary: 'The 25 provinces',
      middleware: [allow.signedIn()],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZProvince) }), 'Provinces'),
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const rows = await listProvinces(c.get('deps').db);
      return c.json(
        { items: rows.map((r) => ({ code: r.code, nameKm: r.name_km, nameLatin: r.name_latin })) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/places',
      tags,
      summary: 'Search places in Khmer or Latin, or list the children of a place',
      middleware: [allow.signedIn()],
      request: { query: ZPlaceSearchQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZPlace) }), 'Places'),
        ...errorResponses(400, 401),
      },
    }),
    async (c) => c.json({ items: await searchPlaces(c.get('deps').db, c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/places/{code}',
      tags,
      summary: 'One place with its path and its children',
      middleware: [allow.signedIn()],
      request: { params: ZCodeParam },
      responses: { 200: jsonResponse(ZPlaceDetail, 'The place'), ...errorResponses(400, 401, 404) },
    }),
    async (c) => {
      const detail = await findPlace(c.get('deps').db, c.req.valid('param').code);
      if (!detail) throw notFound('Place');
      return c.json(detail, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sectors',
      tags,
      summary: 'Sectors, with their ISIC Rev.4 sections',
      middleware: [allow.signedIn()],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZSector) }), 'Sectors'),
        ...errorResponses(401),
      },
    }),
    async (c) => c.json({ items: await listSectors(c.get('deps').db) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/occupations',
      tags,
      summary: 'Search the curated occupations (and ISCO-08 unit groups with scope=all)',
      middleware: [allow.signedIn()],
      request: { query: ZOccupationSearchQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZOccupation) }), 'Occupations'),
        ...errorResponses(400, 401),
      },
    }),
    async (c) => c.json({ items: await searchOccupations(c.get('deps').db, c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports',
      tags,
      summary: 'Upload a gazetteer or ISCO-08 file; the import runs in the background (poll the job)',
      middleware: [allow.roles('admin')],
      request: { body: { required: true, content: { 'multipart/form-data': { schema: ZImportUpload } } } },
      responses: {
        202: jsonResponse(ZImportJob, 'Accepted: the job is queued'),
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const { kind, file } = c.req.valid('form');
      if (file.size === 0) {
        throw new AppError('VALIDATION_FAILED', 'The file is empty', [
          { field: 'file', issue: 'empty', message: 'Choose a file with data' },
        ]);
      }
      const deps = c.get('deps');
      const job = await startImportJob(
        { db: deps.db, logger: deps.logger, uploadDir: deps.config.uploadDir },
        { kind, file, actor: actorOf(c) },
      );
      return c.json(presentImportJob(job), 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports',
      tags,
      summary: 'Reference imports, newest first',
      middleware: [allow.roles('admin')],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZImportJob) }), 'Import jobs'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) =>
      c.json({ items: (await listImportJobs(c.get('deps').db)).map((j) => presentImportJob(j)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/imports/{id}',
      tags,
      summary: 'One import job, for progress polling; a finished job carries its summary',
      middleware: [allow.roles('admin')],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZImportJob, 'The job'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const db = c.get('deps').db;
      const job = await findImportJob(db, c.req.valid('param').id);
      if (!job) throw notFound('Import job');
      const summary = job.status === 'succeeded' ? await findImportSummary(db, job.id) : null;
      return c.json(presentImportJob(job, summary), 200);
    },
  );
