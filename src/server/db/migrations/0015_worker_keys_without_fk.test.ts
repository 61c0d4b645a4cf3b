import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('migration 0015: blocking keys without a foreign key', () => {
  it('still removes the keys of a deleted worker, and only those', async () => {
    const { client } = await signInAs(t, 'counsellor', ['PST']);
    const ids: string[] = [];
    for (const [family, given] of [
      ['Keo', 'Sophal'],
      ['Chan', 'Dara'],
    ] as const) {
      const res = await client.request('POST', '/api/workers', {
        familyNameLatin: family,
        givenNameLatin: given,
        sex: 'female',
        birthYear: 1990,
        phones: [family === 'Keo' ? '012 888 111' : '012 888 222'],
        acknowledgedDuplicates: true,
      });
      expect(res.status).toBe(201);
      ids.push((await res.json()).id as string);
    }
    const keysOf = async (id: string) =>
      Number(
        (
          await t.db
            .selectFrom('worker_keys')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('worker_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await keysOf(ids[0]!)).toBeGreaterThan(0);
    const kept = await keysOf(ids[1]!);
    // Nothing in the app deletes a worker (a merge keeps both): this is the database's own guarantee.
    await t.db.deleteFrom('source_records').where('worker_id', '=', ids[0]!).execute();
    await t.db.deleteFrom('workers').where('id', '=', ids[0]!).execute();
    expect(await keysOf(ids[0]!)).toBe(0);
    expect(await keysOf(ids[1]!)).toBe(kept);
    // The foreign key itself is gone: a key row is not checked against workers as it is stored.
    await t.db
      .insertInto('worker_keys')
      .values({
        key: 'p:+85512000999',
        worker_id: ids[0]!,
        sex: '',
        province: '',
        born_from: 0,
        born_to: 9999,
      })
      .execute();
    expect(await keysOf(ids[0]!)).toBe(1);
  });
});
