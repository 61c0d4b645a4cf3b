import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { expectStatus, newWorker } from './case-testing';

let t: TestApp;
let counsellor: Client;
let counsellorId: string;
let outreach: Client;
let me: Client;
let viewer: Client;
let omcCounsellor: Client;
let workerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const c = await signInAs(t, 'counsellor', ['PST']);
  counsellor = c.client;
  counsellorId = c.user.id;
  outreach = (await signInAs(t, 'outreach_officer', ['PST'])).client;
  me = (await signInAs(t, 'me_officer')).client;
  viewer = (await signInAs(t, 'viewer')).client;
  omcCounsellor = (await signInAs(t, 'counsellor', ['OMC'])).client;
  workerId = await newWorker(counsellor, 'Dara');
});
afterAll(() => t.close());

const contact = {
  contactDate: '2026-11-20',
  channel: 'walk_in',
  services: ['information', 'counselling'],
  durationMinutes: 45,
  notes: 'Wants construction work near home; owes a broker 8,000 baht.',
};

describe('service contacts', () => {
  let id: string;

  it('records a contact as the signed-in staff member at the worker’s centre, audited', async () => {
    const c = await expectStatus(counsellor, 'POST', `/api/workers/${workerId}/contacts`, 201, contact);
    id = c.id;
    expect(c).toMatchObject({ ...contact, staff: { id: counsellorId }, version: 1, notesHidden: false });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'service_contact')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'create' })]);
  });

  it('refuses a contact without services or with an unknown channel', async () => {
    const bad = await expectStatus(outreach, 'POST', `/api/workers/${workerId}/contacts`, 400, {
      ...contact,
      channel: 'telepathy',
      services: [],
    });
    expect(bad.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['channel', 'services']);
  });

  it('lists contacts; M&E officers see them without notes, viewers not at all', async () => {
    const mine = await expectStatus(counsellor, 'GET', `/api/workers/${workerId}/contacts`, 200);
    expect(mine.items[0].notes).toBe(contact.notes);
    const theirs = await expectStatus(me, 'GET', `/api/workers/${workerId}/contacts`, 200);
    expect(theirs.items[0]).toMatchObject({ notes: null, notesHidden: true, services: contact.services });
    await expectStatus(viewer, 'GET', `/api/workers/${workerId}/contacts`, 403);
  });

  it('hides a Pursat worker’s contacts from Oddar Meanchey staff', async () => {
    await expectStatus(omcCounsellor, 'GET', `/api/workers/${workerId}/contacts`, 404);
    await expectStatus(omcCounsellor, 'POST', `/api/workers/${workerId}/contacts`, 404, contact);
    await expectStatus(omcCounsellor, 'PATCH', `/api/contacts/${id}`, 404, { version: 1, notes: 'x' });
  });

  it('answers a stale edit with 409 and the current contact, keeping the first edit', async () => {
    const first = await expectStatus(counsellor, 'PATCH', `/api/contacts/${id}`, 200, {
      version: 1,
      durationMinutes: 60,
    });
    expect(first).toMatchObject({ durationMinutes: 60, version: 2 });
    const stale = await expectStatus(outreach, 'PATCH', `/api/contacts/${id}`, 409, {
      version: 1,
      durationMinutes: 30,
    });
    expect(stale.error.code).toBe('VERSION_CONFLICT');
    expect(stale.error.details.current).toMatchObject({ durationMinutes: 60, version: 2 });
  });

  it('shows the contact on the worker’s timeline', async () => {
    const timeline = await expectStatus(counsellor, 'GET', `/api/workers/${workerId}/timeline`, 200);
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'contact', details: expect.objectContaining({ channel: 'walk_in' }) }),
    );
  });
});
