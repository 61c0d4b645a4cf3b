import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
let counsellor: Client;
let pst: string;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  pst = (await t.db.selectFrom('centres').select('id').where('code', '=', 'PST').executeTakeFirstOrThrow())
    .id;
});
afterAll(() => t.close());

const sokha = {
  familyNameKm: 'ចាន់',
  givenNameKm: 'សុខា',
  familyNameLatin: 'Chan',
  givenNameLatin: 'Sokha',
  sex: 'female',
  dateOfBirth: '1994-03-12',
  phones: ['012 345 678'],
  nationalId: '010203040',
  addressCode: '15',
  registrationChannel: 'walk_in',
  consents: [{ kind: 'data_processing', granted: true }],
  migrations: [
    { country: 'TH', sector: 'construction', occupationIsco: '9313', monthlyWage: 9000, wageCurrency: 'THB' },
  ],
};

async function create(client: Client, body: object) {
  return client.request('POST', '/api/workers', body);
}

describe('worker registry', () => {
  let id: string;

  it('registers a returnee with a registration number, E.164 phones and a source record', async () => {
    const res = await create(counsellor, sokha);
    expect(res.status).toBe(201);
    const w = await res.json();
    id = w.id;
    expect(w.regNo).toMatch(new RegExp(`^PST-${new Date().getFullYear()}-\\d{6}$`));
    expect(w.centreId).toBe(pst);
    expect(w.phones).toEqual([{ e164: '+85512345678', display: '012 345 678' }]);
    expect(w.birthYear).toBe(1994);
    expect(w.consents).toEqual([expect.objectContaining({ kind: 'data_processing', granted: true })]);
    expect(w.migrations[0]).toMatchObject({ country: 'TH', monthlyWage: 9000, wageCurrency: 'THB' });
    expect(w.sources).toEqual([{ source: 'homeward', sourceId: w.regNo }]);
  });

  it('finds the person by spelling variants, swapped order, Khmer variants, phone forms and IDs', async () => {
    const search = async (q: string) => {
      const res = await counsellor.request('POST', '/api/workers/search', { q });
      expect(res.status).toBe(200);
      return (await res.json()).items.map((w: { id: string }) => w.id);
    };
    expect(await search('Sokhar Chan')).toContain(id);
    expect(await search('chan sokha')).toContain(id);
    expect(await search('ចាន់\u200bសុខា')).toContain(id);
    expect(await search('+855 12 345 678')).toContain(id);
    expect(await search('85512345678')).toContain(id);
    expect(await search('010203040')).toContain(id);
    expect(await search('Dara Sok')).not.toContain(id);
    const byGet = await counsellor.request('GET', `/api/workers?q=${encodeURIComponent('Sokha')}&sex=female`);
    expect((await byGet.json()).items.map((w: { id: string }) => w.id)).toContain(id);
  });

  it('stops a likely duplicate with the candidates, and creates it when acknowledged', async () => {
    const again = {
      ...sokha,
      familyNameLatin: 'Chan',
      givenNameLatin: 'Sokhar',
      phones: ['+85512345678'],
      nationalId: null,
    };
    const res = await create(counsellor, again);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('POSSIBLE_DUPLICATES');
    expect(body.error.details.candidates[0]).toMatchObject({
      id,
      decision: expect.stringMatching(/link|review/),
    });
    const forced = await create(counsellor, { ...again, acknowledgedDuplicates: true });
    expect(forced.status).toBe(201);
    const queue = await (await counsellor.request('GET', '/api/dedup/review')).json();
    const newId = (await forced.json()).id;
    expect(
      queue.items.some((p: { workerA: string; workerB: string }) => [p.workerA, p.workerB].includes(newId)),
    ).toBe(true);
  });

  it('checks a registration being typed against the registry: best first, with phones, in the user’s centres', async () => {
    const typed = { familyNameLatin: 'Chan', givenNameLatin: 'Sokha', sex: 'female', phones: ['012345678'] };
    const res = await counsellor.request('POST', '/api/dedup/check', typed);
    expect(res.status).toBe(200);
    const { candidates } = await res.json();
    expect(candidates.map((c: { id: string }) => c.id)).toContain(id);
    const first = candidates.find((c: { id: string }) => c.id === id);
    expect(first).toMatchObject({ regNo: expect.stringMatching(/^PST-/), centreId: pst, sex: 'female' });
    expect(first.phones).toEqual(['012 345 678']);
    const scores = candidates.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    const elsewhere = await (await other.request('POST', '/api/dedup/check', typed)).json();
    expect(elsewhere.candidates).toEqual([]);
  });

  it('keeps other centres’ workers out of reach, and national viewers away from personal details', async () => {
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    expect((await other.request('GET', `/api/workers/${id}`)).status).toBe(404);
    const found = await (await other.request('POST', '/api/workers/search', { q: 'Sokha' })).json();
    expect(found.items).toEqual([]);
    const viewer = (await signInAs(t, 'viewer')).client;
    expect((await viewer.request('GET', `/api/workers/${id}`)).status).toBe(403);
  });

  it('refuses a stale version with 409 and the current record; records consent withdrawal as history', async () => {
    const current = await (await counsellor.request('GET', `/api/workers/${id}`)).json();
    const ok = await counsellor.request('PATCH', `/api/workers/${id}`, {
      version: current.version,
      phones: ['097 123 4567', '012 345 678'],
      consents: [{ kind: 'data_processing', granted: false }],
    });
    expect(ok.status).toBe(200);
    const updated = await ok.json();
    expect(updated.phones.map((p: { e164: string }) => p.e164)).toEqual(['+855971234567', '+85512345678']);
    expect(updated.consents.find((c: { kind: string }) => c.kind === 'data_processing').granted).toBe(false);
    const stale = await counsellor.request('PATCH', `/api/workers/${id}`, {
      version: current.version,
      addressDetail: 'x',
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.version).toBe(updated.version);
    const history = await t.db
      .selectFrom('worker_consents')
      .selectAll()
      .where('worker_id', '=', id)
      .execute();
    expect(history.map((h) => h.granted)).toEqual([true, false]);
    const timeline = await (await counsellor.request('GET', `/api/workers/${id}/timeline`)).json();
    const kinds = timeline.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['registered', 'updated', 'consent']));
    expect(timeline.items.find((e: { kind: string }) => e.kind === 'updated').details.fields).toContain(
      'phones',
    );
  });

  it('rejects bad input with per-field details and loses nothing', async () => {
    const res = await create(counsellor, {
      givenNameLatin: 'X',
      phones: ['12'],
      sex: 'maybe',
      addressCode: '999',
    });
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['sex', 'addressCode']));
    const noName = await create(counsellor, { sex: 'male' });
    expect(noName.status).toBe(400);
  });
});

describe('review queue, merge and undo', () => {
  it('merges a pair keeping every source record, and undoes it exactly', async () => {
    const manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
    const base = {
      familyNameLatin: 'Heng',
      givenNameLatin: 'Pheap',
      sex: 'male',
      birthYear: 1988,
      phones: ['011 222 333'],
      addressCode: '15',
    };
    const a = await (await create(counsellor, base)).json();
    const b = await (
      await create(counsellor, {
        ...base,
        givenNameLatin: 'Pheab',
        acknowledgedDuplicates: true,
        phones: ['011 222 333', '092 555 666'],
      })
    ).json();
    const detail = await (await manager.request('GET', `/api/dedup/pairs/${a.id}/${b.id}`)).json();
    expect(detail.status).toBe('review');
    expect(detail.reasons.length).toBeGreaterThan(2);
    expect(
      (await counsellor.request('POST', `/api/dedup/pairs/${a.id}/${b.id}/decision`, { decision: 'same' }))
        .status,
    ).toBe(403);
    const decided = await manager.request('POST', `/api/dedup/pairs/${a.id}/${b.id}/decision`, {
      decision: 'same',
      survivorId: a.id,
    });
    expect(decided.status).toBe(200);
    const { mergeId } = await decided.json();
    const survivor = await (await manager.request('GET', `/api/workers/${a.id}`)).json();
    expect(survivor.sources.map((s: { sourceId: string }) => s.sourceId).sort()).toEqual(
      [a.regNo, b.regNo].sort(),
    );
    expect(survivor.phones.map((p: { e164: string }) => p.e164)).toEqual(['+85511222333', '+85592555666']);
    const merged = await (await manager.request('GET', `/api/workers/${b.id}`)).json();
    expect(merged).toMatchObject({ status: 'merged', mergedInto: a.id });
    expect((await manager.request('POST', `/api/dedup/merges/${mergeId}/undo`)).status).toBe(200);
    const back = await (await manager.request('GET', `/api/workers/${b.id}`)).json();
    expect(back).toMatchObject({
      status: 'active',
      mergedInto: null,
      sources: [{ source: 'homeward', sourceId: b.regNo }],
    });
    const survivorAfter = await (await manager.request('GET', `/api/workers/${a.id}`)).json();
    expect(survivorAfter.phones.map((p: { e164: string }) => p.e164)).toEqual(['+85511222333']);
    expect((await manager.request('POST', `/api/dedup/merges/${mergeId}/undo`)).status).toBe(400);
  });

  it('a pair judged not the same is not proposed again', async () => {
    const manager = (await signInAs(t, 'centre_manager', ['PST'])).client;
    const base = {
      familyNameLatin: 'Ly',
      givenNameLatin: 'Srey Mom',
      sex: 'female',
      birthYear: 1990,
      phones: ['015 777 888'],
      addressCode: '15',
    };
    const a = await (await create(counsellor, base)).json();
    const b = await (
      await create(counsellor, { ...base, givenNameLatin: 'Sreymom', acknowledgedDuplicates: true })
    ).json();
    await manager.request('POST', `/api/dedup/pairs/${a.id}/${b.id}/decision`, { decision: 'distinct' });
    const queue = await (await manager.request('GET', '/api/dedup/review')).json();
    expect(
      queue.items.some((p: { workerA: string; workerB: string }) => [p.workerA, p.workerB].includes(b.id)),
    ).toBe(false);
    const distinct = await (await manager.request('GET', '/api/dedup/review?status=distinct')).json();
    expect(distinct.items).toHaveLength(1);
  });
});
