import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db';
import { bulkInsert } from './bulk-insert';
import type { DbHandle } from './create-db';

let handle: DbHandle;
let centreId: string;
beforeAll(async () => {
  handle = await createTestDb();
  centreId = (await handle.db.selectFrom('centres').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => handle.close());

describe('bulkInsert', () => {
  it('writes every type as the row gave it, awkward text and nulls included', async () => {
    const ids = [randomUUID(), randomUUID()];
    await bulkInsert(
      handle.db,
      'workers',
      {
        id: 'uuid',
        reg_no: 'text',
        centre_id: 'uuid',
        display_name: 'text',
        family_name_km: 'text',
        name_tokens: 'text[]',
        birth_year: 'int',
        date_of_birth: 'date',
        preferences: 'jsonb',
        registration_channel: 'text',
        flags: 'text[]',
        features: 'json',
      },
      [
        {
          id: ids[0],
          reg_no: 'BLK-1',
          centre_id: centreId,
          display_name: 'a "quoted" \\ name, with {braces}',
          family_name_km: 'សុខ\u200b',
          name_tokens: ['x"y', 'a\\b', 'c,d', '{e}', ''],
          birth_year: 1990,
          date_of_birth: '1990-02-03',
          preferences: JSON.stringify({ sectors: ['construction'], note: 'it\'s "here"' }),
          registration_channel: 'other',
          flags: ['unknown_place:150101'],
          features: '[1, ["សុខ", "a\\"b"],null,  {"x":1}]',
        },
        {
          id: ids[1],
          reg_no: 'BLK-2',
          centre_id: centreId,
          display_name: 'nobody',
          family_name_km: null,
          name_tokens: [],
          birth_year: null,
          date_of_birth: null,
          preferences: '{}',
          registration_channel: 'other',
          flags: [],
          features: null,
        },
      ],
    );
    const rows = await handle.db
      .selectFrom('workers')
      .select([
        'id',
        'display_name',
        'family_name_km',
        'name_tokens',
        'birth_year',
        sql<string | null>`to_char(date_of_birth, 'YYYY-MM-DD')`.as('dob'),
        'preferences',
        'flags',
        'features',
      ])
      .where('id', 'in', ids)
      .orderBy('reg_no')
      .execute();
    expect(rows).toEqual([
      {
        id: ids[0],
        display_name: 'a "quoted" \\ name, with {braces}',
        family_name_km: 'សុខ\u200b',
        name_tokens: ['x"y', 'a\\b', 'c,d', '{e}', ''],
        birth_year: 1990,
        dob: '1990-02-03',
        preferences: { sectors: ['construction'], note: 'it\'s "here"' },
        flags: ['unknown_place:150101'],
        // A json column keeps its text as written, spaces and all.
        features: '[1, ["សុខ", "a\\"b"],null,  {"x":1}]',
      },
      {
        id: ids[1],
        display_name: 'nobody',
        family_name_km: null,
        name_tokens: [],
        birth_year: null,
        dob: null,
        preferences: {},
        flags: [],
        features: null,
      },
    ]);
  });

  it('skips rows that already exist when asked, and fails on them otherwise', async () => {
    const worker = (await handle.db.selectFrom('workers').select('id').executeTakeFirstOrThrow()).id;
    const phone = { worker_id: worker, e164: '+85512000001', position: 0 };
    const columns = { worker_id: 'uuid', e164: 'text', position: 'int' } as const;
    await bulkInsert(handle.db, 'worker_phones', columns, [phone]);
    await bulkInsert(handle.db, 'worker_phones', columns, [phone, { ...phone, e164: '+85512000002' }], {
      onConflictDoNothing: true,
    });
    const phones = await handle.db
      .selectFrom('worker_phones')
      .select('e164')
      .where('worker_id', '=', worker)
      .orderBy('e164')
      .execute();
    expect(phones.map((p) => p.e164)).toEqual(['+85512000001', '+85512000002']);
    await expect(bulkInsert(handle.db, 'worker_phones', columns, [phone])).rejects.toThrow();
  });

  it('writes nothing for no rows, and refuses JSON text that is no object or array', async () => {
    const columns = { worker_id: 'uuid', e164: 'text', position: 'int' } as const;
    await expect(bulkInsert(handle.db, 'worker_phones', columns, [])).resolves.toBeUndefined();
    const worker = (await handle.db.selectFrom('workers').select('id').executeTakeFirstOrThrow()).id;
    for (const bad of ['', '1', '"x"', { a: 1 }]) {
      await expect(
        bulkInsert(
          handle.db,
          'source_records',
          { source: 'text', source_id: 'text', worker_id: 'uuid', data: 'jsonb' },
          [{ source: 'json-guard', source_id: 'x', worker_id: worker, data: bad }],
        ),
      ).rejects.toThrow(/JSON text of an object or an array/);
    }
  });
});
