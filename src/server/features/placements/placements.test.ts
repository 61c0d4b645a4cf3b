import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { makeEmployer, makeWorker } from '../vacancies/jobs.test-fixtures';

let t: TestApp;
let counsellor: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  admin = (await signInAs(t, 'admin')).client;
});
afterAll(() => t.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ALL_YES = {
  written_contract: true,
  minimum_wage: true,
  normal_hours: true,
  overtime_voluntary_paid: true,
  nssf_registered: true,
  paid_on_time_in_full: true,
  no_withheld_documents: true,
  no_recruitment_debt: true,
  employed_at_90_days: true,
};

async function place(body: object) {
  const worker = await makeWorker(counsellor);
  const res = await counsellor.request('POST', '/api/placements', {
    workerId: worker.id,
    kind: 'wage',
    sector: 'garment_manufacturing',
    startedOn: '2026-01-05',
    wageAmount: 215,
    wageCurrency: 'USD',
    wagePer: 'month',
    hoursPerWeek: 48,
    contractWritten: true,
    nssfRegistered: true,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

const record = (
  p: { id: string; followUps: { stage: string; version: number }[] },
  stage: string,
  body: object,
) =>
  counsellor.request('PUT', `/api/placements/${p.id}/follow-ups/${stage}`, {
    version: p.followUps.find((f) => f.stage === stage)!.version,
    doneOn: '2026-02-05',
    ...body,
  });

describe('placements and decent work', () => {
  it('evaluates the checklist against the minimum wage table and the decent rule in the settings', async () => {
    const p = await place({});
    let res = await record(p, 'day30', { checklist: ALL_YES });
    let after = await res.json();
    const f30 = after.followUps.find((f: { stage: string }) => f.stage === 'day30');
    expect(f30.decent).toBe(true);
    expect(after.decent).toBe(true);
    const wageItem = f30.evaluation.items.find((i: { item: string }) => i.item === 'minimum_wage');
    // Started in 2026: the garment minimum is US$210 from 1 January 2026.
    expect(wageItem).toMatchObject({ result: 'holds', figures: { wageUsdMonth: 215, minimumUsdMonth: 210 } });
    expect(f30.evaluation.items.find((i: { item: string }) => i.item === 'employed_at_90_days').result).toBe(
      'not_yet',
    );

    // An admin raises the minimum: the same wage now fails at the next follow-up.
    const settings = await (await admin.request('GET', '/api/job-settings')).json();
    const added = await admin.request('POST', '/api/job-settings/minimum-wages', {
      sector: 'garment_manufacturing',
      amount: 220,
      currency: 'USD',
      per: 'month',
      effectiveFrom: '2026-02-01',
    });
    expect(added.status).toBe(201);
    res = await record(after, 'day90', { checklist: ALL_YES, doneOn: '2026-04-05' });
    after = await res.json();
    const f90 = after.followUps.find((f: { stage: string }) => f.stage === 'day90');
    expect(f90.decent).toBe(false);
    expect(f90.evaluation.items.find((i: { item: string }) => i.item === 'minimum_wage').result).toBe(
      'fails',
    );

    // Dropping the wage item from the rule makes it decent again.
    const rule = settings.decentRule.required.filter((i: string) => i !== 'minimum_wage');
    const put = await admin.request('PUT', '/api/job-settings/decent_rule', {
      version: settings.versions.decent_rule,
      value: { required: rule },
    });
    expect(put.status).toBe(200);
    const stale = await admin.request('PUT', '/api/job-settings/decent_rule', {
      version: settings.versions.decent_rule,
      value: { required: rule },
    });
    expect(stale.status).toBe(409);
    res = await record(after, 'day180', { checklist: ALL_YES, doneOn: '2026-07-05' });
    expect((await res.json()).followUps.find((f: { stage: string }) => f.stage === 'day180').decent).toBe(
      true,
    );
    const denied = await counsellor.request('PUT', '/api/job-settings/decent_rule', {
      version: settings.versions.decent_rule + 1,
      value: { required: [] },
    });
    expect(denied.status).toBe(403);
  });

  it('fails long hours and any "no" in the checklist; unknown answers are not decent', async () => {
    const p = await place({ hoursPerWeek: 60 });
    const res = await record(p, 'placement', { checklist: { ...ALL_YES } });
    const f = (await res.json()).followUps[0];
    expect(f.evaluation.items.find((i: { item: string }) => i.item === 'normal_hours')).toMatchObject({
      result: 'fails',
      figures: { hoursPerWeek: 60, maximum: 48 },
    });
    expect(f.decent).toBe(false);
    const q = await place({});
    const unknown = await record(q, 'placement', { checklist: { ...ALL_YES, paid_on_time_in_full: null } });
    expect((await unknown.json()).followUps[0].decent).toBe(false);
    const stale = await record(q, 'placement', { checklist: ALL_YES });
    expect(stale.status).toBe(409);
  });

  it('measures livelihood for agriculture and self-employment against the threshold and the baseline', async () => {
    const farm = await place({
      sector: 'agriculture',
      wageAmount: 8,
      wagePer: 'day',
      baselineIncomeUsd: 250,
    });
    const res = await record(farm, 'day30', { checklist: ALL_YES });
    const f = (await res.json()).followUps.find((x: { stage: string }) => x.stage === 'day30');
    // 8 a day × 26 days = 208 a month: under the 210 threshold and the 250 earned before return.
    expect(f.evaluation.livelihood).toMatchObject({ ok: false, incomeUsdMonth: 208, thresholdUsdMonth: 210 });
    const shop = await place({ kind: 'self', sector: 'other', wageAmount: null, baselineIncomeUsd: 200 });
    expect(shop.livelihoodMeasured).toBe(true);
    const own = await record(shop, 'day30', { checklist: {}, incomeUsdMonth: 300 });
    expect(
      (await own.json()).followUps.find((x: { stage: string }) => x.stage === 'day30').livelihoodOk,
    ).toBe(true);
  });

  it('lists follow-ups due and overdue for the counsellor’s centres', async () => {
    const p = await place({ startedOn: day(-40) });
    const list = async (client: Client, q = '') =>
      (await (await client.request('GET', `/api/placements/follow-ups${q}`)).json()).items.filter(
        (i: { placementId: string }) => i.placementId === p.id,
      );
    const due = await list(counsellor);
    expect(due.map((i: { stage: string; overdue: boolean }) => [i.stage, i.overdue])).toEqual([
      ['placement', true],
      ['day30', true],
    ]);
    expect((await list(counsellor, `?due=${day(60)}`)).map((i: { stage: string }) => i.stage)).toEqual([
      'placement',
      'day30',
      'day90',
    ]);
    await record(p, 'placement', { checklist: ALL_YES, doneOn: day(-40) });
    expect((await list(counsellor)).map((i: { stage: string }) => i.stage)).toEqual(['day30']);
    expect(await list((await signInAs(t, 'counsellor', ['OMC'])).client)).toEqual([]);
    expect((await list(counsellor, '?mine=true')).length).toBe(1);
  });

  it('updates a placement with its version, and keeps other centres out', async () => {
    const employer = await makeEmployer(counsellor);
    const p = await place({ employerId: employer.id });
    const ok = await counsellor.request('PATCH', `/api/placements/${p.id}`, {
      version: p.version,
      endedOn: '2026-03-01',
      endReason: 'Factory closed',
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).endedOn).toBe('2026-03-01');
    const stale = await counsellor.request('PATCH', `/api/placements/${p.id}`, {
      version: p.version,
      title: 'x',
    });
    expect(stale.status).toBe(409);
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    expect((await other.request('GET', `/api/placements/${p.id}`)).status).toBe(404);
    const listed = await (await counsellor.request('GET', `/api/placements?workerId=${p.workerId}`)).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
  });
});
