import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../../shared/errors';
import { AppError } from '../errors';
import type { AppEnv } from './context';

export function errorBody(error: AppError, requestId?: string): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  if (requestId) body.error.requestId = requestId;
  return body;
}

/** One handler for every failure: known errors keep their code, anything else is a generic 500. */
export function handleError(err: Error, c: Context<AppEnv>) {
  const requestId = c.get('requestId');
  if (err instanceof AppError) {
    return c.json(errorBody(err, requestId), err.status as 400);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    const message = status === 413 ? 'The request body is too large' : 'The request could not be read';
    return c.json(errorBody(new AppError(code, message), requestId), status);
  }
  if (isMalformedJson(err)) {
    return c.json(
      errorBody(new AppError('BAD_REQUEST', 'The request body is not valid JSON'), requestId),
      400,
    );
  }
  // Only the error's class and code are logged: driver messages can quote the row that failed.
  const logger = c.get('deps')?.logger;
  logger?.error(
    { requestId, err: { name: err.name, code: (err as { code?: string }).code } },
    'unexpected error',
  );
  if (isDatabaseDown(err)) {
    const e = new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly');
    return c.json(errorBody(e, requestId), 503);
  }
  const e = new AppError('INTERNAL', 'Something went wrong on the server. Quote the request id to support.');
  return c.json(errorBody(e, requestId), 500);
}

function isMalformedJson(err: Error): boolean {
  return err instanceof SyntaxError && /JSON/i.test(err.message);
}

function isDatabaseDown(err: Error): boolean {
  const code = (err as { code?: string }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === '57P01' ||
    code === '57P03' ||
    /Connection terminated/i.test(err.message)
  );
}
