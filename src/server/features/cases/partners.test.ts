import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { expectStatus, newWorker } from './case-testing';

let t: TestApp;
let admin: Client;
let counsellor: Client;
let legal: Client;
let omc: Client;
let workerId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signInAs(t, 'admin')).client;
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  legal = (await signInAs(t, 'legal_officer', ['PST'])).client;
  omc = (await signInAs(t, 'outreach_officer', ['OMC'])).client;
  workerId = await newWorker(counsellor, 'Sokun');
});
afterAll(() => t.close());

describe('partners and referrals', () => {
  let partnerId: string;

  it('ships the first partners and lets an administrator add, change and retire them', async () => {
    const seeded = await expectStatus(counsellor, 'GET', '/api/partners', 200);
    expect(seeded.items.map((p: { kind: string }) => p.kind)).toEqual(
      expect.arrayContaining([
        'nea_job_centre',
        'provincial_training_centre',
        'nssf',
        'legal_aid',
        'psychosocial',
      ]),
    );
    const p = await expectStatus(admin, 'POST', '/api/partners', 201, {
      kind: 'health',
      nameKm: 'មន្ទីរពេទ្យបង្អែកខេត្តពោធិ៍សាត់',
      nameLatin: 'Pursat Provincial Referral Hospital',
      provinceCode: '15',
    });
    partnerId = p.id;
    await expectStatus(admin, 'POST', '/api/partners', 409, {
      ...p,
      nameLatin: 'pursat provincial referral hospital',
      id: undefined,
      version: undefined,
      active: undefined,
    });
    const changed = await expectStatus(admin, 'PATCH', `/api/partners/${partnerId}`, 200, {
      version: 1,
      contact: '052 951 234',
    });
    expect(changed).toMatchObject({ contact: '052 951 234', version: 2 });
    const stale = await expectStatus(admin, 'PATCH', `/api/partners/${partnerId}`, 409, {
      version: 1,
      active: false,
    });
    expect(stale.error.details.current.contact).toBe('052 951 234');
  });

  it('refers a worker to a partner and records the partner’s feedback with versions', async () => {
    const r = await expectStatus(counsellor, 'POST', `/api/workers/${workerId}/referrals`, 201, {
      partnerId,
      referredOn: '2026-11-21',
      reason: 'Back pain from construction work',
    });
    expect(r).toMatchObject({ status: 'sent', partner: { id: partnerId, kind: 'health' }, version: 1 });
    const accepted = await expectStatus(legal, 'PATCH', `/api/referrals/${r.id}`, 200, {
      version: 1,
      status: 'service_given',
      feedback: 'Seen by a physiotherapist',
      feedbackOn: '2026-11-24',
    });
    expect(accepted).toMatchObject({
      status: 'service_given',
      feedback: 'Seen by a physiotherapist',
      version: 2,
    });
    const stale = await expectStatus(counsellor, 'PATCH', `/api/referrals/${r.id}`, 409, {
      version: 1,
      status: 'closed',
    });
    expect(stale.error.details.current.status).toBe('service_given');
    const list = await expectStatus(counsellor, 'GET', `/api/workers/${workerId}/referrals`, 200);
    expect(list.items).toHaveLength(1);
    await expectStatus(omc, 'GET', `/api/workers/${workerId}/referrals`, 404);
    await expectStatus(omc, 'PATCH', `/api/referrals/${r.id}`, 404, { version: 2, status: 'closed' });
    const timeline = await expectStatus(counsellor, 'GET', `/api/workers/${workerId}/timeline`, 200);
    expect(timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'referral',
        details: expect.objectContaining({ status: 'service_given' }),
      }),
    );
  });

  it('refuses referrals to a retired partner', async () => {
    await expectStatus(admin, 'PATCH', `/api/partners/${partnerId}`, 200, { version: 2, active: false });
    const list = await expectStatus(counsellor, 'GET', '/api/partners', 200);
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(partnerId);
    const bad = await expectStatus(counsellor, 'POST', `/api/workers/${workerId}/referrals`, 400, {
      partnerId,
      referredOn: '2026-11-25',
      reason: 'Follow-up',
    });
    expect(bad.error.details[0].field).toBe('partnerId');
  });
});
