import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportJob } from '../../../shared/contracts/reference';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { createImportJob } from './import-jobs.repository';
import { failInterruptedImportJobs } from './import-jobs.service';
import { ISCO_STRUCTURE, PUMI } from './reference.test-files';

let t: TestApp;
let admin: Client;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  const signedIn = await signInAs(t, 'admin');
  admin = signedIn.client;
  adminId = signedIn.user.id;
});
afterAll(() => t.close());

function upload(client: Client | null, fields: { kind?: string; file?: File }) {
  const form = new FormData();
  if (fields.kind) form.set('kind', fields.kind);
  if (fields.file) form.set('file', fields.file);
  const headers: Record<string, string> = client
    ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken }
    : {};
  return t.app.request('/api/reference/imports', { method: 'POST', headers, body: form });
}

const fileFrom = (filePath: string, name: string) =>
  new File([readFileSync(filePath)], name, { type: 'text/csv' });

async function waitForJob(id: string): Promise<TImportJob> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await admin.request('GET', `/api/reference/imports/${id}`);
    expect(res.status).toBe(200);
    const job = (await res.json()) as TImportJob;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('reference imports over HTTP', () => {
  it('accepts an admin upload with 202 and runs the job to success', async () => {
    const res = await upload(admin, {
      kind: 'gazetteer',
      file: fileFrom(PUMI.communes, '../../etc/communes.csv'),
    });
    expect(res.status).toBe(202);
    const queued = (await res.json()) as TImportJob;
    expect(queued).toMatchObject({
      kind: 'gazetteer',
      status: 'queued',
      fileName: 'communes.csv',
      processedRows: 0,
    });
    // Communes need their districts: the first job rejects them all, so load districts and run again.
    const failed = await waitForJob(queued.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('No valid gazetteer row');
    expect(failed.error).toContain('is not in the gazetteer');
    // Said again as a code with its values, for the web app to say in Khmer.
    expect(failed).toMatchObject({ errorCode: 'JOB_NO_VALID_ROW', errorParams: { rows: 1652 } });

    const districts = (await (
      await upload(admin, { kind: 'gazetteer', file: fileFrom(PUMI.districts, 'd.csv') })
    ).json()) as TImportJob;
    const communes = (await (
      await upload(admin, { kind: 'gazetteer', file: fileFrom(PUMI.communes, 'c.csv') })
    ).json()) as TImportJob;
    expect(await waitForJob(districts.id)).toMatchObject({ status: 'succeeded', inserted: 210 });
    const done = await waitForJob(communes.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      totalRows: 1652,
      processedRows: 1652,
      inserted: 1652,
      updated: 0,
      rejected: 0,
      error: null,
      errorCode: null,
      errorParams: null,
    });
    expect(done.finishedAt).not.toBeNull();
    expect(done.summary).toMatchObject({ rows: 1652, inserted: 1652, retired: 0, rejects: [] });

    const list = (await (await admin.request('GET', '/api/reference/imports')).json()).items as TImportJob[];
    expect(list.slice(0, 3).map((j) => j.id)).toEqual([communes.id, districts.id, queued.id]);

    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'reference')
      .where('entity_id', '=', communes.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'import', actor_id: adminId });
    const stored = await t.db
      .selectFrom('import_jobs')
      .select('created_by')
      .where('id', '=', communes.id)
      .executeTakeFirstOrThrow();
    expect(stored.created_by).toBe(adminId);
  });

  it('imports ISCO-08 through the same route', async () => {
    const res = await upload(admin, { kind: 'isco', file: fileFrom(ISCO_STRUCTURE, 'isco08.csv') });
    expect(res.status).toBe(202);
    expect(await waitForJob((await res.json()).id)).toMatchObject({ status: 'succeeded', inserted: 619 });
  });

  it('refuses other roles and anonymous callers', async () => {
    const { client: counsellor } = await signInAs(t, 'counsellor');
    const denied = await upload(counsellor, { kind: 'gazetteer', file: fileFrom(PUMI.districts, 'd.csv') });
    expect(denied.status).toBe(403);
    expect((await counsellor.request('GET', '/api/reference/imports')).status).toBe(403);
    expect((await upload(null, { kind: 'gazetteer', file: fileFrom(PUMI.districts, 'd.csv') })).status).toBe(
      401,
    );
  });

  it('explains a bad upload: wrong file type, missing file, wrong columns', async () => {
    const before = await t.db.selectFrom('import_jobs').select('id').execute();
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      'map.png',
    );
    const res = await upload(admin, { kind: 'gazetteer', file: png });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringContaining('.xlsx'),
    });
    expect(await t.db.selectFrom('import_jobs').select('id').execute()).toHaveLength(before.length);

    const missing = await upload(admin, { kind: 'gazetteer' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.code).toBe('VALIDATION_FAILED');
    const badKind = await upload(admin, { kind: 'workers', file: fileFrom(PUMI.districts, 'd.csv') });
    expect(badKind.status).toBe(400);

    const wrong = await upload(admin, { kind: 'isco', file: fileFrom(PUMI.districts, 'districts.csv') });
    expect(wrong.status).toBe(202);
    const job = await waitForJob((await wrong.json()).id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/^This is not an ISCO-08 structure file/);
    expect(job.error).not.toMatch(/at .*\.ts/);
    expect(job.errorCode).toBe('JOB_NOT_ISCO');
    expect(job.errorParams).toMatchObject({ missing: 'title_en / title / preferred_label' });
  });

  it('marks jobs a stopped server left behind as failed', async () => {
    const orphan = await createImportJob(t.db, { kind: 'isco', fileName: 'isco.csv', createdBy: adminId });
    expect(await failInterruptedImportJobs(t.db)).toBe(1);
    const res = await admin.request('GET', `/api/reference/imports/${orphan.id}`);
    expect(await res.json()).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('upload the file again'),
      errorCode: 'JOB_INTERRUPTED',
      errorParams: null,
    });
  });

  it('documents the multipart upload in the OpenAPI document', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const body = doc.paths['/api/reference/imports'].post.requestBody.content['multipart/form-data'].schema;
    expect(body.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(body.properties.kind.enum).toEqual(['gazetteer', 'isco']);
    // Failures and rejected rows carry a code the web app translates.
    const job =
      doc.paths['/api/reference/imports/{id}'].get.responses['200'].content['application/json'].schema;
    const props = job.properties ?? doc.components.schemas[job.$ref.split('/').pop()].properties;
    expect(props.errorCode.description).toMatch(/code/);
    expect(Object.keys(props)).toContain('errorParams');
    const workerJob = doc.paths['/api/imports/workers/{id}'].get.responses['200'].content['application/json'];
    expect(JSON.stringify(workerJob.schema)).toContain('errorCode');
  });
});
