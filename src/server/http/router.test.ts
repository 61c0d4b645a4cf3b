import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssues } from './router';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return fieldIssues(result.error);
};

describe('field issues', () => {
  const schema = z.object({
    name: z.string().max(3),
    code: z.string().length(2),
    positions: z.number().int().min(1).max(10),
    version: z.number().int().positive(),
    skills: z.array(z.string()).max(1),
  });

  it('say what a limit counts, so it can be worded as characters, items or a number', () => {
    expect(
      issuesOf(schema, { name: 'abcd', code: 'abc', positions: 11, version: 0, skills: ['a', 'b'] }),
    ).toEqual([
      {
        field: 'name',
        issue: 'too_big',
        message: expect.any(String),
        maximum: 3,
        origin: 'string',
        inclusive: true,
      },
      {
        field: 'code',
        issue: 'too_big',
        message: expect.any(String),
        maximum: 2,
        origin: 'string',
        inclusive: true,
        exact: true,
      },
      {
        field: 'positions',
        issue: 'too_big',
        message: expect.any(String),
        maximum: 10,
        origin: 'number',
        inclusive: true,
      },
      // Greater than 0, not at least 0.
      {
        field: 'version',
        issue: 'too_small',
        message: expect.any(String),
        minimum: 0,
        origin: 'number',
        inclusive: false,
      },
      {
        field: 'skills',
        issue: 'too_big',
        message: expect.any(String),
        maximum: 1,
        origin: 'array',
        inclusive: true,
      },
    ]);
  });

  it('carry the path and code of other issues, never the value sent', () => {
    const [issue] = issuesOf(z.object({ items: z.array(z.object({ on: z.iso.date() })) }), {
      items: [{ on: 'secret-not-a-date' }],
    });
    expect(issue).toEqual({ field: 'items.0.on', issue: 'invalid_format', message: expect.any(String) });
    expect(JSON.stringify(issue)).not.toContain('secret');
  });
});
