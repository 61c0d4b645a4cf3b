import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who changed what, from which request, filterable and paged', async () => {
    const { user: admin, client } = await signInAs(t, 'admin');
    const res = await client.request('POST', '/api/centres', {
      code: 'AUD',
      nameKm: 'សាកល្បង',
      nameEn: 'Audit test centre',
      provinceCode: '01',
    });
    const centre = await res.json();
    const requestId = res.headers.get('x-request-id');
    await client.request('PATCH', `/api/centres/${centre.id}`, { version: 1, phone: '097 000 111' });
    const page = await (await client.request('GET', `/api/audit?entity=centre&entityId=${centre.id}`)).json();
    expect(page.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(page.items[1]).toMatchObject({ actorId: admin.id, actorEmail: admin.email, requestId });
    expect(page.items[0]).toMatchObject({ before: { phone: null }, after: { phone: '097 000 111' } });
    const first = await (await client.request('GET', '/api/audit?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const next = await (await client.request('GET', `/api/audit?limit=1&cursor=${first.nextCursor}`)).json();
    expect(Number(next.items[0].id)).toBeLessThan(Number(first.items[0].id));
  });

  it('a centre manager sees entries of their own centres only', async () => {
    const { client: admin } = await signInAs(t, 'admin');
    const centres = (await (await admin.request('GET', '/api/centres')).json()).items;
    const pst = centres.find((c: { code: string }) => c.code === 'PST');
    const omc = centres.find((c: { code: string }) => c.code === 'OMC');
    await admin.request('PATCH', `/api/centres/${pst.id}`, { version: pst.version, phone: '011 111 111' });
    await admin.request('PATCH', `/api/centres/${omc.id}`, { version: omc.version, phone: '022 222 222' });
    const { client } = await signInAs(t, 'centre_manager', ['PST']);
    const page = await (await client.request('GET', '/api/audit?entity=centre')).json();
    const centreIds = new Set(page.items.map((e: { centreId: string }) => e.centreId));
    expect([...centreIds]).toEqual([pst.id]);
  });
});
