import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import type { Db } from '../../db/database';
import { createTestDb } from '../../testing/test-db';
import { systemActor } from '../audit/audit.repository';
import { importGazetteer } from './gazetteer-import.service';
import { filteredCsv, PUMI, scratchFile } from './reference.test-files';

let handle: DbHandle;
let db: Db;
const actor = systemActor('test');
const timings: Record<string, number> = {};

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  for (const [name, file] of Object.entries(PUMI)) {
    const started = performance.now();
    await importGazetteer(db, file, { actor });
    timings[name] = Math.round(performance.now() - started);
  }
  console.info('pumi import ms', timings);
}, 120_000);
afterAll(() => handle.close());

async function countsFor(province: string) {
  const rows = await db
    .selectFrom('geo_units')
    .select(['level', sql<number>`count(*)::int`.as('n')])
    .where('province_code', '=', province)
    .where('retired_at', 'is', null)
    .groupBy('level')
    .orderBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

describe('gazetteer import from the pumi CSV files', () => {
  it('loads every unit, with the pilot provinces complete', async () => {
    const total = await db
      .selectFrom('geo_units')
      .select(['level', sql<number>`count(*)::int`.as('n')])
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(total.map((r) => r.n)).toEqual([25, 210, 1652, 14578]);
    expect(await countsFor('22')).toEqual({ 1: 1, 2: 5, 3: 24, 4: 308 });
    expect(await countsFor('15')).toEqual({ 1: 1, 2: 7, 3: 49, 4: 526 });
    expect(await countsFor('13')).toEqual({ 1: 1, 2: 8, 3: 51, 4: 232 });
  });

  it('is fast enough to run in a test (villages in seconds)', () => {
    expect(timings.villages).toBeLessThan(20_000);
  });

  it('stores normalised names: no zero-width spaces, one key per name', async () => {
    const zw = await db
      .selectFrom('geo_units')
      .select('code')
      .where((eb) =>
        eb.or([
          eb('name_km', 'like', '%\u200B%'),
          eb('name_latin', 'like', '%\u200B%'),
          eb('search_key', 'like', '%\u200B%'),
        ]),
      )
      .execute();
    expect(zw).toEqual([]);
    const village = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '01100403')
      .executeTakeFirstOrThrow();
    expect(village).toMatchObject({
      level: 4,
      parent_code: '011004',
      province_code: '01',
      name_latin: 'Kbal Spean 1',
    });
    expect(village.name_km).toBe('ក្បាលស្ពាន១');
    const pursat = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '1507')
      .executeTakeFirstOrThrow();
    expect(pursat).toMatchObject({ level: 2, parent_code: '15', type_km: 'ស្រុក', type_latin: 'Srok' });
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await db
      .selectFrom('geo_units')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const summary = await importGazetteer(db, PUMI.villages, { actor });
    expect(summary).toMatchObject({ rows: 14578, inserted: 0, updated: 0, retired: 0, rejected: 0 });
    const after = await db
      .selectFrom('geo_units')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('retires a unit the new file no longer lists, keeps it, and brings it back when it reappears', async () => {
    // Oddar Meanchey's villages without one village, and with one renamed.
    const gone = '22040407';
    const file = filteredCsv(PUMI.villages, (line) => line.split(',')[2] === '22' && !line.startsWith(gone));
    const renamed = scratchFile(
      'villages.csv',
      (await import('node:fs')).readFileSync(file, 'utf8').replace(',Samraong Teab,', ',Samraong Tiep,'),
    );
    const summary = await importGazetteer(db, renamed, { actor });
    expect(summary).toMatchObject({ rows: 307, inserted: 0, updated: 1, retired: 1, rejected: 0 });
    const kept = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', gone)
      .executeTakeFirstOrThrow();
    expect(kept.retired_at).not.toBeNull();
    expect(kept.name_latin).toBe('Samraong');
    // Other provinces and other levels of the province are outside what the file covers.
    expect(await countsFor('15')).toEqual({ 1: 1, 2: 7, 3: 49, 4: 526 });
    expect((await countsFor('22'))[3]).toBe(24);
    const back = await importGazetteer(db, PUMI.villages, { actor });
    expect(back).toMatchObject({ inserted: 0, updated: 2, retired: 0 });
    const restored = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', gone)
      .executeTakeFirstOrThrow();
    expect(restored.retired_at).toBeNull();
  });

  it('counts rejected rows with their reasons and still imports the good ones', async () => {
    const file = scratchFile(
      'bad.csv',
      [
        'code,parent_code,province_code,name_km,name_latin,type_km,type_latin',
        '15019901,150199,15,ភូមិថ្មី,Phum Thmei,ភូមិ,Phum', // parent commune 150199 does not exist
        '15X1,15,15,ខូច,Broken,ស្រុក,Srok',
        '150101,1501,15,,Boeng Bat Kandaol,ឃុំ,Khum',
        '1598,15,15,ស្រុកគ្មានឈ្មោះឡាតាំង,,ស្រុក,Srok',
        '150102,1502,15,ឈ្មោះ,Wrong Parent,ឃុំ,Khum',
        '1509,15,15,ស្រុកថ្មី,Srok Thmei,ឃុំ,Khum',
        '1599,15,15,ស្រុក​ថ្មី,Srok Thmei,ស្រុក,Srok',
        '1599,15,15,ស្រុកថ្មី,Srok Thmei,ស្រុក,Srok',
      ].join('\n'),
    );
    const summary = await importGazetteer(db, file, { actor });
    expect(summary).toMatchObject({ rows: 8, inserted: 2, rejected: 6 });
    // Each reason in English and as a code with its values, which the web app says in Khmer.
    expect(summary.rejects).toEqual([
      {
        row: 3,
        reason: 'code "15X1" is not an NCDD code',
        code: 'REJECT_BAD_PLACE_CODE',
        params: { column: 'code', value: '15X1' },
      },
      { row: 4, reason: 'missing Khmer name', code: 'REJECT_MISSING_KHMER_NAME' },
      {
        row: 6,
        reason: 'parent code 1502 does not match code 150102',
        code: 'REJECT_PARENT_MISMATCH',
        params: { parent: '1502', code: '150102' },
      },
      {
        row: 7,
        reason: 'code 1509 does not fit a commune (6 digits)',
        code: 'REJECT_CODE_LEVEL_MISMATCH',
        params: { code: '1509', level: 'commune', digits: 6 },
      },
      {
        row: 9,
        reason: 'code 1599 is listed twice (first at row 8)',
        code: 'REJECT_DUPLICATE_CODE',
        params: { code: '1599', firstRow: 8 },
      },
      {
        row: 2,
        reason: 'its parent 150199 is not in the gazetteer',
        code: 'REJECT_PARENT_NOT_IN_GAZETTEER',
        params: { parent: '150199' },
      },
    ]);
    const added = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '1599')
      .executeTakeFirstOrThrow();
    expect(added.name_km).toBe('ស្រុកថ្មី');
    const unromanised = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '1598')
      .executeTakeFirstOrThrow();
    expect(unromanised.name_latin).toBe('');
    // A one-row district file covers Pursat's districts: the seven real ones are now retired, and come back.
    expect(summary.retired).toBe(7);
    await importGazetteer(db, PUMI.districts, { actor });
    expect((await countsFor('15'))[2]).toBe(7);
  });

  it('fails clearly on a file with no valid row, and on a file of the wrong kind', async () => {
    const none = scratchFile('none.csv', 'code,name_km,name_latin\nabc,,\n1501,,\n');
    await expect(importGazetteer(db, none, { actor })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('No valid gazetteer row'),
      problem: { code: 'JOB_NO_VALID_ROW', params: { rows: 2 } },
    });
    const wrong = scratchFile('isco.csv', 'code,level,title_en\n1,1,Managers\n');
    await expect(importGazetteer(db, wrong, { actor })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('no column name_km / name_khmer'),
      problem: {
        code: 'JOB_NOT_GAZETTEER',
        params: { missing: 'name_km / name_khmer, name_latin / name_en', found: 'code, level, title_en' },
      },
    });
    const binary = scratchFile(
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await expect(importGazetteer(db, binary, { actor })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
      problem: { code: 'JOB_UNSUPPORTED_FORMAT' },
    });
  });

  it('writes one audit entry per import', async () => {
    const entries = await db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'after'])
      .where('entity', '=', 'reference')
      .execute();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.every((e) => e.action === 'import')).toBe(true);
  });
});
