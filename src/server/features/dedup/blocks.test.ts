import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRecord } from '../../../shared/dedup/record';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { type BlockQuery, blockQueries, keyRowsOf, readBlockMembers, readBlocks, storeKeys } from './blocks';

let t: TestApp;
let counsellor: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
});
afterAll(() => t.close());

async function register(body: object): Promise<string> {
  const res = await counsellor.request('POST', '/api/workers', { acknowledgedDuplicates: true, ...body });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const lookFor = async (person: Parameters<typeof prepareRecord>[0]): Promise<Set<string>> =>
  new Set([...(await readBlocks(t.db, blockQueries(prepareRecord(person)))).values()].flat());

describe('name blocks narrowed by birth years, province and sex', () => {
  let young: string;
  let old: string;
  let elsewhere: string;
  let unknown: string;
  beforeAll(async () => {
    const name = { familyNameLatin: 'Sok', givenNameLatin: 'Dara', sex: 'male' };
    young = await register({ ...name, birthYear: 1995, addressCode: '15', phones: ['012 777 001'] });
    old = await register({ ...name, birthYear: 1970, addressCode: '15' });
    elsewhere = await register({ ...name, birthYear: 1995, addressCode: '22' });
    unknown = await register({ ...name });
  });

  it('finds namesakes born within two years in the same province, and those whose details are unknown', async () => {
    const found = await lookFor({
      familyLatin: 'Sok',
      givenLatin: 'Dara',
      sex: 'M',
      birthYear: 1993,
      placeCode: '1501',
    });
    expect(found.has(young)).toBe(true);
    expect(found.has(unknown)).toBe(true);
    expect(found.has(old)).toBe(false);
    expect(found.has(elsewhere)).toBe(false);
  });

  it('does not narrow for what the new record does not know', async () => {
    const found = await lookFor({ familyLatin: 'Sok', givenLatin: 'Dara' });
    for (const id of [young, old, elsewhere, unknown]) expect(found.has(id)).toBe(true);
  });

  it('does not narrow phones: a person whose details were written differently is still met', async () => {
    const found = await lookFor({
      familyLatin: 'Sok',
      givenLatin: 'Dara',
      birthYear: 1960,
      phones: ['+85512777001'],
    });
    expect(found.has(young)).toBe(true);
    expect(found.has(old)).toBe(false);
  });

  it('keeps other sexes out of a name block; a worker whose records differ is found as each of them', async () => {
    expect((await lookFor({ familyLatin: 'Sok', givenLatin: 'Dara', sex: 'F' })).has(young)).toBe(false);
    const other = prepareRecord({
      familyLatin: 'Sok',
      givenLatin: 'Dara',
      sex: 'M',
      birthYear: 2005,
      placeCode: '22',
    });
    const twoRecords = {
      familyLatin: 'Sok',
      givenLatin: 'Dara',
      sex: 'M' as const,
      birthYear: 2006,
      placeCode: '22',
    };
    expect((await lookFor(twoRecords)).has(young)).toBe(false);
    await storeKeys(t.db, keyRowsOf(young, [{ prepared: other }]));
    const rows = await t.db
      .selectFrom('worker_keys')
      .select(['sex', 'province', 'born_from', 'born_to'])
      .where('worker_id', '=', young)
      .where('key', 'like', 'n:%')
      .orderBy('born_from')
      .execute();
    expect(rows).toEqual([
      { sex: 'M', province: '15', born_from: 1995, born_to: 1995 },
      { sex: 'M', province: '22', born_from: 2005, born_to: 2005 },
    ]);
    expect((await lookFor(twoRecords)).has(young)).toBe(true);
    // Phone keys are stored once, not narrowed.
    const phoneRows = await t.db
      .selectFrom('worker_keys')
      .selectAll()
      .where('worker_id', '=', young)
      .where('key', 'like', 'p:%')
      .execute();
    expect(phoneRows).toEqual([
      { key: 'p:+85512777001', worker_id: young, sex: '', province: '', born_from: 0, born_to: 9999 },
    ]);
  });

  it('the online duplicate check looks only in the narrowed blocks', async () => {
    const res = await counsellor.request('POST', '/api/dedup/check', {
      familyNameLatin: 'Sok',
      givenNameLatin: 'Dara',
      sex: 'male',
      birthYear: 1970,
      addressCode: '15',
    });
    const ids = ((await res.json()).candidates as { id: string }[]).map((c) => c.id);
    expect(ids).toContain(old);
    expect(ids).not.toContain(elsewhere);
  });
});

describe('block limits', () => {
  // Four workers under one key, spread over both sexes and two provinces: each index range holds one or two.
  const key = 'n:limit|test';
  const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  beforeAll(async () => {
    const narrowing = [
      { sex: 'M', province: '15' },
      { sex: 'F', province: '15' },
      { sex: 'M', province: '22' },
      { sex: '', province: '' },
    ] as const;
    await storeKeys(
      t.db,
      ids.map((worker_id, i) => ({ key, worker_id, ...narrowing[i]!, born_from: 1990, born_to: 1990 })),
    );
  });
  const query = (limit: number, provinces: string[], sexes = ['M', 'F', '']): BlockQuery => ({
    id: `${key}|${limit}|${provinces.length}|${sexes.join()}`,
    key,
    sexes,
    provinces,
    bornFrom: 1988,
    bornTo: 1992,
    limit,
  });
  // What a record that knows no province looks in, as blockQueries says: not a copy that could drift from it.
  const everyProvince = blockQueries(prepareRecord({ familyLatin: 'Limit', givenLatin: 'Test' }))[0]!
    .provinces;

  it('counts a block over all its ranges: past its limit, it is skipped; within it, every member is read', async () => {
    const over = query(3, ['15', '22', '']);
    const within = query(4, ['15', '22', '']);
    const read = await readBlockMembers(t.db, [over, within]);
    expect([...read.overLimit]).toEqual([over.id]);
    expect(read.members.has(over.id)).toBe(false);
    expect(new Set(read.members.get(within.id))).toEqual(new Set(ids));
  });

  it('reads a block open to every province as one range per sex, with the same limit', async () => {
    const over = query(3, everyProvince);
    const within = query(4, everyProvince);
    const narrowed = query(4, ['22', ''], ['M', '']);
    const read = await readBlockMembers(t.db, [over, within, narrowed]);
    expect([...read.overLimit]).toEqual([over.id]);
    expect(new Set(read.members.get(within.id))).toEqual(new Set(ids));
    expect(new Set(read.members.get(narrowed.id))).toEqual(new Set([ids[2], ids[3]]));
  });

  it('stops a range one row past the limit: a block past it within one range is skipped', async () => {
    const crowded = 'n:crowded|range';
    const five = Array.from({ length: 5 }, () => randomUUID());
    await storeKeys(
      t.db,
      five.map((worker_id) => ({
        key: crowded,
        worker_id,
        sex: 'M',
        province: '15',
        born_from: 1990,
        born_to: 1990,
      })),
    );
    const block = (limit: number): BlockQuery => ({
      id: `${crowded}|${limit}`,
      key: crowded,
      sexes: ['M', ''],
      provinces: ['15', ''],
      bornFrom: 1988,
      bornTo: 1992,
      limit,
    });
    const read = await readBlockMembers(t.db, [block(4), block(5)]);
    expect([...read.overLimit]).toEqual([block(4).id]);
    expect(new Set(read.members.get(block(5).id))).toEqual(new Set(five));
  });
  it("gives each block's members in the index's order, whatever the server's version sorts a distinct count by", async () => {
    const ordered = 'n:ordered|range';
    // Ids falling as the birth years rise: the index's order (born_from first) is not the ids' order.
    const ids = ['f', 'c', 'a'].map((c) => `${c.repeat(8)}-0000-4000-8000-000000000000`);
    await storeKeys(
      t.db,
      ids.map((worker_id, n) => ({
        key: ordered,
        worker_id,
        sex: 'M',
        province: n === 2 ? '' : '15',
        born_from: 1989 + n,
        born_to: 1989 + n,
      })),
    );
    const read = await readBlockMembers(t.db, [
      {
        id: ordered,
        key: ordered,
        sexes: ['M'],
        provinces: ['15', ''],
        bornFrom: 1988,
        bornTo: 1992,
        limit: 10,
      },
      {
        id: `${ordered}|any`,
        key: ordered,
        sexes: ['M'],
        provinces: everyProvince,
        bornFrom: 1988,
        bornTo: 1992,
        limit: 10,
      },
    ]);
    expect([...read.members.get(ordered)!]).toEqual(ids);
    // Every province as one range: the province ('' first) leads the index.
    expect([...read.members.get(`${ordered}|any`)!]).toEqual([ids[2], ids[0], ids[1]]);
  });
});
