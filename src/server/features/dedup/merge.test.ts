import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { orderPair } from './pairs.repository';

let t: TestApp;
let counsellor: Client;
let manager: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
});
afterAll(() => t.close());

async function register(body: object): Promise<{ id: string }> {
  const res = await counsellor.request('POST', '/api/workers', {
    addressCode: '15',
    acknowledgedDuplicates: true,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

const keysOf = async (id: string) =>
  (await t.db.selectFrom('worker_keys').select('key').where('worker_id', '=', id).execute())
    .map((k) => k.key)
    .sort();
const nameCounts = async () =>
  (await t.db.selectFrom('name_counts').select(['part', 'key', 'n']).orderBy('part').orderBy('key').execute())
    .filter((r) => r.n > 0)
    .map((r) => `${r.part}:${r.key}:${r.n}`);
const queue = async () =>
  (
    (await (await manager.request('GET', '/api/dedup/review?status=review&limit=100')).json()) as {
      items: { workerA: string; workerB: string }[];
    }
  ).items.map((i) => [i.workerA, i.workerB].sort().join('|'));

describe('merging two records and undoing it', () => {
  it('keeps every spelling findable, carries open review items to the survivor, and undoes both exactly', async () => {
    const a = await register({
      familyNameLatin: 'Heng',
      givenNameLatin: 'Pheap',
      sex: 'male',
      birthYear: 1988,
    });
    const c = await register({
      familyNameLatin: 'Chea',
      givenNameLatin: 'Dara',
      sex: 'male',
      birthYear: 1979,
    });
    const countsWithoutB = await nameCounts();
    const b = await register({ familyNameKm: 'ហេង', givenNameKm: 'ភាព', sex: 'male', birthYear: 1988 });
    // A reviewer has yet to look at "is C the same as B?".
    const [x, y] = orderPair(b.id, c.id);
    await t.db
      .insertInto('dedup_pairs')
      .values({ worker_a: x, worker_b: y, score: 2, status: 'review', reasons: '[]' })
      .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
      .execute();
    const keysA = await keysOf(a.id);
    const keysB = await keysOf(b.id);
    const countsBefore = await nameCounts();
    // The Khmer spelling brings keys (its romanisations) the Latin one does not have.
    expect(keysB.some((k) => !keysA.includes(k))).toBe(true);

    const decided = await manager.request('POST', `/api/dedup/pairs/${a.id}/${b.id}/decision`, {
      decision: 'same',
      survivorId: a.id,
    });
    expect(decided.status).toBe(200);
    const { mergeId } = await decided.json();

    // The survivor is found by the merged record's Khmer spelling too; the merged record leaves the blocks.
    expect(await keysOf(a.id)).toEqual([...new Set([...keysA, ...keysB])].sort());
    expect(await keysOf(b.id)).toEqual([]);
    // One worker fewer carries the Khmer names, and the survivor's names are not counted twice.
    expect(countsBefore).not.toEqual(countsWithoutB);
    expect(await nameCounts()).toEqual(countsWithoutB);
    const items = await queue();
    expect(items).toContain([a.id, c.id].sort().join('|'));
    expect(items).not.toContain([b.id, c.id].sort().join('|'));

    expect((await manager.request('POST', `/api/dedup/merges/${mergeId}/undo`)).status).toBe(200);
    expect(await keysOf(a.id)).toEqual(keysA);
    expect(await keysOf(b.id)).toEqual(keysB);
    expect(await nameCounts()).toEqual(countsBefore);
    const back = await queue();
    expect(back).toContain([b.id, c.id].sort().join('|'));
    expect(back).not.toContain([a.id, c.id].sort().join('|'));

    const timeline = await (await manager.request('GET', `/api/workers/${a.id}/timeline`)).json();
    const kinds = (timeline.items ?? timeline).map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['merged', 'unmerged']));
  });
});
