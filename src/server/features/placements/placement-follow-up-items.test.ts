import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { makeWorker } from '../vacancies/jobs.test-fixtures';

let t: TestApp;
let counsellor: Client;
let colleague: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  colleague = (await signInAs(t, 'counsellor', ['PST'])).client;
});
afterAll(() => t.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Item = { kind: string; overdue: boolean; dueOn: string; link: string; worker: { id: string } };
const myItems = async (client: Client): Promise<Item[]> =>
  (await (await client.request('GET', '/api/me/follow-ups?days=7')).json()).items;

describe('placement checks on the home screen', () => {
  it("lists the checks due on the placements a counsellor recorded, overdue ones marked, not a colleague's", async () => {
    const worker = await makeWorker(counsellor);
    const res = await counsellor.request('POST', '/api/placements', {
      workerId: worker.id,
      kind: 'wage',
      sector: 'garment_manufacturing',
      startedOn: day(-35),
      wageAmount: 215,
      wageCurrency: 'USD',
      wagePer: 'month',
    });
    expect(res.status).toBe(201);
    const placement = await res.json();
    const checks = (await myItems(counsellor)).filter((i) => i.kind === 'placement_check');
    // The first-day and 30-day checks are past due; the 90-day one is not yet due within a week.
    expect(checks.map((c) => c.dueOn).sort()).toEqual([day(-35), day(-5)]);
    expect(checks.every((c) => c.overdue && c.worker.id === worker.id)).toBe(true);
    expect(checks[0]!.link).toBe(`/placements/${placement.id}`);
    expect((await myItems(colleague)).filter((i) => i.kind === 'placement_check')).toEqual([]);
  });
});
