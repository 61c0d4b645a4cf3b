import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import {
  ATTACHMENT_OWNER_KINDS,
  ZAttachment,
  ZAttachmentList,
  ZAttachmentOwnerQuery,
} from '../../../shared/contracts/attachments';
import { AppError } from '../../errors';
import { allow } from '../../http/access';
import { actorOf, authOf } from '../../http/actor';
import type { AppEnv } from '../../http/context';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse, ZIdParam } from '../../http/schemas';
import { CASE_STAFF } from '../cases/case-access';
import {
  attachmentMaxBytes,
  deleteAttachment,
  downloadAttachment,
  listAttachments,
  uploadAttachment,
} from './attachments.service';
import { contentDisposition } from './file-types';

const tags = ['Attachments'];
/** Each owner kind narrows this further (legal case files: legal roles only). */
const ATTACHMENT_STAFF = [...CASE_STAFF];

const ZUpload = z.object({
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: z.uuid(),
  file: z
    .instanceof(File)
    .openapi({ type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or PDF, 10 MB at most' }),
});

/** Stops an oversized upload while it streams in, instead of after the whole body has been read. */
const uploadLimit = createMiddleware<AppEnv>(async (c, next) => {
  const maximum = attachmentMaxBytes(c.get('deps').config);
  return bodyLimit({
    // Room for the multipart boundaries and the other fields around the file.
    maxSize: maximum + 64 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.round(maximum / 1048576)} MB`, {
        maximum,
      });
    },
  })(c, next);
});

export const attachmentsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Attach a photo or PDF to a contact, case plan or legal case (type checked by its content)',
      middleware: [allow.roles(...ATTACHMENT_STAFF), uploadLimit],
      request: { body: { required: true, content: { 'multipart/form-data': { schema: ZUpload } } } },
      responses: {
        201: jsonResponse(ZAttachment, 'Attached'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const body = c.req.valid('form');
      return c.json(await uploadAttachment(deps.db, deps.config, authOf(c), actorOf(c), body), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'The files of one record',
      middleware: [allow.roles(...ATTACHMENT_STAFF)],
      request: { query: ZAttachmentOwnerQuery },
      responses: { 200: jsonResponse(ZAttachmentList, 'Files'), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const deps = c.get('deps');
      const q = c.req.valid('query');
      const items = await listAttachments(deps.db, authOf(c), actorOf(c), q.ownerKind, q.ownerId);
      return c.json({ items, maxBytes: attachmentMaxBytes(deps.config) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/content',
      tags,
      summary: 'Download a file (always as an attachment; the download is audited)',
      middleware: [allow.roles(...ATTACHMENT_STAFF)],
      request: { params: ZIdParam },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { meta, bytes } = await downloadAttachment(
        deps.db,
        deps.config,
        authOf(c),
        actorOf(c),
        c.req.valid('param').id,
      );
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': meta.contentType,
        'content-length': String(meta.sizeBytes),
        'content-disposition': contentDisposition(meta.fileName),
        'cache-control': 'private, no-store',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      summary: 'Remove a file from its record (kept and audited, no longer listed or served)',
      middleware: [allow.roles(...ATTACHMENT_STAFF)],
      request: { params: ZIdParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      await deleteAttachment(c.get('deps').db, authOf(c), actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
