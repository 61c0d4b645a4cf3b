import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { makeEmployer, makeVacancy, makeWorker } from '../vacancies/jobs.test-fixtures';
import { activeReferralCounts } from './active-referrals';

let t: TestApp;
let counsellor: Client;
let employer: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  employer = await makeEmployer(counsellor);
});
afterAll(() => t.close());

const refer = (client: Client, workerId: string, vacancyId: string, extra: object = {}) =>
  client.request('POST', '/api/referrals', { workerId, vacancyId, ...extra });
const move = (client: Client, id: string, body: object) =>
  client.request('PATCH', `/api/referrals/${id}`, body);

describe('referral pipeline', () => {
  it('refuses to refer a worker without consent to share with employers, with CONSENT_REQUIRED', async () => {
    const vacancy = await makeVacancy(counsellor, employer.id);
    for (const consent of [null, false]) {
      const worker = await makeWorker(counsellor, consent);
      const res = await refer(counsellor, worker.id, vacancy.id);
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('CONSENT_REQUIRED');
      // A suggestion shares nothing yet; moving it to referred checks consent again.
      const suggested = await refer(counsellor, worker.id, vacancy.id, { status: 'suggested' });
      expect(suggested.status).toBe(201);
      const s = await suggested.json();
      const moved = await move(counsellor, s.id, { version: s.version, status: 'referred' });
      expect((await moved.json()).error.code).toBe('CONSENT_REQUIRED');
    }
  });

  it('uses the worker’s current consent: withdrawn consent blocks a new referral', async () => {
    const vacancy = await makeVacancy(counsellor, employer.id);
    const worker = await makeWorker(counsellor, true);
    const withdrawn = await counsellor.request('PATCH', `/api/workers/${worker.id}`, {
      version: worker.version,
      consents: [{ kind: 'share_with_employers', granted: false }],
    });
    expect(withdrawn.status).toBe(200);
    expect((await (await refer(counsellor, worker.id, vacancy.id)).json()).error.code).toBe(
      'CONSENT_REQUIRED',
    );
  });

  it('moves through the statuses with history, refuses invalid transitions and missing reasons', async () => {
    const vacancy = await makeVacancy(counsellor, employer.id);
    const worker = await makeWorker(counsellor);
    const created = await refer(counsellor, worker.id, vacancy.id);
    expect(created.status).toBe(201);
    let r = await created.json();
    expect(r).toMatchObject({ status: 'referred', workerId: worker.id, vacancyId: vacancy.id });
    expect((await refer(counsellor, worker.id, vacancy.id)).status).toBe(409);

    const bad = await move(counsellor, r.id, { version: r.version, status: 'suggested' });
    expect(bad.status).toBe(409);
    const body = await bad.json();
    expect(body.error.code).toBe('INVALID_TRANSITION');
    expect(body.error.details).toMatchObject({ from: 'referred', to: 'suggested' });

    r = await (await move(counsellor, r.id, { version: r.version, status: 'interview' })).json();
    const noReason = await move(counsellor, r.id, { version: r.version, status: 'not_hired' });
    expect(noReason.status).toBe(400);
    const stale = await move(counsellor, r.id, { version: r.version - 1, status: 'offer' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.version).toBe(r.version);

    const res = await move(counsellor, r.id, {
      version: r.version,
      status: 'not_hired',
      reason: 'No experience',
    });
    r = await res.json();
    expect(r.status).toBe('not_hired');
    expect(r.reason).toBe('No experience');
    expect(r.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'referred',
      'interview',
      'not_hired',
    ]);
    expect(r.events[2].by).toMatch(/counsellor/);
    const final = await move(counsellor, r.id, { version: r.version, status: 'hired' });
    expect((await final.json()).error.code).toBe('INVALID_TRANSITION');

    const contact = await counsellor.request('POST', `/api/referrals/${r.id}/contacts`, {
      occurredOn: '2026-11-20',
      channel: 'phone',
      summary: 'HR said they need two years of experience',
    });
    expect(contact.status).toBe(201);
    expect((await contact.json()).contacts).toHaveLength(1);
  });

  it('hires: fills a position, fills the vacancy at the last one, creates the placement with follow-ups', async () => {
    const vacancy = await makeVacancy(counsellor, employer.id, { positions: 1 });
    const [a, b] = [await makeWorker(counsellor), await makeWorker(counsellor)];
    const ra = await (await refer(counsellor, a.id, vacancy.id)).json();
    const rb = await (await refer(counsellor, b.id, vacancy.id)).json();
    expect((await activeReferralCounts(t.db, [vacancy.id])).get(vacancy.id)).toBe(2);
    const offer = await (await move(counsellor, ra.id, { version: ra.version, status: 'offer' })).json();
    const hired = await move(counsellor, ra.id, {
      version: offer.version,
      status: 'hired',
      startedOn: '2026-11-02',
    });
    expect(hired.status).toBe(200);
    const h = await hired.json();
    expect(h.placementId).toBeTruthy();
    const v = await (await counsellor.request('GET', `/api/vacancies/${vacancy.id}`)).json();
    expect(v).toMatchObject({ positionsFilled: 1, status: 'filled', activeReferrals: 1 });
    const placement = await (await counsellor.request('GET', `/api/placements/${h.placementId}`)).json();
    expect(placement).toMatchObject({
      workerId: a.id,
      vacancyId: vacancy.id,
      employerId: employer.id,
      foundBy: 'referral',
      kind: 'wage',
      startedOn: '2026-11-02',
      wageAmount: 220,
      contractWritten: true,
    });
    expect(placement.followUps.map((f: { stage: string; dueOn: string }) => [f.stage, f.dueOn])).toEqual([
      ['placement', '2026-11-02'],
      ['day30', '2026-12-02'],
      ['day90', '2027-01-31'],
      ['day180', '2027-05-01'],
    ]);
    const second = await move(counsellor, rb.id, { version: rb.version, status: 'hired' });
    expect((await second.json()).error.code).toBe('NO_POSITIONS_LEFT');
    const worker = await makeWorker(counsellor);
    expect((await (await refer(counsellor, worker.id, vacancy.id)).json()).error.code).toBe(
      'VACANCY_NOT_OPEN',
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('entity')
      .where('entity', 'in', ['job_referral', 'placement'])
      .execute();
    expect(audit.length).toBeGreaterThan(3);
  });

  it('keeps referrals to the worker’s centre; lists by vacancy, worker and status', async () => {
    const vacancy = await makeVacancy(counsellor, employer.id);
    const worker = await makeWorker(counsellor);
    const r = await (await refer(counsellor, worker.id, vacancy.id)).json();
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    expect((await other.request('GET', `/api/referrals/${r.id}`)).status).toBe(404);
    expect((await move(other, r.id, { version: r.version, status: 'interview' })).status).toBe(404);
    expect((await refer(other, worker.id, vacancy.id)).status).toBe(404);
    expect(
      (await (await other.request('GET', `/api/referrals?vacancyId=${vacancy.id}`)).json()).items,
    ).toEqual([]);
    const mine = await (await counsellor.request('GET', `/api/referrals?vacancyId=${vacancy.id}`)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([r.id]);
    const byWorker = await (
      await counsellor.request('GET', `/api/referrals?workerId=${worker.id}&status=referred`)
    ).json();
    expect(byWorker.items).toHaveLength(1);
    const viewer = (await signInAs(t, 'viewer')).client;
    expect((await viewer.request('GET', `/api/referrals?vacancyId=${vacancy.id}`)).status).toBe(403);
  });
});
