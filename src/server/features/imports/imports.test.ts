import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_COLUMNS } from '../../../shared/contracts/imports';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { importWorkers } from './import-workers.service';

let t: TestApp;
const dir = mkdtempSync(path.join(tmpdir(), 'homeward-imports-'));
const actor = { userId: null, email: 'test', requestId: null };
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function csvFile(name: string, rows: Record<string, string>[], columns: string[] = [...TEMPLATE_COLUMNS]) {
  const file = path.join(dir, name);
  writeFileSync(file, stringify(rows, { header: true, columns }));
  return file;
}

const rows: Record<string, string>[] = [
  {
    source_id: 'A1',
    family_name_km: 'ចាន់',
    given_name_km: 'សុខា',
    family_name_latin: 'Chan',
    given_name_latin: 'Sokha',
    sex: 'F',
    date_of_birth: '1994-03-12',
    phone: '012 345 678',
    province_code: '15',
    registered_on: '2026-01-10',
  },
  // The same person again, from another line of the same list: spelling variant, phone in another form.
  {
    source_id: 'A2',
    full_name: 'Chan Sokhar',
    sex: 'female',
    date_of_birth: '12/03/1994',
    phone: '+85512345678',
    province_code: '15',
    registered_on: '2026-01-12',
  },
  {
    source_id: 'A3',
    family_name_latin: 'Sok',
    given_name_latin: 'Dara',
    sex: 'M',
    age: '31',
    phone: '097 123 4567',
    province_code: '22',
    registered_on: '2026-02-01',
  },
  { source_id: 'A4', sex: 'M', province_code: '15' },
  { source_id: 'A5', given_name_latin: 'Vanna', family_name_latin: 'Meas', sex: 'M', province_code: '99' },
];

describe('registry import', () => {
  it('creates, links duplicates, keeps every row as a source record and rejects with reasons', async () => {
    const file = csvFile('list.csv', rows);
    const pst = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const summary = await importWorkers(t.db, file, {
      source: 'hotline_1297',
      actor,
      defaultCentreId: pst.id,
    });
    expect(summary).toMatchObject({ rows: 5, created: 3, linked: 1, review: 0, rejected: 1 });
    const sources = await t.db
      .selectFrom('source_records')
      .selectAll()
      .where('source', '=', 'hotline_1297')
      .execute();
    expect(sources).toHaveLength(4);
    expect(sources.map((s) => s.source_id).sort()).toEqual(['A1', 'A2', 'A3', 'A5']);
    const a1 = sources.find((s) => s.source_id === 'A1')!;
    const a2 = sources.find((s) => s.source_id === 'A2')!;
    expect(a2.worker_id).toBe(a1.worker_id);
    const rejects = await t.db
      .selectFrom('import_rejects')
      .selectAll()
      .where('job_id', '=', summary.jobId)
      .execute();
    expect(rejects).toEqual([
      expect.objectContaining({
        source_id: 'A4',
        reason: 'no name in any name column',
        reason_code: 'REJECT_NO_NAME',
        reason_params: null,
      }),
    ]);
    // Province 99 does not exist: the row is kept, its place is flagged instead of invented.
    const a5 = await t.db
      .selectFrom('workers')
      .innerJoin('source_records', 'source_records.worker_id', 'workers.id')
      .selectAll('workers')
      .where('source_records.source_id', '=', 'A5')
      .executeTakeFirstOrThrow();
    expect(a5.flags).toContain('unknown_place:99');
    // Pursat rows went to the Pursat centre, the Oddar Meanchey row to its centre.
    const a3 = await t.db
      .selectFrom('workers')
      .innerJoin('source_records', 'source_records.worker_id', 'workers.id')
      .select('workers.reg_no')
      .where('source_records.source_id', '=', 'A3')
      .executeTakeFirstOrThrow();
    expect(a3.reg_no).toMatch(/^OMC-2026-/);
  });

  it('re-importing the same source updates its rows instead of duplicating them', async () => {
    const before = await t.db
      .selectFrom('workers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const file = csvFile(
      'list-again.csv',
      rows.map((r) => ({ ...r, registered_on: '2026-03-01' })),
    );
    const pst = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const summary = await importWorkers(t.db, file, {
      source: 'hotline_1297',
      actor,
      defaultCentreId: pst.id,
    });
    expect(summary).toMatchObject({ created: 0, linked: 0, updated: 4, rejected: 1 });
    const after = await t.db
      .selectFrom('workers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('imports another layout through a column mapping, and fails clearly when no row is valid', async () => {
    const file = csvFile(
      'partner.csv',
      [
        { ID: 'P-1', Name: 'Heng Pheap', Gender: 'M', Mobile: '011 999 888', Province: '13' },
        { ID: 'P-2', Name: 'Kim Thida', Gender: 'F', Mobile: '', Province: '' },
      ],
      ['ID', 'Name', 'Gender', 'Mobile', 'Province'],
    );
    const summary = await importWorkers(t.db, file, {
      source: 'partner-ngo',
      actor,
      defaultCentreId: null,
      mapping: {
        source_id: 'ID',
        full_name: 'Name',
        sex: 'Gender',
        phone: 'Mobile',
        province_code: 'Province',
      },
    });
    // P-1 goes to the Preah Vihear centre; P-2 has no province and there is no default centre, and says so.
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    const reject = await t.db
      .selectFrom('import_rejects')
      .select(['reason', 'reason_code'])
      .where('job_id', '=', summary.jobId)
      .executeTakeFirstOrThrow();
    expect(reject).toEqual({
      reason: 'the row has no province and no default centre was chosen',
      reason_code: 'REJECT_NO_PLACE_NO_CENTRE',
    });
    const bad = csvFile('bad.csv', [{ source_id: 'X', sex: 'M' }]);
    await expect(importWorkers(t.db, bad, { source: 'bad', actor })).rejects.toThrow(
      /No row could be imported/,
    );
    const noId = csvFile('noid.csv', [{ name: 'x' }], ['name']);
    await expect(importWorkers(t.db, noId, { source: 'noid', actor })).rejects.toThrow(/no source_id column/);
    // The failed jobs keep why as a code and its values, beside the English text.
    const failed = await t.db
      .selectFrom('import_jobs')
      .select(['source', 'status', 'error', 'error_code', 'error_params'])
      .where('source', 'in', ['bad', 'noid'])
      .orderBy('source')
      .execute();
    expect(failed).toEqual([
      {
        source: 'bad',
        status: 'failed',
        error: expect.stringMatching(/^No row could be imported: all 1 rows/),
        error_code: 'JOB_ALL_REJECTED',
        error_params: { rows: 1 },
      },
      {
        source: 'noid',
        status: 'failed',
        error: 'The file has no source_id column (found: name)',
        error_code: 'JOB_MISSING_ID_COLUMN',
        error_params: { column: 'source_id', found: 'name' },
      },
    ]);
  });
});

type Client = Awaited<ReturnType<typeof signInAs>>['client'];

/** Uploads a template-layout list and polls its job until it has finished. */
async function uploadAndWait(client: Client, rows: Record<string, string>[], source: string) {
  const form = new FormData();
  const csv = stringify(rows, { header: true, columns: [...TEMPLATE_COLUMNS] });
  form.append('file', new File([csv], `${source}.csv`, { type: 'text/csv' }));
  form.append('source', source);
  const res = await t.app.request('/api/imports/workers', {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
  });
  const job = await res.json();
  let state = job;
  for (let i = 0; i < 100 && !['succeeded', 'failed'].includes(state.status); i++) {
    await new Promise((r) => setTimeout(r, 100));
    state = await (await client.request('GET', `/api/imports/workers/${job.id}`)).json();
  }
  return { res, job, state };
}

describe('registry import over HTTP', () => {
  it('uploads a list, runs it in the background, and serves the rejects and the template', async () => {
    const { client } = await signInAs(t, 'centre_manager', ['PST']);
    const rows: Record<string, string>[] = [
      { source_id: 'J1', full_name: 'Ly Srey Mom', sex: 'F', phone: '015 777 888' },
      { source_id: 'J2', full_name: '', sex: 'F' },
    ];
    const { res, job, state } = await uploadAndWait(client, rows, 'jobfair-2026-pursat');
    expect(res.status).toBe(202);
    expect(state).toMatchObject({ status: 'succeeded', created: 1, rejected: 1, errorCode: null });
    expect(state.rejects).toEqual([
      { row: 2, sourceId: 'J2', reason: 'no name in any name column', code: 'REJECT_NO_NAME', params: null },
    ]);
    const rejects = await (await client.request('GET', `/api/imports/workers/${job.id}/rejects.csv`)).text();
    // The reason stays in English for the spreadsheet; its code follows.
    expect(rejects.replace('\uFEFF', '').split('\n')[0]).toMatch(/^row_number,source_id,reason,reason_code,/);
    expect(rejects).toMatch(/J2,no name in any name column,REJECT_NO_NAME/);
    const template = await (await client.request('GET', '/api/imports/workers/template.csv')).text();
    expect(template.replace('\uFEFF', '').split('\n')[0]).toBe(TEMPLATE_COLUMNS.join(','));
    const counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
    expect((await counsellor.request('GET', `/api/imports/workers/${job.id}`)).status).toBe(403);
  });

  it('returns a failed import’s error and its rejected rows as codes with their values', async () => {
    const { client } = await signInAs(t, 'admin');
    const rows = [{ source_id: 'K1', full_name: 'Keo Nary', phone: 'not known' }];
    const { job, state } = await uploadAndWait(client, rows, 'partner-bad-phones');
    expect(state).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^No row could be imported/),
      errorCode: 'JOB_ALL_REJECTED',
      errorParams: { rows: 1 },
    });
    expect(state.rejects).toEqual([
      {
        row: 1,
        sourceId: 'K1',
        reason: 'phone "not known" is not a phone number',
        code: 'REJECT_BAD_PHONE',
        params: { value: 'not known' },
      },
    ]);
    const list = await (await client.request('GET', '/api/imports/workers')).json();
    const listed = list.items.find((j: { id: string }) => j.id === job.id);
    expect(listed).toMatchObject({ errorCode: 'JOB_ALL_REJECTED', errorParams: { rows: 1 } });
    // The list carries no rejected rows: their values stay with the single job.
    expect(listed.rejects).toBeUndefined();
  });

  it('previews a file with a suggested mapping', async () => {
    const { client } = await signInAs(t, 'me_officer');
    const form = new FormData();
    form.append('file', new File(['No,Name,Gender,Phone Number\n1,Sok Dara,M,012 000 111\n'], 'x.csv'));
    const res = await t.app.request('/api/imports/workers/preview', {
      method: 'POST',
      body: form,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    // Headers come back normalised, the form the mapping is matched in.
    expect(body.headers).toEqual(['no', 'name', 'gender', 'phone_number']);
    expect(body.suggested).toMatchObject({
      source_id: 'no',
      full_name: 'name',
      sex: 'gender',
      phone: 'phone_number',
    });
    expect(body.sample).toHaveLength(1);
    const khmer = new FormData();
    khmer.append('file', new File(['ល.រ,ឈ្មោះ,ភេទ,លេខទូរស័ព្ទ\n1,សុខ ដារា,ប្រុស,012 000 111\n'], 'km.csv'));
    const res2 = await t.app.request('/api/imports/workers/preview', {
      method: 'POST',
      body: khmer,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    });
    // Columns headed only in Khmer keep their names and are recognised.
    const body2 = await res2.json();
    expect(body2.headers).toEqual(['ល_រ', 'ឈ្មោះ', 'ភេទ', 'លេខទូរស័ព្ទ']);
    expect(body2.suggested).toMatchObject({ full_name: 'ឈ្មោះ', sex: 'ភេទ', phone: 'លេខទូរស័ព្ទ' });
  });
});
