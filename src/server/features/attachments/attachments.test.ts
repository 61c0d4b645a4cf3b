import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { contentPath } from './file-store';

const MAX = 64 * 1024;
let t: TestApp;
let filesDir: string;
const clients = {} as Record<Role, Client>;
let legalCaseId: string;
let contactId: string;
let casePlanId: string;
let otherCentre: Client;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

function upload(
  client: Client,
  ownerKind: string,
  ownerId: string,
  bytes: Uint8Array,
  name: string,
  type: string,
) {
  const form = new FormData();
  form.set('ownerKind', ownerKind);
  form.set('ownerId', ownerId);
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return t.app.request('/api/attachments', {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
}

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), 'homeward-attachments-'));
  t = await createTestApp({ filesDir, attachmentMaxBytes: MAX });
  for (const role of [
    'admin',
    'centre_manager',
    'counsellor',
    'outreach_officer',
    'legal_officer',
    'me_officer',
  ] as const) {
    clients[role] = (await signInAs(t, role, ['PST'])).client;
  }
  const worker = await clients.counsellor.request('POST', '/api/workers', {
    familyNameLatin: 'Kim',
    givenNameLatin: 'Dara',
    sex: 'male',
    birthYear: 1988,
    registrationChannel: 'walk_in',
    acknowledgedDuplicates: true,
  });
  const workerId = (await worker.json()).id;
  const legal = await clients.legal_officer.request('POST', '/api/legal-cases', {
    workerId,
    claimType: 'withheld_documents',
  });
  legalCaseId = (await legal.json()).id;
  const pst = await t.db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  const staff = await t.db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'counsellor')
    .executeTakeFirstOrThrow();
  // A contact row written directly: this suite is about files, not about recording contacts.
  contactId = (
    await t.db
      .insertInto('service_contacts')
      .values({
        worker_id: workerId,
        centre_id: pst.id,
        staff_id: staff.id,
        contact_date: '2026-11-20',
        channel: 'walk_in',
        services: ['legal_assistance'],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  casePlanId = (
    await t.db
      .insertInto('case_plans')
      .values({ worker_id: workerId, centre_id: pst.id, counsellor_id: staff.id, created_by: staff.id })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  otherCentre = (await signInAs(t, 'counsellor', ['OMC'])).client;
});
afterAll(async () => {
  await t.close();
  await rm(filesDir, { recursive: true, force: true });
});

describe('attachments', () => {
  let legalFileId: string;

  it('stores a PDF on a legal case by its content hash, with the type read from its bytes', async () => {
    const res = await upload(
      clients.legal_officer,
      'legal_case',
      legalCaseId,
      PDF,
      'passport copy.pdf',
      'image/png',
    );
    expect(res.status).toBe(201);
    const a = await res.json();
    legalFileId = a.id;
    expect(a).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: PDF.byteLength,
      fileName: 'passport copy.pdf',
    });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(path.dirname(contentPath(filesDir, a.sha256)))).toEqual([a.sha256]);
  });

  it('keeps one file for identical content uploaded twice', async () => {
    const first = await (
      await upload(clients.counsellor, 'contact', contactId, PNG, 'payslip.png', 'image/png')
    ).json();
    const second = await (
      await upload(clients.counsellor, 'contact', contactId, PNG, 'payslip-again.png', 'image/png')
    ).json();
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await readdir(path.dirname(contentPath(filesDir, first.sha256)))).toEqual([first.sha256]);
    const list = await (
      await clients.counsellor.request('GET', `/api/attachments?ownerKind=contact&ownerId=${contactId}`)
    ).json();
    expect(list.items).toHaveLength(2);
    expect(list.maxBytes).toBe(MAX);
  });

  it('rejects a file whose bytes are not an allowed type, whatever it claims to be', async () => {
    const res = await upload(
      clients.counsellor,
      'contact',
      contactId,
      EXE,
      'contract.pdf',
      'application/pdf',
    );
    expect(res.status).toBe(415);
    const body = await res.json();
    expect(body.error.code).toBe('UNSUPPORTED_FILE');
    expect(body.error.details.allowed).toEqual(['JPEG', 'PNG', 'WebP', 'PDF']);
  });

  it('rejects a file over the size limit', async () => {
    const big = new Uint8Array(MAX + 1);
    big.set(PDF);
    const res = await upload(clients.counsellor, 'contact', contactId, big, 'scan.pdf', 'application/pdf');
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves the file as a download to a legal officer, audited, with no name in the URL', async () => {
    const res = await clients.legal_officer.request('GET', `/api/attachments/${legalFileId}/content`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="passport copy.pdf"/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const reads = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'attachment')
      .where('entity_id', '=', legalFileId)
      .where('action', '=', 'read')
      .execute();
    expect(reads).toHaveLength(1);
  });

  it('forbids a counsellor from listing, downloading or adding files of a legal case', async () => {
    expect((await clients.counsellor.request('GET', `/api/attachments/${legalFileId}/content`)).status).toBe(
      403,
    );
    expect(
      (
        await clients.counsellor.request(
          'GET',
          `/api/attachments?ownerKind=legal_case&ownerId=${legalCaseId}`,
        )
      ).status,
    ).toBe(403);
    expect(
      (await upload(clients.counsellor, 'legal_case', legalCaseId, PDF, 'x.pdf', 'application/pdf')).status,
    ).toBe(403);
  });

  it('audits listing a legal case’s files as a read of the case', async () => {
    const res = await clients.centre_manager.request(
      'GET',
      `/api/attachments?ownerKind=legal_case&ownerId=${legalCaseId}`,
    );
    expect(res.status).toBe(200);
    const reads = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'legal_case')
      .where('entity_id', '=', legalCaseId)
      .where('action', '=', 'read')
      .execute();
    expect(reads.map((r) => (r.after as { view: string }).view)).toContain('attachments');
  });

  it('deletes softly: gone from the list and downloads, kept in the table and the audit trail', async () => {
    expect((await clients.legal_officer.request('DELETE', `/api/attachments/${legalFileId}`)).status).toBe(
      204,
    );
    const list = await (
      await clients.legal_officer.request(
        'GET',
        `/api/attachments?ownerKind=legal_case&ownerId=${legalCaseId}`,
      )
    ).json();
    expect(list.items).toEqual([]);
    expect(
      (await clients.legal_officer.request('GET', `/api/attachments/${legalFileId}/content`)).status,
    ).toBe(404);
    const row = await t.db
      .selectFrom('attachments')
      .select('deleted_at')
      .where('id', '=', legalFileId)
      .executeTakeFirst();
    expect(row?.deleted_at).not.toBeNull();
    const deleted = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'attachment')
      .where('entity_id', '=', legalFileId)
      .where('action', '=', 'delete')
      .execute();
    expect(deleted).toHaveLength(1);
  });

  it('lets case-plan writers add files to a case plan, and other case staff only read them', async () => {
    const added = await upload(clients.counsellor, 'case_plan', casePlanId, PNG, 'plan.png', 'image/png');
    expect(added.status).toBe(201);
    const id = (await added.json()).id;
    expect(
      (await upload(clients.outreach_officer, 'case_plan', casePlanId, PNG, 'x.png', 'image/png')).status,
    ).toBe(403);
    const list = await clients.outreach_officer.request(
      'GET',
      `/api/attachments?ownerKind=case_plan&ownerId=${casePlanId}`,
    );
    expect((await list.json()).items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await clients.outreach_officer.request('DELETE', `/api/attachments/${id}`)).status).toBe(403);
  });

  it('answers not found for a record of another centre', async () => {
    expect(
      (await otherCentre.request('GET', `/api/attachments?ownerKind=contact&ownerId=${contactId}`)).status,
    ).toBe(404);
    expect((await upload(otherCentre, 'contact', contactId, PNG, 'x.png', 'image/png')).status).toBe(404);
  });

  it('stops a body far over the limit while it streams in', async () => {
    const res = await upload(
      clients.counsellor,
      'contact',
      contactId,
      new Uint8Array(MAX * 4),
      'big.pdf',
      'application/pdf',
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.details.maximum).toBe(MAX);
  });

  it('keeps M&E officers away from files entirely', async () => {
    expect(
      (await clients.me_officer.request('GET', `/api/attachments?ownerKind=contact&ownerId=${contactId}`))
        .status,
    ).toBe(403);
  });
});
