import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { down, up } from './0013_worker_key_dims';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('migration 0013: narrowing the existing blocking keys', () => {
  it('narrows name keys by their worker and leaves phone keys open to everyone', async () => {
    const { client } = await signInAs(t, 'counsellor', ['PST']);
    const res = await client.request('POST', '/api/workers', {
      familyNameLatin: 'Keo',
      givenNameLatin: 'Sophal',
      sex: 'female',
      birthYear: 1990,
      addressCode: '1502',
      phones: ['012 888 111'],
      acknowledgedDuplicates: true,
    });
    expect(res.status).toBe(201);
    const id = (await res.json()).id as string;
    const db = t.db as unknown as Kysely<unknown>;
    await down(db);
    await up(db);
    const rows = await t.db
      .selectFrom('worker_keys')
      .select(['key', 'sex', 'province', 'born_from', 'born_to'])
      .where('worker_id', '=', id)
      .orderBy('key')
      .execute();
    const name = rows.find((r) => r.key.startsWith('n:'));
    expect(name).toEqual({
      key: name!.key,
      sex: 'F',
      province: '15',
      born_from: 1989,
      born_to: 1991,
    });
    expect(rows.find((r) => r.key.startsWith('p:'))).toEqual({
      key: 'p:+85512888111',
      sex: '',
      province: '',
      born_from: 0,
      born_to: 9999,
    });
  });
});
