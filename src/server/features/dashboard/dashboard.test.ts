import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, centreToday } from '../../../shared/centre-date';
import type { THeadline } from '../../../shared/contracts/dashboard';
import { DECENT_ITEMS } from '../../../shared/contracts/job-settings';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { systemActor } from '../audit/audit.repository';
import { expectStatus } from '../cases/case-testing';
import { changeReferral } from '../referrals/referrals.service';
import { makeEmployer, makeVacancy } from '../vacancies/jobs.test-fixtures';

let t: TestApp;
let pst: Client;
let omc: Client;
const today = centreToday();
const day = (offset: number) => addDays(today, offset);
const PERIOD = `from=${day(-120)}&to=${today}`;
// Every decent-work item holds.
const ALL_YES = Object.fromEntries(DECENT_ITEMS.map((item) => [item, true]));

let n = 0;
async function worker(client: Client, body: { sex?: string; addressCode?: string; registeredOn: string }) {
  n += 1;
  const created = await expectStatus(client, 'POST', '/api/workers', 201, {
    familyNameLatin: 'Chea',
    givenNameLatin: `Dashboard${String.fromCharCode(65 + n)}`,
    birthYear: 1985 + n,
    registrationChannel: 'walk_in',
    consents: [
      { kind: 'data_processing', granted: true },
      { kind: 'share_with_employers', granted: true },
    ],
    acknowledgedDuplicates: true,
    ...body,
  });
  return created.id as string;
}

const contact = (client: Client, workerId: string, contactDate: string) =>
  expectStatus(client, 'POST', `/api/workers/${workerId}/contacts`, 201, {
    contactDate,
    channel: 'walk_in',
    services: ['counselling'],
  });

async function place(workerId: string, startedOn: string, endedOn?: string) {
  const placement = await expectStatus(pst, 'POST', '/api/placements', 201, {
    workerId,
    kind: 'wage',
    sector: 'garment_manufacturing',
    startedOn,
    wageAmount: 215,
    wageCurrency: 'USD',
    wagePer: 'month',
    hoursPerWeek: 48,
    contractWritten: true,
    nssfRegistered: true,
  });
  if (!endedOn) return placement;
  return expectStatus(pst, 'PATCH', `/api/placements/${placement.id}`, 200, {
    endedOn,
    endReason: 'Factory closed',
    version: placement.version,
  });
}

async function followUp(
  placement: { id: string },
  stage: string,
  doneOn: string,
  checklist: object,
): Promise<boolean | null> {
  const current = await expectStatus(pst, 'GET', `/api/placements/${placement.id}`, 200);
  const version = current.followUps.find((f: { stage: string }) => f.stage === stage).version;
  const after = await expectStatus(pst, 'PUT', `/api/placements/${placement.id}/follow-ups/${stage}`, 200, {
    version,
    doneOn,
    checklist,
  });
  return after.followUps.find((f: { stage: string }) => f.stage === stage).decent;
}

const headline = async (client: Client, query: string): Promise<THeadline> =>
  expectStatus(client, 'GET', `/api/dashboard/headline?${query}`, 200);

beforeAll(async () => {
  t = await createTestApp();
  const signedIn = await signInAs(t, 'counsellor', ['PST']);
  pst = signedIn.client;
  const pstUser = signedIn.user;
  omc = (await signInAs(t, 'counsellor', ['OMC'])).client;
  const employer = await makeEmployer(pst);
  const vacancy = await makeVacancy(pst, employer.id, { positions: 5 });
  const refer = (workerId: string, status: string) =>
    expectStatus(pst, 'POST', '/api/referrals', 201, { workerId, vacancyId: vacancy.id, status });

  // W1, Pursat, female: served twice, referred, placed; decent and still there at 90 days.
  const w1 = await worker(pst, { sex: 'female', addressCode: '15', registeredOn: day(-100) });
  await contact(pst, w1, day(-90));
  await contact(pst, w1, day(-80));
  await refer(w1, 'referred');
  const p1 = await place(w1, day(-100));
  expect(await followUp(p1, 'day30', day(-70), ALL_YES)).toBe(true);
  expect(await followUp(p1, 'day90', day(-8), ALL_YES)).toBe(true);
  // W2, Oddar Meanchey, male: only suggested; placed, not decent, gone after 60 days.
  const w2 = await worker(pst, { sex: 'male', addressCode: '22', registeredOn: day(-50) });
  await contact(pst, w2, day(-10));
  await refer(w2, 'suggested');
  const p2 = await place(w2, day(-110), day(-50));
  expect(await followUp(p2, 'day30', day(-80), { ...ALL_YES, written_contract: false })).toBe(false);
  // W3, Pursat, female, registered and served before the period; referred, then declined: still referred.
  const w3 = await worker(pst, { sex: 'female', addressCode: '15', registeredOn: day(-200) });
  await contact(pst, w3, day(-150));
  const r3 = await refer(w3, 'referred');
  // Through the service: the job referral's PATCH route is shadowed by the partner referrals' one in this merge.
  const { id, email, name, role, centreIds } = pstUser;
  const auth = {
    user: { id, email, name, role, centreIds },
    via: 'session' as const,
    sessionId: null,
    csrfToken: null,
  };
  const moved = await changeReferral(t.db, auth, systemActor('test'), r3.id, {
    status: 'declined_by_worker',
    reason: 'Too far from home',
    version: r3.version,
  });
  expect(moved.status).toBe('declined_by_worker');
  // W4: sex and address not recorded.
  await worker(pst, { registeredOn: day(-5) });
  // W6, registered and served at Oddar Meanchey's centre.
  const w6 = await worker(omc, { sex: 'female', addressCode: '22', registeredOn: day(-10) });
  await contact(omc, w6, day(-5));
});
afterAll(() => t.close());

const split = (total: number, female: number, male: number, unknown: number) => ({
  total,
  female,
  male,
  unknown,
});

describe('headline dashboard', () => {
  it('counts distinct people per figure, by sex and province, for a national viewer', async () => {
    const viewer = (await signInAs(t, 'viewer')).client;
    const h = await headline(viewer, PERIOD);
    expect(h.national).toBe(true);
    expect(h.totals).toEqual({
      registered: split(4, 2, 1, 1),
      served: split(3, 2, 1, 0),
      referred: split(2, 2, 0, 0),
      placed: split(2, 1, 1, 0),
      decentEvaluated: split(2, 1, 1, 0),
      decent: split(1, 1, 0, 0),
      retentionEvaluated: split(2, 1, 1, 0),
      retained90: split(1, 1, 0, 0),
    });
    expect(
      h.provinces.map((p) => [p.provinceCode, p.figures.registered.total, p.figures.served.total]),
    ).toEqual([
      ['15', 1, 1],
      ['22', 2, 2],
      [null, 1, 0],
    ]);
    const pursat = h.provinces[0]!;
    expect(pursat.nameLatin).toBe('Pursat');
    expect(pursat.nameKm).toBeTruthy();
    expect(pursat.figures.referred).toEqual(split(2, 2, 0, 0));
    expect(h.provinces[1]!.figures.registered).toEqual(split(2, 1, 1, 0));
    // Figures only: no names, ids or registration numbers anywhere in the answer.
    expect(JSON.stringify(h)).not.toMatch(/Dashboard|Chea|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it("keeps a centre manager to the centre's own figures, and lets national roles filter by centre", async () => {
    const manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
    const mine = await headline(manager, PERIOD);
    expect(mine.national).toBe(false);
    expect(mine.totals.registered).toEqual(split(3, 1, 1, 1));
    expect(mine.totals.served).toEqual(split(2, 1, 1, 0));
    const { items: centres } = await expectStatus(manager, 'GET', '/api/centres', 200);
    const omcId = centres.find((c: { code: string }) => c.code === 'OMC').id;
    const pstId = centres.find((c: { code: string }) => c.code === 'PST').id;
    await expectStatus(manager, 'GET', `/api/dashboard/headline?${PERIOD}&centreId=${omcId}`, 404);

    const me = (await signInAs(t, 'me_officer')).client;
    const omcOnly = await headline(me, `${PERIOD}&centreId=${omcId}`);
    expect(omcOnly.centreId).toBe(omcId);
    expect(omcOnly.totals.registered).toEqual(split(1, 1, 0, 0));
    expect(omcOnly.totals.served).toEqual(split(1, 1, 0, 0));
    expect(omcOnly.totals.placed.total).toBe(0);
    expect((await headline(me, `${PERIOD}&centreId=${pstId}`)).totals).toEqual(mine.totals);
  });

  it('counts only what happened in the period', async () => {
    const admin = (await signInAs(t, 'admin')).client;
    const before = await headline(admin, `from=${day(-300)}&to=${day(-121)}`);
    expect(before.totals.registered).toEqual(split(1, 1, 0, 0));
    expect(before.totals.served).toEqual(split(1, 1, 0, 0));
    expect(before.totals.referred.total).toBe(0);
    expect(before.totals.placed.total).toBe(0);
    expect(before.provinces.map((p) => p.provinceCode)).toEqual(['15']);

    const lastWeek = await headline(admin, `from=${day(-7)}&to=${today}`);
    expect(lastWeek.totals.registered.total).toBe(1);
    expect(lastWeek.totals.served.total).toBe(1);
    expect(lastWeek.totals.referred.total).toBe(2);
    expect(lastWeek.totals.placed.total).toBe(0);

    await expectStatus(admin, 'GET', `/api/dashboard/headline?from=${today}&to=${day(-1)}`, 400);
  });
});
