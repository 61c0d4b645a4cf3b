import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, centreToday } from '../../../shared/centre-date';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { expectStatus, newWorker } from './case-testing';

let t: TestApp;
const c = {} as Record<'counsellor' | 'manager' | 'legal' | 'outreach' | 'omc' | 'me', Client>;
const ids = {} as Record<'counsellor' | 'legal' | 'outreach', string>;
let workerId: string;
let planId: string;
const today = centreToday();

beforeAll(async () => {
  t = await createTestApp();
  const counsellor = await signInAs(t, 'counsellor', ['PST']);
  const legal = await signInAs(t, 'legal_officer', ['PST']);
  const outreach = await signInAs(t, 'outreach_officer', ['PST']);
  Object.assign(c, {
    counsellor: counsellor.client,
    legal: legal.client,
    outreach: outreach.client,
    manager: (await signInAs(t, 'centre_manager', ['PST'])).client,
    omc: (await signInAs(t, 'counsellor', ['OMC'])).client,
    me: (await signInAs(t, 'me_officer')).client,
  });
  Object.assign(ids, { counsellor: counsellor.user.id, legal: legal.user.id, outreach: outreach.user.id });
  workerId = await newWorker(c.counsellor, 'Vuthy');
});
afterAll(() => t.close());

describe('case plans', () => {
  it('opens a plan with a needs assessment, goals and a first review; one in progress per person', async () => {
    const plan = await expectStatus(c.counsellor, 'POST', `/api/workers/${workerId}/case-plans`, 201, {
      needs: {
        employment: { level: 'high', notes: 'No income since return' },
        debt_finance: { level: 'medium' },
      },
      goals: ['Wage job in Pursat within 3 months'],
      firstReviewOn: addDays(today, 30),
    });
    planId = plan.id;
    expect(plan).toMatchObject({
      status: 'open',
      counsellor: { id: ids.counsellor },
      needs: { employment: { level: 'high' } },
      reviews: [{ dueOn: addDays(today, 30), doneOn: null }],
      version: 1,
    });
    const again = await expectStatus(c.manager, 'POST', `/api/workers/${workerId}/case-plans`, 409, {});
    expect(again.error).toMatchObject({ code: 'ALREADY_EXISTS', details: { casePlanId: planId } });
  });

  it('adds actions owned by colleagues of the centre; the plan becomes active', async () => {
    const plan = await expectStatus(c.counsellor, 'POST', `/api/case-plans/${planId}/actions`, 201, {
      description: 'Ask the broker for the passport back',
      ownerId: ids.legal,
      dueOn: addDays(today, -2),
    });
    expect(plan.status).toBe('active');
    expect(plan.actions).toEqual([
      expect.objectContaining({ owner: expect.objectContaining({ id: ids.legal }) }),
    ]);
    await expectStatus(c.counsellor, 'POST', `/api/case-plans/${planId}/actions`, 201, {
      description: 'Refer to the NEA job centre',
      ownerId: ids.counsellor,
      dueOn: addDays(today, 3),
    });
    const omcStaff = await signInAs(t, 'counsellor', ['OMC']);
    const bad = await expectStatus(c.counsellor, 'POST', `/api/case-plans/${planId}/actions`, 400, {
      description: 'x',
      ownerId: omcStaff.user.id,
      dueOn: today,
    });
    expect(bad.error.details[0]).toMatchObject({ field: 'ownerId', issue: 'staff_not_at_centre' });
  });

  it('keeps Oddar Meanchey staff out of a Pursat case', async () => {
    await expectStatus(c.omc, 'GET', `/api/case-plans/${planId}`, 404);
    await expectStatus(c.omc, 'GET', `/api/workers/${workerId}/case-plans`, 404);
    await expectStatus(c.omc, 'PATCH', `/api/case-plans/${planId}`, 404, { version: 1, goals: [] });
    const mine = await expectStatus(c.omc, 'GET', '/api/case-plans/mine', 200);
    expect(mine.items).toEqual([]);
    await expectStatus(c.me, 'GET', `/api/case-plans/${planId}`, 403);
  });

  it('lets an action’s owner update it, others not; a stale update gets 409 with the current action', async () => {
    const plan = await expectStatus(c.legal, 'GET', `/api/case-plans/${planId}`, 200);
    const action = plan.actions.find((a: { owner: { id: string } }) => a.owner.id === ids.legal);
    const done = await expectStatus(c.legal, 'PATCH', `/api/case-actions/${action.id}`, 200, {
      version: action.version,
      status: 'in_progress',
    });
    expect(done).toMatchObject({ status: 'in_progress', version: 2 });
    await expectStatus(c.outreach, 'PATCH', `/api/case-actions/${action.id}`, 403, {
      version: 2,
      status: 'done',
    });
    const stale = await expectStatus(c.counsellor, 'PATCH', `/api/case-actions/${action.id}`, 409, {
      version: 1,
      status: 'cancelled',
    });
    expect(stale.error.details.current).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('changes needs with a version; a stale save gets the current plan back', async () => {
    const ok = await expectStatus(c.counsellor, 'PATCH', `/api/case-plans/${planId}`, 200, {
      version: 1,
      needs: { employment: { level: 'high' }, legal: { level: 'high', notes: 'Passport withheld' } },
    });
    expect(ok.version).toBe(2);
    const stale = await expectStatus(c.manager, 'PATCH', `/api/case-plans/${planId}`, 409, {
      version: 1,
      goals: ['Something else'],
    });
    expect(stale.error.details.current).toMatchObject({ version: 2, needs: { legal: { level: 'high' } } });
  });

  it('lists due and overdue actions and reviews as each staff member’s follow-ups', async () => {
    const legal = await expectStatus(c.legal, 'GET', '/api/me/follow-ups', 200);
    expect(legal.items).toEqual([
      expect.objectContaining({ kind: 'case_action', overdue: true, dueOn: addDays(today, -2) }),
    ]);
    expect(legal.items[0].worker.id).toBe(workerId);
    expect(legal.items[0].link).toContain(workerId);
    const week = await expectStatus(c.counsellor, 'GET', '/api/me/follow-ups', 200);
    expect(week.items).toEqual([expect.objectContaining({ kind: 'case_action', overdue: false })]);
    const month = await expectStatus(c.counsellor, 'GET', '/api/me/follow-ups?days=31', 200);
    expect(month.items.map((i: { kind: string }) => i.kind)).toEqual(['case_action', 'case_review']);
    await expectStatus(c.counsellor, 'GET', '/api/me/follow-ups?days=900', 400);
  });

  it('marks a review held, which takes it off the follow-ups', async () => {
    const plan = await expectStatus(c.counsellor, 'GET', `/api/case-plans/${planId}`, 200);
    const review = plan.reviews[0];
    await expectStatus(c.counsellor, 'PATCH', `/api/case-reviews/${review.id}`, 200, {
      version: review.version,
      doneOn: today,
      notes: 'On track',
    });
    const month = await expectStatus(c.counsellor, 'GET', '/api/me/follow-ups?days=31', 200);
    expect(month.items.map((i: { kind: string }) => i.kind)).toEqual(['case_action']);
  });

  it('shows the counsellor’s caseload and the manager’s view grouped by counsellor', async () => {
    const mine = await expectStatus(c.counsellor, 'GET', '/api/case-plans/mine', 200);
    expect(mine.items).toEqual([
      expect.objectContaining({ id: planId, openActions: 2, overdueActions: 1, pendingTransfer: false }),
    ]);
    const loads = await expectStatus(c.manager, 'GET', '/api/case-plans/caseloads', 200);
    expect(loads.counsellors).toEqual([
      expect.objectContaining({ counsellor: expect.objectContaining({ id: ids.counsellor }) }),
    ]);
    const omcCentre = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'OMC')
      .executeTakeFirstOrThrow();
    await expectStatus(c.manager, 'GET', `/api/case-plans/caseloads?centreId=${omcCentre.id}`, 404);
  });

  it('closes a plan only with a reason, and reopens it', async () => {
    const plan = await expectStatus(c.counsellor, 'GET', `/api/case-plans/${planId}`, 200);
    await expectStatus(c.counsellor, 'PATCH', `/api/case-plans/${planId}`, 400, {
      version: plan.version,
      status: 'closed',
    });
    const closed = await expectStatus(c.counsellor, 'PATCH', `/api/case-plans/${planId}`, 200, {
      version: plan.version,
      status: 'closed',
      closedReason: 'employed',
    });
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'employed' });
    expect(closed.closedAt).not.toBeNull();
    const legal = await expectStatus(c.legal, 'GET', '/api/me/follow-ups', 200);
    expect(legal.items).toEqual([]);
    const reopened = await expectStatus(c.counsellor, 'PATCH', `/api/case-plans/${planId}`, 200, {
      version: closed.version,
      status: 'active',
    });
    expect(reopened).toMatchObject({ status: 'active', closedReason: null, closedAt: null });
    const timeline = await expectStatus(c.counsellor, 'GET', `/api/workers/${workerId}/timeline`, 200);
    const events = timeline.items
      .filter((i: { kind: string }) => i.kind === 'case_plan')
      .map((i: { details: { event: string } }) => i.details.event);
    expect(events).toEqual(expect.arrayContaining(['opened']));
  });
});
