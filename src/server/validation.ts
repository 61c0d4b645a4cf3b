import type { z } from 'zod';
import { AppError } from './errors';
import { fieldIssues } from './http/router';

/** Validates input that did not come through an HTTP route (CLI, jobs) with the same schema and error. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError('VALIDATION_FAILED', 'Some values are not valid', fieldIssues(result.error));
  return result.data;
}
