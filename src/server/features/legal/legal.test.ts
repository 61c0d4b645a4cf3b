import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
const clients = {} as Record<Role | 'otherCentreLegal', Client>;
let legalOfficerId: string;
let workerId: string;

async function newWorker(client: Client, given: string) {
  const res = await client.request('POST', '/api/workers', {
    familyNameLatin: 'Chea',
    givenNameLatin: given,
    sex: 'female',
    birthYear: 1990,
    registrationChannel: 'walk_in',
    acknowledgedDuplicates: true,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

const readAudits = (id: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_email', 'after'])
    .where('entity', '=', 'legal_case')
    .where('entity_id', '=', id)
    .where('action', '=', 'read')
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of [
    'admin',
    'centre_manager',
    'counsellor',
    'outreach_officer',
    'me_officer',
    'viewer',
  ] as const) {
    clients[role] = (await signInAs(t, role, ['PST'])).client;
  }
  const legal = await signInAs(t, 'legal_officer', ['PST']);
  clients.legal_officer = legal.client;
  legalOfficerId = legal.user.id;
  clients.otherCentreLegal = (await signInAs(t, 'legal_officer', ['OMC'])).client;
  workerId = await newWorker(clients.counsellor, 'Sophea');
});
afterAll(() => t.close());

const body = () => ({
  workerId,
  claimType: 'unpaid_wages',
  respondent: { kind: 'employer', name: 'Rayong Construction Co.', country: 'TH' },
  amounts: [{ kind: 'claimed', amount: 45000, currency: 'THB', on: '2026-10-01' }],
  actions: [{ kind: 'mediation', on: '2026-10-05', notes: 'First meeting with the employer’s agent' }],
  notes: 'Three months unpaid before the border closed',
});

describe('legal cases', () => {
  let caseId: string;

  it('a legal officer opens a case, handled by them, and the opening is audited', async () => {
    const res = await clients.legal_officer.request('POST', '/api/legal-cases', body());
    expect(res.status).toBe(201);
    const c = await res.json();
    caseId = c.id;
    expect(c).toMatchObject({
      workerId,
      claimType: 'unpaid_wages',
      status: 'open',
      version: 1,
      handler: { id: legalOfficerId },
      respondent: { kind: 'employer', country: 'TH' },
    });
    expect(c.amounts).toEqual([{ kind: 'claimed', amount: 45000, currency: 'THB', on: '2026-10-01' }]);
    const created = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'legal_case')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'create')
      .execute();
    expect(created).toHaveLength(1);
  });

  it('refuses to open a case for staff outside the legal roles and for a handler who is not a legal role', async () => {
    expect((await clients.counsellor.request('POST', '/api/legal-cases', body())).status).toBe(403);
    const counsellorId = (
      await t.db.selectFrom('users').select('id').where('role', '=', 'counsellor').executeTakeFirstOrThrow()
    ).id;
    const res = await clients.centre_manager.request('POST', '/api/legal-cases', {
      ...body(),
      handlerId: counsellorId,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].field).toBe('handlerId');
  });

  it('shows details to legal officers, managers and admins, and audits every read', async () => {
    for (const role of ['legal_officer', 'centre_manager', 'admin'] as const) {
      const before = (await readAudits(caseId)).length;
      const res = await clients[role].request('GET', `/api/legal-cases/${caseId}`);
      expect(res.status).toBe(200);
      expect((await res.json()).respondent.name).toBe('Rayong Construction Co.');
      expect((await readAudits(caseId)).length).toBe(before + 1);
    }
  });

  it('answers 403 on the details to counsellors, outreach, M&E and viewers, with nothing audited', async () => {
    const before = (await readAudits(caseId)).length;
    for (const role of ['counsellor', 'outreach_officer', 'me_officer', 'viewer'] as const) {
      expect((await clients[role].request('GET', `/api/legal-cases/${caseId}`)).status).toBe(403);
    }
    expect((await readAudits(caseId)).length).toBe(before);
  });

  it('keeps a legal officer of another centre out (404)', async () => {
    expect((await clients.otherCentreLegal.request('GET', `/api/legal-cases/${caseId}`)).status).toBe(404);
    const patch = await clients.otherCentreLegal.request('PATCH', `/api/legal-cases/${caseId}`, {
      version: 1,
      status: 'in_progress',
    });
    expect(patch.status).toBe(404);
  });

  it('lists a worker’s cases as a summary for other staff and with claim and status for legal roles', async () => {
    const before = (await readAudits(caseId)).length;
    for (const role of ['counsellor', 'outreach_officer', 'me_officer'] as const) {
      const summary = await (
        await clients[role].request('GET', `/api/workers/${workerId}/legal-cases`)
      ).json();
      expect(summary.items).toEqual([
        expect.objectContaining({
          id: caseId,
          restricted: true,
          handler: expect.objectContaining({ id: legalOfficerId }),
        }),
      ]);
      for (const hidden of ['claimType', 'status', 'respondentName', 'amounts', 'notes', 'respondent']) {
        expect(summary.items[0]).not.toHaveProperty(hidden);
      }
    }
    expect((await readAudits(caseId)).length).toBe(before);
    const full = await (
      await clients.legal_officer.request('GET', `/api/workers/${workerId}/legal-cases`)
    ).json();
    expect(full.items[0]).toMatchObject({ restricted: false, claimType: 'unpaid_wages', status: 'open' });
    expect((await readAudits(caseId)).length).toBe(before + 1);
    expect((await clients.viewer.request('GET', `/api/workers/${workerId}/legal-cases`)).status).toBe(403);
  });

  it('the timeline shows the case as each role may see it', async () => {
    const entry = async (role: Role) =>
      (await (await clients[role].request('GET', `/api/workers/${workerId}/timeline`)).json()).items.find(
        (i: { kind: string }) => i.kind === 'legal_case',
      );
    expect((await entry('counsellor')).details).toEqual({
      legalCaseId: caseId,
      restricted: true,
      handler: expect.any(String),
    });
    const before = (await readAudits(caseId)).length;
    expect((await entry('legal_officer')).details).toMatchObject({
      claimType: 'unpaid_wages',
      status: 'open',
    });
    expect((await readAudits(caseId)).length).toBe(before + 1);
  });

  it('my legal cases and the centre list return details and audit each case shown', async () => {
    const mine = await (await clients.legal_officer.request('GET', '/api/legal-cases?handler=me')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    const managerMine = await (
      await clients.centre_manager.request('GET', '/api/legal-cases?handler=me')
    ).json();
    expect(managerMine.items).toEqual([]);
    const centre = await (await clients.centre_manager.request('GET', '/api/legal-cases?handler=any')).json();
    expect(centre.items.map((i: { id: string }) => i.id)).toContain(caseId);
    const other = await (
      await clients.otherCentreLegal.request('GET', '/api/legal-cases?handler=any')
    ).json();
    expect(other.items).toEqual([]);
    const views = (await readAudits(caseId)).map((a) => (a.after as { view: string }).view);
    expect(views.filter((v) => v === 'list').length).toBeGreaterThanOrEqual(3);
  });

  it('updates with the current version, and a stale version gets 409 with the current record', async () => {
    const ok = await clients.legal_officer.request('PATCH', `/api/legal-cases/${caseId}`, {
      version: 1,
      status: 'in_progress',
      amounts: [
        { kind: 'claimed', amount: 45000, currency: 'THB', on: '2026-10-01' },
        { kind: 'awarded', amount: 30000, currency: 'THB', on: '2026-11-02' },
      ],
      actions: [
        { kind: 'mediation', on: '2026-10-05', notes: 'First meeting' },
        { kind: 'complaint_to_authority', on: '2026-10-20', notes: 'Filed with the labour office' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ version: 2, status: 'in_progress' });
    const stale = await clients.centre_manager.request('PATCH', `/api/legal-cases/${caseId}`, {
      version: 1,
      notes: 'Overwriting',
    });
    expect(stale.status).toBe(409);
    const err = await stale.json();
    expect(err.error.code).toBe('VERSION_CONFLICT');
    expect(err.error.details.current).toMatchObject({ version: 2, status: 'in_progress' });
    expect(err.error.details.current.amounts).toHaveLength(2);
    const updates = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'legal_case')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'update')
      .execute();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.after).toMatchObject({ status: 'in_progress' });
  });

  it('closing needs an outcome and records the closing date', async () => {
    const missing = await clients.legal_officer.request('PATCH', `/api/legal-cases/${caseId}`, {
      version: 2,
      status: 'closed',
    });
    expect(missing.status).toBe(400);
    const closed = await clients.legal_officer.request('PATCH', `/api/legal-cases/${caseId}`, {
      version: 2,
      status: 'closed',
      outcome: 'resolved_partial',
      amounts: [
        { kind: 'claimed', amount: 45000, currency: 'THB', on: '2026-10-01' },
        { kind: 'received', amount: 1000, currency: 'USD', on: '2026-11-20' },
      ],
    });
    expect(closed.status).toBe(200);
    const c = await closed.json();
    expect(c).toMatchObject({ status: 'closed', outcome: 'resolved_partial', version: 3 });
    expect(c.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the cases of a record merged into this one on the surviving record', async () => {
    const absorbed = await newWorker(clients.counsellor, 'Sopheak');
    const opened = await clients.legal_officer.request('POST', '/api/legal-cases', {
      workerId: absorbed,
      claimType: 'withheld_documents',
    });
    const absorbedCase = (await opened.json()).id;
    await t.db
      .updateTable('workers')
      .set({ status: 'merged', merged_into: workerId })
      .where('id', '=', absorbed)
      .execute();
    const list = await (
      await clients.legal_officer.request('GET', `/api/workers/${workerId}/legal-cases`)
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([caseId, absorbedCase]),
    );
  });

  it('refuses unknown claim types and currencies', async () => {
    const res = await clients.legal_officer.request('POST', '/api/legal-cases', {
      ...body(),
      claimType: 'theft',
      amounts: [{ kind: 'claimed', amount: 1, currency: 'EUR', on: '2026-10-01' }],
    });
    expect(res.status).toBe(400);
  });
});
