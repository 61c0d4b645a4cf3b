import { createRoute, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import {
  TEMPLATE_COLUMNS,
  ZColumnMapping,
  ZImportPreview,
  ZSourceName,
  ZWorkerImportJob,
} from '../../../shared/contracts/imports';
import { MAX_LISTED_REJECTS } from '../../../shared/contracts/reference';
import { AppError, notFound } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse, ZIdParam } from '../../http/schemas';
import { centreScope, resolveCentre } from '../../http/scope';
import { readTable } from '../reference/table-file';
import { listRejects } from './import-rejects';
import { suggestMapping, TEMPLATE_EXAMPLE } from './mapping';
import { presentWorkerImportJob, startWorkerImport, storeUpload } from './worker-import-jobs';

const tags = ['Registry imports'];
/** Bulk lists are the centre manager's and M&E's work; counsellors register people one by one. */
export const IMPORTERS = ['admin', 'centre_manager', 'me_officer'] as const;
const ZFile = z
  .instanceof(File)
  .openapi({ type: 'string', format: 'binary', description: 'A .csv (UTF-8) or .xlsx list' });
const ZUpload = z.object({
  file: ZFile,
  source: ZSourceName,
  /** JSON of a column mapping, when the file does not use the template's headers. */
  mapping: z.string().max(10_000).optional(),
  centreId: z.uuid().optional(),
});
const multipart = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'multipart/form-data': { schema } },
});

function parseMapping(text: string | undefined) {
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The mapping is not valid JSON', [
      { field: 'mapping', issue: 'invalid_json', message: 'Not valid JSON' },
    ]);
  }
  const parsed = ZColumnMapping.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The mapping names unknown template columns', [
      { field: 'mapping', issue: 'invalid_mapping', message: 'Unknown template column' },
    ]);
  }
  return parsed.data;
}

export const importsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/template.csv',
      tags,
      summary: 'The standard import template with one example row',
      middleware: [allow.signedIn()],
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses(401),
      },
    }),
    (c) => {
      const csv = stringify([TEMPLATE_EXAMPLE], { header: true, columns: [...TEMPLATE_COLUMNS] });
      return c.body(`\uFEFF${csv}`, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="homeward-workers-template.csv"',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/preview',
      tags,
      summary: 'Headers and first rows of a file, with a suggested column mapping',
      middleware: [allow.roles(...IMPORTERS)],
      request: { body: multipart(z.object({ file: ZFile })) },
      responses: { 200: jsonResponse(ZImportPreview, 'Preview'), ...errorResponses(400, 401, 403, 413, 415) },
    }),
    async (c) => {
      const { file } = c.req.valid('form');
      const stored = await storeUpload(c.get('deps').config.uploadDir, file);
      const { rm } = await import('node:fs/promises');
      try {
        let headers: string[] = [];
        const sample: Record<string, string>[] = [];
        for await (const row of readTable(stored, {
          isHeader: (names) => {
            headers = names;
            return names.some((n) => n !== '');
          },
          describeMissing: () => ({ code: 'JOB_NO_COLUMN_NAMES' }),
        })) {
          sample.push(row.values);
          if (sample.length >= 5) break;
        }
        return c.json({ headers, sample, suggested: suggestMapping(headers) }, 200);
      } finally {
        await rm(stored, { force: true });
      }
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary:
        'Upload a list of registrations; it imports in the background with duplicate detection (poll the job)',
      middleware: [allow.roles(...IMPORTERS)],
      request: { body: multipart(ZUpload) },
      responses: {
        202: jsonResponse(ZWorkerImportJob, 'Queued'),
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const body = c.req.valid('form');
      const auth = authOf(c);
      const mapping = parseMapping(body.mapping);
      const defaultCentreId =
        body.centreId || auth.user.centreIds.length === 1 ? resolveCentre(auth, body.centreId) : null;
      if (body.file.size === 0)
        throw new AppError('VALIDATION_FAILED', 'The file is empty', [
          { field: 'file', issue: 'empty', message: 'Choose a file with data' },
        ]);
      const deps = c.get('deps');
      const stored = await storeUpload(deps.config.uploadDir, body.file);
      const job = await startWorkerImport(deps, {
        stored,
        fileName: body.file.name,
        source: body.source,
        mapping,
        defaultCentreId,
        actor: actorOf(c),
      });
      return c.json(presentWorkerImportJob(job), 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Registry imports, newest first',
      middleware: [allow.roles(...IMPORTERS)],
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZWorkerImportJob) }), 'Jobs'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const auth = authOf(c);
      let q = c
        .get('deps')
        .db.selectFrom('import_jobs')
        .selectAll()
        .where('kind', '=', 'workers')
        .orderBy('created_at', 'desc')
        .limit(100);
      if (centreScope(auth)) q = q.where('created_by', '=', auth.user.id);
      return c.json({ items: (await q.execute()).map(presentWorkerImportJob) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One registry import, for progress, with its first rejected rows',
      middleware: [allow.roles(...IMPORTERS)],
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZWorkerImportJob, 'The job'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const job = await c
        .get('deps')
        .db.selectFrom('import_jobs')
        .selectAll()
        .where('id', '=', c.req.valid('param').id)
        .where('kind', '=', 'workers')
        .executeTakeFirst();
      const auth = authOf(c);
      if (!job || (centreScope(auth) && job.created_by !== auth.user.id)) throw notFound('Import');
      const rejects = await listRejects(c.get('deps').db, job.id, MAX_LISTED_REJECTS);
      return c.json({ ...presentWorkerImportJob(job), rejects }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/rejects.csv',
      tags,
      summary: 'The rejected rows of an import with the reason for each',
      middleware: [allow.roles(...IMPORTERS)],
      request: { params: ZIdParam },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const db = c.get('deps').db;
      const id = c.req.valid('param').id;
      const job = await db
        .selectFrom('import_jobs')
        .select(['id', 'created_by'])
        .where('id', '=', id)
        .where('kind', '=', 'workers')
        .executeTakeFirst();
      const auth = authOf(c);
      if (!job || (centreScope(auth) && job.created_by !== auth.user.id)) throw notFound('Import');
      const rows = await db
        .selectFrom('import_rejects')
        .select(['row_number', 'source_id', 'reason', 'reason_code', 'raw'])
        .where('job_id', '=', id)
        .orderBy('row_number')
        .execute();
      const records = rows.map((r) => ({
        row_number: r.row_number,
        source_id: r.source_id,
        reason: r.reason,
        reason_code: r.reason_code,
        ...((r.raw ?? {}) as Record<string, string>),
      }));
      const csv = stringify(records, {
        header: true,
        columns: [
          'row_number',
          'source_id',
          'reason',
          'reason_code',
          ...TEMPLATE_COLUMNS.filter((c) => c !== 'source_id'),
        ],
      });
      return c.body(`\uFEFF${csv}`, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rejects-${id}.csv"`,
      });
    },
  );
