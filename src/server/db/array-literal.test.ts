import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db';
import { arrayLiteral, arrayParam } from './array-literal';
import type { DbHandle } from './create-db';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe('arrayParam', () => {
  it('brings every awkward string back from the database as it was sent', async () => {
    const values = [
      'a "quoted" \\ name',
      'c,d',
      '{e}',
      '',
      'NULL',
      'null',
      ' spaced ',
      'សុខ\u200b',
      null,
      'x\\"y',
    ];
    const read = await sql<{ v: string | null; n: number }>`
      select v, n::int from unnest(${arrayParam(values)}::text[]) with ordinality as u(v, n) order by n`.execute(
      handle.db,
    );
    expect(read.rows.map((r) => r.v)).toEqual(values);
  });

  it('brings plain strings and numbers back as sent, nulls and escapes absent', async () => {
    const strings = ['', 'NULL', 'c,d', '{e}', ' spaced ', 'សុខ', 'a\u200bb'];
    const text = await sql<{ v: string }>`
      select v from unnest(${arrayParam(strings)}::text[]) with ordinality as u(v, n) order by n`.execute(
      handle.db,
    );
    expect(text.rows.map((r) => r.v)).toEqual(strings);
    const reals = [1.5, -2.25, 0, 1e-7, 12345.5];
    const numbers = await sql<{ v: number }>`
      select v from unnest(${arrayParam(reals)}::float8[]) with ordinality as u(v, n) order by n`.execute(
      handle.db,
    );
    expect(numbers.rows.map((r) => r.v)).toEqual(reals);
  });

  it('sends numbers and nulls as integers', async () => {
    const read = await sql<{ v: number | null }>`
      select v from unnest(${arrayParam([3, null, -7, 0])}::int[]) as u(v)`.execute(handle.db);
    expect(read.rows.map((r) => r.v)).toEqual([3, null, -7, 0]);
  });

  it('leaves an array holding a date or an object to the driver', () => {
    expect(arrayLiteral(['a', new Date(0)])).toBeNull();
    expect(arrayLiteral([{ a: 1 }])).toBeNull();
    expect(arrayLiteral([Number.NaN])).toBeNull();
    expect(arrayLiteral([true, false])).toBeNull();
    expect(arrayLiteral(['a', 1, null])).toBe('{"a",1,NULL}');
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral([1, 2.5])).toBe('{1,2.5}');
    expect(arrayLiteral(['a', 'b c'])).toBe('{"a","b c"}');
    expect(arrayLiteral(['a"', 'b\\'])).toBe('{"a\\"","b\\\\"}');
  });
});
