import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';
import { systemActor } from '../audit/audit.repository';
import { DEMO_FILE_NAMES } from '../demo/columns';
import { generateInto, readCsv, scratchDir } from '../demo/demo.test-files';
import { importEmployers } from './employers-import';
import { importVacancies } from './vacancies-import';

let handle: DbHandle;
let dir: string;
const actor = systemActor('test');
beforeAll(async () => {
  handle = await createTestDb();
  dir = (await generateInto({ workers: 200, employers: 60, vacancies: 300, seed: 5 })).out;
});
afterAll(() => handle.close());

const rejectsOf = (jobId: string) =>
  handle.db
    .selectFrom('import_rejects')
    .select(['row_number', 'source_id', 'reason'])
    .where('job_id', '=', jobId)
    .orderBy('row_number')
    .execute();

describe('employer and vacancy imports', () => {
  it('loads the demo employers and vacancies with zero rejects, every field in place', async () => {
    const employers = await importEmployers(handle.db, path.join(dir, DEMO_FILE_NAMES.employers), {
      source: 'demo',
      actor,
    });
    expect(employers).toMatchObject({ rows: 60, created: 60, updated: 0, rejected: 0 });
    const vacancies = await importVacancies(handle.db, path.join(dir, DEMO_FILE_NAMES.vacancies), {
      source: 'demo',
      actor,
    });
    expect(vacancies).toMatchObject({ rows: 300, created: 300, rejected: 0 });
    expect(await rejectsOf(vacancies.jobId)).toEqual([]);

    const first = readCsv(path.join(dir, DEMO_FILE_NAMES.vacancies)).rows[0]!;
    const row = await handle.db
      .selectFrom('vacancies')
      .innerJoin('employers', 'employers.id', 'vacancies.employer_id')
      .selectAll('vacancies')
      .select('employers.source_id as employer_source_id')
      .where('vacancies.source', '=', 'demo')
      .where('vacancies.source_id', '=', first.source_id!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      employer_source_id: first.employer_source_id,
      title: first.title,
      occupation_isco: first.occupation_isco,
      positions: Number(first.positions),
      positions_filled: Number(first.positions_filled),
      commune_code: first.commune_code,
      contract_written: first.contract_written === 'yes',
      min_age: Number(first.min_age),
      skills_required: first.skills!.split(';'),
      opens_on: first.opens_on,
      closes_on: first.closes_on,
      status: first.status,
    });
    expect(Number(row.wage_min)).toBe(Number(first.wage_min_usd));
    const phones = await handle.db
      .selectFrom('employers')
      .select('phone')
      .where('phone', 'is not', null)
      .execute();
    expect(phones.every((p) => /^\+855\d{8,9}$/.test(p.phone!))).toBe(true);
  });

  it('re-import updates changed rows in place and leaves the rest alone', async () => {
    const file = path.join(scratchDir(), 'vacancies.csv');
    const text = readFileSync(path.join(dir, DEMO_FILE_NAMES.vacancies), 'utf8').split('\n');
    const cells = text[1]!.split(',');
    const sourceId = cells[0]!;
    cells[5] = String(Number(cells[5]) + 7); // positions
    text[1] = cells.join(',');
    writeFileSync(file, text.join('\n'));
    const before = await handle.db
      .selectFrom('vacancies')
      .select(['id', 'version'])
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    const again = await importVacancies(handle.db, file, { source: 'demo', actor });
    expect(again).toMatchObject({ rows: 300, created: 0, updated: 1, unchanged: 299, rejected: 0 });
    const after = await handle.db
      .selectFrom('vacancies')
      .selectAll()
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    expect(after.id).toBe(before.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.positions).toBe(Number(cells[5]));
    const count = await handle.db
      .selectFrom('vacancies')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(300);
  });

  it('rejects bad rows with their reasons and imports the good ones', async () => {
    const employers = path.join(scratchDir(), 'employers.csv');
    writeFileSync(
      employers,
      [
        'source_id,name_km,name_latin,sector,size,province_code,district_code,commune_code,nssf_registered,phone',
        'E-1,ក្រុមហ៊ុន ថ្មី,New Co.,construction,small,15,1502,150201,yes,012 345 678',
        'E-2,,,construction,small,15,,,no,',
        'E-3,,Bad Sector,mining,small,15,,,no,',
        'E-4,,Bad Place,agriculture,micro,15,2201,,maybe,',
        ',,No Id,agriculture,micro,15,,,no,',
        'E-1,,Twice,agriculture,micro,15,,,no,',
        'E-5,,Bad Phone,agriculture,micro,15,,,no,12',
      ].join('\n'),
    );
    const summary = await importEmployers(handle.db, employers, { source: 'bad', actor });
    expect(summary).toMatchObject({ rows: 7, created: 1, rejected: 6 });
    const reasons = (await rejectsOf(summary.jobId)).map((r) => [r.row_number, r.reason]);
    expect(reasons).toEqual([
      [2, 'no name in name_km or name_latin'],
      [3, expect.stringMatching(/^sector "mining" is not one of agriculture, /)],
      [4, 'district_code 2201 is not in province 15'],
      [5, 'source_id is empty'],
      [6, 'source_id E-1 appears again (first on row 1)'],
      [7, 'phone "12" is not a Cambodian phone number'],
    ]);
    const vacancies = path.join(scratchDir(), 'vacancies.csv');
    const header =
      'source_id,employer_source_id,title,occupation_isco,sector,positions,positions_filled,wage_min_usd,wage_max_usd,province_code,district_code,commune_code,contract_written,contract_duration,hours_per_week,nssf,accommodation,transport,min_age,skills,opens_on,closes_on,status';
    writeFileSync(
      vacancies,
      [
        header,
        'V-1,E-1,Builder,7112,construction,3,0,250,300,15,1502,,true,fixed,48,1,0,no,18,bricklaying;plastering,2026-10-01,2026-12-31,open',
        'V-2,E-404,Builder,7112,construction,3,0,250,300,15,,,yes,fixed,48,yes,no,no,18,,2026-10-01,2026-12-31,open',
        'V-3,E-1,Builder,7112,construction,3,5,250,300,15,,,yes,fixed,48,yes,no,no,18,,2026-10-01,2026-12-31,open',
        'V-4,E-1,Builder,7112,construction,3,0,300,250,15,,,yes,fixed,48,yes,no,no,18,,2026-10-01,2026-12-31,open',
        'V-5,E-1,Builder,7112,construction,3,0,250,300,15,,,yes,forever,48,yes,no,no,18,,2026-10-01,2026-12-31,open',
        'V-6,E-1,Builder,7112,construction,3,0,250,300,15,,,yes,fixed,48,yes,no,no,18,,2026-10-01,2026-09-01,open',
        'V-7,E-1,Builder,7112,construction,3,0,250,300,15,,,yes,fixed,48,yes,no,no,12,,2026-10-01,2026-12-31,open',
        'V-8,E-1,,7112,construction,3,0,250,300,15,,,yes,fixed,48,yes,no,no,18,,2026-10-01,2026-12-31,pending',
      ].join('\n'),
    );
    const v = await importVacancies(handle.db, vacancies, { source: 'bad', actor });
    expect(v).toMatchObject({ rows: 8, created: 1, rejected: 7 });
    expect((await rejectsOf(v.jobId)).map((r) => r.reason)).toEqual([
      'employer_source_id E-404 is not an employer imported from bad',
      'positions_filled 5 is more than positions 3',
      'wage_max_usd 250 is below wage_min_usd 300',
      'contract_duration "forever" is not one of fixed, undetermined',
      'closes_on 2026-09-01 is before opens_on 2026-10-01',
      'min_age "12" is not a whole number from 15 to 65',
      'title is empty',
    ]);
    const good = await handle.db
      .selectFrom('vacancies')
      .selectAll()
      .where('source_id', '=', 'V-1')
      .executeTakeFirstOrThrow();
    expect(good).toMatchObject({
      contract_written: true,
      nssf: true,
      accommodation: false,
      skills_required: ['bricklaying', 'plastering'],
    });
  });
});
