import { z } from '@hono/zod-openapi';
import { ERROR_STATUS, type ErrorCode } from '../../shared/errors';

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

const errorText: Record<number, string> = {
  400: 'Invalid input; `details` lists each field',
  401: 'Not signed in',
  403: 'Signed in, but this role or centre may not do this',
  404: 'Not found',
  409: 'Conflict: stale version or duplicate; the body carries the current record where there is one',
  413: 'Too large',
  415: 'Unsupported file type',
  423: 'Account locked',
  429: 'Too many attempts',
  503: 'The database is unreachable',
};

/** Error responses for the OpenAPI document; every route gets 401/403 when it is not public. */
export function errorResponses<const S extends readonly (keyof typeof errorText)[]>(...statuses: S) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: errorText[s], content: { 'application/json': { schema: ZErrorBody } } },
    ]),
  ) as {
    [K in S[number]]: { description: string; content: { 'application/json': { schema: typeof ZErrorBody } } };
  };
}

export const ZIdParam = z.object({
  id: z
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' }, example: '4b3c3f0e-1b8e-4a53-9a0b-6f0c2d5e7a11' }),
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
