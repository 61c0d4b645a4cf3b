import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db';
import { bulkInsertQuery } from './bulk-insert';
import type { DbHandle } from './create-db';
import { runStatements } from './statement-transaction';

let handle: DbHandle;
let centreId: string;
beforeAll(async () => {
  handle = await createTestDb();
  centreId = (await handle.db.selectFrom('centres').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => handle.close());

const AWKWARD = `it's a "quoted" \\ name, {braces}, $1, ; -- not a comment, ស៊ុន`;
const ANOTHER = `${AWKWARD}, again`;

describe('runStatements', () => {
  it('runs statements built beforehand, awkward values and all, in one transaction', async () => {
    const ids = [randomUUID(), randomUUID()];
    const rows = ids.map((id, i) => ({
      id,
      reg_no: `STM-${i}`,
      centre_id: centreId,
      display_name: AWKWARD,
      national_id: i ? null : AWKWARD,
      name_tokens: [AWKWARD, ANOTHER],
      birth_year: 1990 + i,
      date_of_birth: i ? null : '1990-02-03',
      preferences: JSON.stringify({ note: AWKWARD, wage: 250.5 }),
      registration_channel: 'walk_in',
      flags: [],
    }));
    const insert = bulkInsertQuery(
      'workers',
      {
        id: 'uuid',
        reg_no: 'text',
        centre_id: 'uuid',
        display_name: 'text',
        national_id: 'text',
        name_tokens: 'text[]',
        birth_year: 'int',
        date_of_birth: 'date',
        preferences: 'jsonb',
        registration_channel: 'text',
        flags: 'text[]',
      },
      rows,
    ).compile(handle.db);
    const update = handle.db
      .updateTable('workers')
      .set({ full_name: ANOTHER, updated_at: new Date('2026-03-04T05:06:07Z') })
      .where('id', '=', ids[1]!)
      .compile();
    await runStatements(handle.db, [insert, update], { asyncCommit: true });
    const stored = await handle.db
      .selectFrom('workers')
      .select([
        'reg_no',
        'display_name',
        'national_id',
        'full_name',
        'name_tokens',
        'birth_year',
        'date_of_birth',
        'preferences',
      ])
      .select(sql<string>`to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')`.as('updated'))
      .where('id', 'in', ids)
      .orderBy('reg_no')
      .execute();
    expect(stored.map(({ updated, ...r }) => (r.reg_no === 'STM-1' ? { ...r, updated } : r))).toEqual([
      {
        reg_no: 'STM-0',
        display_name: AWKWARD,
        national_id: AWKWARD,
        full_name: null,
        name_tokens: [AWKWARD, ANOTHER],
        birth_year: 1990,
        date_of_birth: '1990-02-03',
        preferences: { note: AWKWARD, wage: 250.5 },
      },
      {
        reg_no: 'STM-1',
        display_name: AWKWARD,
        national_id: null,
        full_name: ANOTHER,
        name_tokens: [AWKWARD, ANOTHER],
        birth_year: 1991,
        date_of_birth: null,
        preferences: { note: AWKWARD, wage: 250.5 },
        updated: '2026-03-04 05:06:07',
      },
    ]);
  });

  it('keeps nothing when one statement fails, and leaves the connection usable', async () => {
    const key = `rollback-${randomUUID()}`;
    const good = handle.db.insertInto('name_counts').values({ part: 'family', key, n: 1 }).compile();
    const bad = CompiledQuery.raw('insert into workers (id) values ($1)', ['not a uuid']);
    await expect(runStatements(handle.db, [good, bad])).rejects.toThrow();
    const counted = () => handle.db.selectFrom('name_counts').select('n').where('key', '=', key).execute();
    expect(await counted()).toEqual([]);
    await runStatements(handle.db, [good]);
    expect(await counted()).toEqual([{ n: 1 }]);
  });
});
