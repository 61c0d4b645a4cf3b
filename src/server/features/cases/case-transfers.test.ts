import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { expectStatus, newWorker } from './case-testing';

let t: TestApp;
const c = {} as Record<'sender' | 'colleague' | 'omcCounsellor' | 'omcManager' | 'stranger', Client>;
const ids = {} as Record<'sender' | 'colleague' | 'omcCounsellor' | 'pst' | 'omc', string>;
let workerId: string;
let planId: string;

const centreId = async (code: string) =>
  (await t.db.selectFrom('centres').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await createTestApp();
  const sender = await signInAs(t, 'counsellor', ['PST']);
  const colleague = await signInAs(t, 'counsellor', ['PST']);
  const omcCounsellor = await signInAs(t, 'counsellor', ['OMC']);
  Object.assign(c, {
    sender: sender.client,
    colleague: colleague.client,
    omcCounsellor: omcCounsellor.client,
    omcManager: (await signInAs(t, 'centre_manager', ['OMC'])).client,
    stranger: (await signInAs(t, 'counsellor', ['PVH'])).client,
  });
  Object.assign(ids, {
    sender: sender.user.id,
    colleague: colleague.user.id,
    omcCounsellor: omcCounsellor.user.id,
    pst: await centreId('PST'),
    omc: await centreId('OMC'),
  });
  workerId = await newWorker(c.sender, 'Rith');
  planId = (await expectStatus(c.sender, 'POST', `/api/workers/${workerId}/case-plans`, 201, {})).id;
});
afterAll(() => t.close());

describe('case transfers', () => {
  it('asks a colleague to take a case; the colleague declines and the case stays', async () => {
    const plan = await expectStatus(c.sender, 'POST', `/api/case-plans/${planId}/transfer`, 201, {
      toUserId: ids.colleague,
      toCentreId: ids.pst,
      note: 'I am away for a month',
    });
    expect(plan.pendingTransfer).toMatchObject({ status: 'pending', to: { id: ids.colleague } });
    await expectStatus(c.sender, 'POST', `/api/case-plans/${planId}/transfer`, 409, {
      toUserId: ids.colleague,
      toCentreId: ids.pst,
    });
    const inbox = await expectStatus(c.colleague, 'GET', '/api/case-plans/transfers', 200);
    expect(inbox.items).toEqual([expect.objectContaining({ casePlanId: planId })]);
    expect((await expectStatus(c.sender, 'GET', '/api/case-plans/transfers', 200)).items).toEqual([]);
    // The sender cannot answer their own request.
    await expectStatus(c.sender, 'POST', `/api/case-transfers/${plan.pendingTransfer.id}/accept`, 403, {});
    const declined = await expectStatus(
      c.colleague,
      'POST',
      `/api/case-transfers/${plan.pendingTransfer.id}/decline`,
      200,
      { note: 'Caseload full' },
    );
    expect(declined).toMatchObject({ status: 'declined', decisionNote: 'Caseload full' });
    const after = await expectStatus(c.sender, 'GET', `/api/case-plans/${planId}`, 200);
    expect(after).toMatchObject({ counsellor: { id: ids.sender }, pendingTransfer: null });
    // Answered once: a second answer is a conflict.
    await expectStatus(c.colleague, 'POST', `/api/case-transfers/${plan.pendingTransfer.id}/accept`, 409, {});
  });

  it('moves a case to another centre on acceptance, with the person’s registration', async () => {
    const plan = await expectStatus(c.sender, 'POST', `/api/case-plans/${planId}/transfer`, 201, {
      toUserId: ids.omcCounsellor,
      toCentreId: ids.omc,
    });
    const transferId = plan.pendingTransfer.id;
    // The receiving centre reads the plan before deciding; an uninvolved centre does not.
    await expectStatus(c.omcCounsellor, 'GET', `/api/case-plans/${planId}`, 200);
    await expectStatus(c.omcCounsellor, 'PATCH', `/api/case-plans/${planId}`, 404, { version: 1, goals: [] });
    await expectStatus(c.stranger, 'GET', `/api/case-plans/${planId}`, 404);
    await expectStatus(c.stranger, 'POST', `/api/case-transfers/${transferId}/accept`, 404, {});
    const managerInbox = await expectStatus(c.omcManager, 'GET', '/api/case-plans/transfers', 200);
    expect(managerInbox.items.map((i: { id: string }) => i.id)).toEqual([transferId]);
    const accepted = await expectStatus(
      c.omcCounsellor,
      'POST',
      `/api/case-transfers/${transferId}/accept`,
      200,
      {},
    );
    expect(accepted.status).toBe('accepted');
    const moved = await expectStatus(c.omcCounsellor, 'GET', `/api/case-plans/${planId}`, 200);
    expect(moved).toMatchObject({ counsellor: { id: ids.omcCounsellor }, centreId: ids.omc });
    const worker = await expectStatus(c.omcCounsellor, 'GET', `/api/workers/${workerId}`, 200);
    expect(worker.centreId).toBe(ids.omc);
    await expectStatus(c.sender, 'GET', `/api/case-plans/${planId}`, 404);
    const mine = await expectStatus(c.omcCounsellor, 'GET', '/api/case-plans/mine', 200);
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([planId]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity', 'in', ['case_transfer', 'case_plan', 'worker'])
      .where('entity_id', 'in', [transferId, planId, workerId])
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.entity).sort()).toEqual(['case_plan', 'case_transfer', 'worker']);
  });

  it('lets the sender withdraw a transfer not yet answered', async () => {
    const plan = await expectStatus(c.omcCounsellor, 'POST', `/api/case-plans/${planId}/transfer`, 201, {
      toUserId: ids.sender,
      toCentreId: ids.pst,
    });
    const cancelled = await expectStatus(
      c.omcCounsellor,
      'POST',
      `/api/case-transfers/${plan.pendingTransfer.id}/cancel`,
      200,
    );
    expect(cancelled.status).toBe('cancelled');
    expect((await expectStatus(c.sender, 'GET', '/api/case-plans/transfers', 200)).items).toEqual([]);
    const timeline = await expectStatus(c.omcCounsellor, 'GET', `/api/workers/${workerId}/timeline`, 200);
    const events = timeline.items
      .filter((i: { kind: string }) => i.kind === 'case_plan')
      .map((i: { details: { event: string } }) => i.details.event);
    expect(events).toEqual(
      expect.arrayContaining(['opened', 'transfer_requested', 'transfer_declined', 'transfer_accepted']),
    );
  });
});
