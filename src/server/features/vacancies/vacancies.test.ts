import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { makeEmployer, makeVacancy } from './jobs.test-fixtures';

let t: TestApp;
let counsellor: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
});
afterAll(() => t.close());

describe('employers and the vacancy board', () => {
  it('creates and edits an employer with versions, keeps a contact log, audits every change', async () => {
    const employer = await makeEmployer(counsellor, { associationMember: true, associationName: 'GMAC' });
    expect(employer).toMatchObject({ phone: '+85523885486', associationMember: true, version: 1 });
    const ok = await counsellor.request('PATCH', `/api/employers/${employer.id}`, {
      version: 1,
      nssfNo: 'NSSF-123',
      contacts: [{ name: 'Ms Dara', role: 'HR manager', phone: '012 345 678' }],
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ version: 2, nssfNo: 'NSSF-123' });
    const stale = await counsellor.request('PATCH', `/api/employers/${employer.id}`, {
      version: 1,
      notes: 'x',
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.version).toBe(2);
    const noName = await counsellor.request('PATCH', `/api/employers/${employer.id}`, {
      version: 2,
      nameKm: null,
      nameLatin: null,
    });
    expect(noName.status).toBe(400);
    const logged = await counsellor.request('POST', `/api/employers/${employer.id}/contacts`, {
      occurredOn: '2026-11-10',
      kind: 'consultation',
      summary: 'Discussed hiring returnees for the new line',
    });
    expect(logged.status).toBe(201);
    const log = await (await counsellor.request('GET', `/api/employers/${employer.id}/contacts`)).json();
    expect(log.items).toMatchObject([
      { kind: 'consultation', recordedBy: expect.stringMatching(/counsellor/) },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', employer.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    const outreach = (await signInAs(t, 'outreach_officer', ['PST'])).client;
    expect((await outreach.request('GET', `/api/employers/${employer.id}`)).status).toBe(200);
    expect((await outreach.request('PATCH', `/api/employers/${employer.id}`, { version: 2 })).status).toBe(
      403,
    );
  });

  it('filters the board by status, sector, province, occupation, employer and text', async () => {
    const garment = await makeEmployer(counsellor);
    const farm = await makeEmployer(counsellor, {
      nameKm: 'កសិដ្ឋាន មេគង្គ',
      nameLatin: 'Mekong Farm',
      sector: 'agriculture',
      provinceCode: '15',
    });
    const sew = await makeVacancy(counsellor, garment.id);
    const pick = await makeVacancy(counsellor, farm.id, {
      title: 'Cassava harvester',
      occupationIsco: '9211',
      sector: 'agriculture',
      provinceCode: '15',
      wageMin: 8,
      wageMax: 10,
      wagePer: 'day',
      hazardous: false,
      minAge: 16,
    });
    const closed = await makeVacancy(counsellor, farm.id, {
      title: 'Rice planter',
      sector: 'agriculture',
      status: 'closed',
    });
    const ids = async (q: string) =>
      (await (await counsellor.request('GET', `/api/vacancies?${q}`)).json()).items.map(
        (v: { id: string }) => v.id,
      );
    expect(await ids('sector=agriculture&status=open')).toEqual([pick.id]);
    expect(await ids(`employerId=${farm.id}`)).toEqual(expect.arrayContaining([pick.id, closed.id]));
    expect(await ids('province=15&occupation=92')).toEqual([pick.id]);
    expect(await ids('text=mekong')).toEqual(expect.arrayContaining([pick.id, closed.id]));
    expect(await ids('text=sewing')).toEqual([sew.id]);
    expect(await ids('occupation=8153')).toContain(sew.id);
  });

  it('versions vacancy edits and refuses inconsistent ones', async () => {
    const employer = await makeEmployer(counsellor);
    const v = await makeVacancy(counsellor, employer.id);
    const ok = await counsellor.request('PATCH', `/api/vacancies/${v.id}`, {
      version: v.version,
      positions: 5,
      meals: true,
    });
    expect(await ok.json()).toMatchObject({ positions: 5, meals: true, version: v.version + 1 });
    expect(
      (await counsellor.request('PATCH', `/api/vacancies/${v.id}`, { version: v.version, positions: 6 }))
        .status,
    ).toBe(409);
    const hazardous = await counsellor.request('PATCH', `/api/vacancies/${v.id}`, {
      version: v.version + 1,
      hazardous: true,
      minAge: 16,
    });
    expect(hazardous.status).toBe(400);
    const overfilled = await counsellor.request('PATCH', `/api/vacancies/${v.id}`, {
      version: v.version + 1,
      positionsFilled: 9,
    });
    expect(overfilled.status).toBe(400);
    // A count, not a text: the web app words it "at most 5", not "at most 5 characters".
    expect((await overfilled.json()).error.details).toEqual([
      expect.objectContaining({ field: 'positionsFilled', issue: 'too_big', origin: 'number', maximum: 5 }),
    ]);
  });
});
