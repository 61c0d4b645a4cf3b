import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOccupation, TPlace, TPlaceDetail } from '../../../shared/contracts/reference';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { systemActor } from '../audit/audit.repository';
import { importGazetteer } from './gazetteer-import.service';
import { importIsco } from './isco-import.service';
import { ISCO_STRUCTURE, PUMI } from './reference.test-files';

let t: TestApp;
let counsellor: Client;

beforeAll(async () => {
  t = await createTestApp();
  for (const file of Object.values(PUMI)) await importGazetteer(t.db, file, { actor: systemActor('test') });
  await importIsco(t.db, ISCO_STRUCTURE, { actor: systemActor('test') });
  counsellor = (await signInAs(t, 'counsellor')).client;
}, 120_000);
afterAll(() => t.close());

async function places(query: Record<string, string>): Promise<TPlace[]> {
  const res = await counsellor.request('GET', `/api/reference/places?${new URLSearchParams(query)}`);
  expect(res.status).toBe(200);
  return (await res.json()).items;
}

describe('place search', () => {
  it('finds a Khmer name typed with a zero-width space and the other coeng form', async () => {
    // Stored as បឹងបត់កណ្ដាល with COENG DA; typed here with COENG TA and a zero-width space.
    const found = await places({ q: 'បឹងបត់\u200Bកណ្តាល' });
    const commune = found.find((p) => p.code === '150101');
    expect(commune).toMatchObject({
      level: 3,
      nameLatin: 'Boeng Bat Kandaol',
      typeLatin: 'Khum',
      retired: false,
    });
    expect(commune?.path.map((p) => p.nameLatin)).toEqual(['Pursat', 'Bakan']);
    expect(found[0]?.nameLatin.startsWith('Boeng Bat Kandaol')).toBe(true);
  });

  it('finds Samraong in Oddar Meanchey by a Latin prefix, prefix matches first', async () => {
    const found = await places({ q: 'Samr', limit: '100' });
    const district = found.find((p) => p.code === '2204');
    expect(district).toMatchObject({ level: 2, nameLatin: 'Samraong', typeLatin: 'Krong' });
    expect(district?.path).toEqual([{ code: '22', nameKm: 'ឧត្តរមានជ័យ', nameLatin: 'Oddar Meanchey' }]);
    const startsWith = found.map((p) => p.nameLatin.toLowerCase().startsWith('samr'));
    const firstOther = startsWith.indexOf(false);
    if (firstOther >= 0) expect(startsWith.slice(firstOther)).not.toContain(true);
    const inProvince = await places({ q: 'samraong', parentCode: '22', level: '4' });
    expect(inProvince.length).toBeGreaterThan(0);
    expect(inProvince.every((p) => p.code.startsWith('22') && p.level === 4)).toBe(true);
  });

  it('matches codes and lists the children of a place without a query', async () => {
    expect((await places({ q: '2204' })).map((p) => p.code)).toContain('2204');
    const districts = await places({ parentCode: '22' });
    expect(districts.map((p) => p.code)).toEqual(['2201', '2202', '2203', '2204', '2205']);
    const provinces = await places({});
    expect(provinces).toHaveLength(25);
    expect(provinces[0]).toMatchObject({ code: '01', level: 1, path: [] });
  });

  it('returns one place with its path and children, 404 for an unknown code, 400 for a bad one', async () => {
    const res = await counsellor.request('GET', '/api/reference/places/1507');
    expect(res.status).toBe(200);
    const detail = (await res.json()) as TPlaceDetail;
    expect(detail.place).toMatchObject({
      code: '1507',
      level: 2,
      path: [{ code: '15', nameLatin: 'Pursat' }],
    });
    expect(detail.children.length).toBeGreaterThan(0);
    expect(detail.children.every((c) => c.code.startsWith('1507') && c.level === 3)).toBe(true);
    expect(detail.children[0]?.path.map((p) => p.code)).toEqual(['15', '1507']);
    expect((await counsellor.request('GET', '/api/reference/places/1599')).status).toBe(404);
    expect((await counsellor.request('GET', '/api/reference/places/15a')).status).toBe(400);
  });

  it('answers as-you-type queries quickly', async () => {
    const started = performance.now();
    for (const q of ['s', 'sa', 'sam', 'samr', 'ស', 'សំ', 'សំរោ']) await places({ q });
    expect((performance.now() - started) / 7).toBeLessThan(250);
  });
});

describe('sectors and occupations', () => {
  it('lists the sectors', async () => {
    const res = await counsellor.request('GET', '/api/reference/sectors');
    const items = (await res.json()).items;
    expect(items).toHaveLength(8);
    expect(items[1]).toEqual({
      code: 'construction',
      nameKm: 'សំណង់',
      nameEn: 'Construction',
      isicSections: ['F'],
    });
  });

  async function occupations(query: Record<string, string>): Promise<TOccupation[]> {
    const res = await counsellor.request('GET', `/api/reference/occupations?${new URLSearchParams(query)}`);
    expect(res.status).toBe(200);
    return (await res.json()).items;
  }

  it('searches curated labels in Khmer and English', async () => {
    const km = await occupations({ q: 'កម្មករ​សំណង់' });
    expect(km[0]).toMatchObject({ id: 'construction_labourer', iscoCode: '9313', source: 'curated' });
    const en = await occupations({ q: 'weld' });
    expect(en.map((o) => o.id)).toEqual(['welder']);
    const all = await occupations({});
    expect(all.every((o) => o.source === 'curated')).toBe(true);
    expect(all.length).toBe(50);
  });

  it('adds ISCO-08 unit groups with scope=all, after the curated matches', async () => {
    const found = await occupations({ q: 'garden', scope: 'all' });
    expect(found[0]).toMatchObject({ id: 'gardener', source: 'curated' });
    expect(found).toContainEqual({
      id: null,
      iscoCode: '6113',
      labelKm: null,
      labelEn: 'Gardeners, horticultural and nursery growers',
      sectorCode: null,
      source: 'isco',
    });
    const byCode = await occupations({ q: '931', scope: 'all' });
    expect(byCode.filter((o) => o.source === 'isco').map((o) => o.iscoCode)).toEqual([
      '9311',
      '9312',
      '9313',
    ]);
  });
});
