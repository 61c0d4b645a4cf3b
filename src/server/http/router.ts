import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { AppError } from '../errors';
import type { AppEnv } from './context';

export interface FieldIssue {
  field: string;
  issue: string;
  message: string;
  minimum?: number;
  maximum?: number;
  /** What a limit counts: 'string' (characters), 'array' (items), 'number' (the value itself), ... */
  origin?: string;
  /** false when the limit itself is not allowed (greater than 0, rather than at least 0). */
  inclusive?: boolean;
  /** true when the length must be exactly the limit. */
  exact?: boolean;
}

/** Zod issues as per-field details: field path, issue code and limits, never the submitted value. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const out: FieldIssue = { field: i.path.join('.') || '(body)', issue: i.code, message: i.message };
    if ('minimum' in i && typeof i.minimum === 'number') out.minimum = i.minimum;
    if ('maximum' in i && typeof i.maximum === 'number') out.maximum = i.maximum;
    if (i.code === 'too_small' || i.code === 'too_big') {
      out.origin = i.origin;
      if (i.inclusive !== undefined) out.inclusive = i.inclusive;
      if (i.exact) out.exact = true;
    }
    return out;
  });
}

/** Every feature router shares the validation hook, so bad input always gets the same 400 body. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('VALIDATION_FAILED', 'Some fields are not valid', fieldIssues(result.error));
      }
    },
  });
}
