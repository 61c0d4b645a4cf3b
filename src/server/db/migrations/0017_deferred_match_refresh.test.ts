import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const skillsOf = async (id: string) =>
  (
    await sql<{
      skills: { label: string }[];
    }>`select skills from match_workers where worker_id = ${id}`.execute(t.db)
  ).rows[0]?.skills.map((s) => s.label) ?? null;

describe('migration 0017: a deferred matching refresh', () => {
  it('rewrites matching rows at once unless the transaction defers them, then once when it asks', async () => {
    const { client } = await signInAs(t, 'counsellor', ['PST']);
    const res = await client.request('POST', '/api/workers', {
      familyNameLatin: 'Keo',
      givenNameLatin: 'Sophal',
      sex: 'female',
      birthYear: 1990,
      phones: ['012 888 333'],
      acknowledgedDuplicates: true,
    });
    expect(res.status).toBe(201);
    const id = (await res.json()).id as string;
    await t.db
      .insertInto('worker_consents')
      .values({ worker_id: id, kind: 'share_with_employers', granted: true })
      .execute();
    await t.db
      .insertInto('worker_skills')
      .values({ worker_id: id, label: 'welding', kind: 'certified' })
      .execute();
    expect(await skillsOf(id)).toEqual(['welding']);

    await t.db.transaction().execute(async (trx) => {
      await sql`select set_config('homeward.match_refresh', 'deferred', true)`.execute(trx);
      await trx
        .insertInto('worker_skills')
        .values({ worker_id: id, label: 'forklift', kind: 'certified' })
        .execute();
      const inside = await sql<{ skills: { label: string }[] }>`
        select skills from match_workers where worker_id = ${id}`.execute(trx);
      expect(inside.rows[0]!.skills.map((s) => s.label)).toEqual(['welding']);
      await sql`select match_refresh_workers(array[${id}::uuid])`.execute(trx);
    });
    expect((await skillsOf(id))?.sort()).toEqual(['forklift', 'welding']);

    // The setting ends with its transaction: the next change is refreshed by the trigger again.
    await t.db
      .insertInto('worker_skills')
      .values({ worker_id: id, label: 'english', kind: 'certified' })
      .execute();
    expect((await skillsOf(id))?.sort()).toEqual(['english', 'forklift', 'welding']);
  });
});
