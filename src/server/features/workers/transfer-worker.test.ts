import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
let centre: Record<'PST' | 'OMC', string>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.db
    .selectFrom('centres')
    .select(['id', 'code'])
    .where('code', 'in', ['PST', 'OMC'])
    .execute();
  centre = Object.fromEntries(rows.map((r) => [r.code, r.id])) as typeof centre;
});
afterAll(() => t.close());

async function register(client: Client) {
  const res = await client.request('POST', '/api/workers', {
    familyNameLatin: 'Meas',
    givenNameLatin: 'Vanna',
    sex: 'male',
    addressCode: '15',
    registrationChannel: 'walk_in',
    centreId: centre.PST,
    consents: [{ kind: 'data_processing', granted: true }],
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number; centreId: string };
}

const move = (client: Client, w: { id: string; version: number }, to: string) =>
  client.request('PATCH', `/api/workers/${w.id}`, { version: w.version, centreId: to });

describe('moving a returnee to another centre', () => {
  it('is refused to a counsellor, even one of both centres, and to a manager of one centre only', async () => {
    const counsellor = (await signInAs(t, 'counsellor', ['PST', 'OMC'])).client;
    const w = await register(counsellor);
    const refused = await move(counsellor, w, centre.OMC);
    expect(refused.status).toBe(403);
    const manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
    expect((await move(manager, w, centre.OMC)).status).toBe(403);
    const still = await (await counsellor.request('GET', `/api/workers/${w.id}`)).json();
    expect(still).toMatchObject({ centreId: centre.PST, version: w.version });
    // Editing other fields with the same centre stays open to the counsellor.
    const edit = await counsellor.request('PATCH', `/api/workers/${w.id}`, {
      version: w.version,
      centreId: centre.PST,
      givenNameLatin: 'Vannak',
    });
    expect(edit.status).toBe(200);
  });

  it('is done by a manager of both centres or an admin, and audited with both centres', async () => {
    const manager = (await signInAs(t, 'centre_manager', ['PST', 'OMC'])).client;
    const w = await register(manager);
    const res = await move(manager, w, centre.OMC);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ centreId: centre.OMC, version: w.version + 1 });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after', 'centre_id'])
      .where('entity', '=', 'worker')
      .where('entity_id', '=', w.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(json(audit.before)).toMatchObject({ centreId: centre.PST });
    expect(json(audit.after)).toMatchObject({ centreId: centre.OMC });
    expect(audit.centre_id).toBe(centre.OMC);

    const admin = (await signInAs(t, 'admin')).client;
    const back = await move(admin, { id: w.id, version: w.version + 1 }, centre.PST);
    expect(back.status).toBe(200);
    expect((await back.json()).centreId).toBe(centre.PST);
    // A centre that does not exist is not a destination.
    const nowhere = await move(
      admin,
      { id: w.id, version: w.version + 2 },
      '00000000-0000-4000-8000-000000000000',
    );
    expect(nowhere.status).toBe(404);
  });
});
