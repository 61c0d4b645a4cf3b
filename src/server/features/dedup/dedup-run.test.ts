import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { systemActor } from '../audit/audit.repository';
import { dedupRun } from './dedup-run.service';

let t: TestApp;
let counsellor: Client;
let manager: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
});
afterAll(() => t.close());

async function register(body: object): Promise<{ id: string; regNo: string }> {
  const res = await counsellor.request('POST', '/api/workers', {
    addressCode: '15',
    sex: 'female',
    acknowledgedDuplicates: true,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

describe('homeward dedup run', () => {
  it('merges a sure pair the desk let through, leaves namesakes apart, and never asks twice', async () => {
    const first = await register({
      familyNameLatin: 'Touch',
      givenNameLatin: 'Sreyneang',
      dateOfBirth: '1993-07-02',
      phones: ['097 111 2233'],
      nationalId: '150987654',
    });
    const again = await register({
      familyNameKm: 'ទូច',
      givenNameKm: 'ស្រីនាង',
      familyNameLatin: 'Touch',
      givenNameLatin: 'Srey Neang',
      dateOfBirth: '1993-07-02',
      phones: ['+855 97 111 2233'],
      nationalId: '150987654',
    });
    const namesake = await register({
      familyNameLatin: 'Touch',
      givenNameLatin: 'Sreyneang',
      dateOfBirth: '1971-01-15',
      phones: ['012 909 808'],
      nationalId: '010203999',
    });

    // The desk queued its own review items; the run is for pairs nobody has looked at (records entered before
    // the rules changed, say): forget the queued ones.
    await t.db.deleteFrom('dedup_pairs').execute();
    const run = await dedupRun(t.db, systemActor('test'));
    expect(run.linked).toBe(1);
    // Registered the same day: either may survive.
    const both = await Promise.all(
      [first, again].map(async (w) => (await manager.request('GET', `/api/workers/${w.id}`)).json()),
    );
    const merged = both.find((w) => w.status === 'merged');
    const survivor = both.find((w) => w.status === 'active');
    expect(merged?.mergedInto).toBe(survivor?.id);
    expect(survivor.sources.map((s: { sourceId: string }) => s.sourceId).sort()).toEqual(
      [first.regNo, again.regNo].sort(),
    );
    const other = await (await manager.request('GET', `/api/workers/${namesake.id}`)).json();
    expect(other.status).toBe('active');

    const rerun = await dedupRun(t.db, systemActor('test'));
    expect(rerun).toMatchObject({ linked: 0, review: 0 });
  });
});
