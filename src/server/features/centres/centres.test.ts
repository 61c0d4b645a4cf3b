import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('centres', () => {
  it('the three project centres exist at first start with Khmer and English names', async () => {
    const { client } = await signInAs(t, 'counsellor');
    const { items } = await (await client.request('GET', '/api/centres')).json();
    const byCode = Object.fromEntries(
      items.map((c: { code: string; provinceCode: string }) => [c.code, c.provinceCode]),
    );
    expect(byCode).toMatchObject({ OMC: '22', PST: '15', PVH: '13' });
    expect(items.every((c: { nameKm: string }) => /[\u1780-\u17FF]/.test(c.nameKm))).toBe(true);
  });

  it('an admin adds and edits a centre with version checks; bad province is refused', async () => {
    const { client } = await signInAs(t, 'admin');
    const bad = await client.request('POST', '/api/centres', {
      code: 'KPC',
      nameKm: 'កំពង់ចាម',
      nameEn: 'Kampong Cham MRC',
      provinceCode: '99',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].field).toBe('provinceCode');
    const created = await client.request('POST', '/api/centres', {
      code: 'KPC',
      nameKm: 'កំពង់ចាម',
      nameEn: 'Kampong Cham MRC',
      provinceCode: '03',
      phone: '012 345 678',
    });
    expect(created.status).toBe(201);
    const centre = await created.json();
    const dup = await client.request('POST', '/api/centres', { ...centre, code: 'KPC', address: null });
    expect(dup.status).toBe(409);
    const edit = await client.request('PATCH', `/api/centres/${centre.id}`, {
      version: 1,
      address: 'Road 7',
    });
    expect((await edit.json()).address).toBe('Road 7');
    const stale = await client.request('PATCH', `/api/centres/${centre.id}`, {
      version: 1,
      address: 'Road 6',
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.address).toBe('Road 7');
  });
});
