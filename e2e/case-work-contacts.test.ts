import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, centreToday } from '../src/shared/centre-date';
import { field, pick, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const { km } = text;
const c = km.cases;
const COUNSELLOR = { email: 'vannak@pst.test', name: 'Keo Vannak', password: 'counsellor-2026' };

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}

describe.skipIf(!browserAvailable())('case work: a contact and a case plan from the worker page', () => {
  const suite = useSuite();

  it('a counsellor records a contact and opens a case plan with an action, in Khmer; it shows on the home screen', async () => {
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    await createStaff(admin, { ...COUNSELLOR, role: 'counsellor', centreIds: [pst] });
    const worker = await registerWorker(admin, {
      centreId: pst,
      familyNameKm: 'សុខ',
      givenNameKm: 'ពិសិដ្ឋ',
      familyNameLatin: 'Sok',
      givenNameLatin: 'Piseth',
      sex: 'male',
      birthYear: 1991,
      addressCode: '15',
      consents: [{ kind: 'data_processing', granted: true }],
    });

    const context = await suite.context({ lang: 'km' });
    const page = await context.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    await page.goto(`${suite.url}/workers/${worker.id}`);

    // A contact: today and walk-in are already filled in; tick the services, say how long, write a note.
    const contacts = page.getByTestId('section-contacts');
    await contacts.getByText(c.contacts.none).waitFor();
    await contacts.getByRole('button', { name: c.contacts.record }).click();
    const contactDialog = page.getByRole('dialog', { name: c.contacts.record });
    await contactDialog.getByRole('checkbox', { name: c.services.counselling }).check();
    await contactDialog.getByRole('checkbox', { name: c.services.job_matching }).check();
    await field(contactDialog, c.contacts.duration).fill('40');
    await field(contactDialog, c.contacts.notes).fill('ចង់រកការងារសំណង់នៅជិតផ្ទះ');
    await expectAccessible(page, 'contact form');
    await contactDialog.getByRole('button', { name: c.contacts.save }).click();
    await contactDialog.waitFor({ state: 'hidden' });
    const contact = contacts.getByTestId('contact');
    await expect.poll(() => contact.textContent()).toContain(c.services.job_matching);
    expect(await contact.textContent()).toContain('ចង់រកការងារសំណង់នៅជិតផ្ទះ');

    // Someone else corrects the contact meanwhile: saving an edit shows both versions instead of overwriting.
    const [saved] = (await admin.get<{ items: { id: string }[] }>(`/api/workers/${worker.id}/contacts`))
      .items;
    expect(
      (await admin.patch(`/api/contacts/${saved!.id}`, { version: 1, durationMinutes: 55 })).status,
    ).toBe(200);
    await contacts.getByRole('button', { name: km.common.edit }).click();
    const editDialog = page.getByRole('dialog', { name: c.contacts.edit });
    await field(editDialog, c.contacts.notes).fill('ចង់រកការងារសំណង់ ឬកសិកម្មនៅជិតផ្ទះ');
    await editDialog.getByRole('button', { name: c.contacts.save }).click();
    const conflict = editDialog.getByRole('alert');
    await conflict.getByText(km.conflict.title).waitFor();
    expect(await conflict.textContent()).toContain('55');
    await expectAccessible(page, 'contact version conflict');
    await conflict.getByRole('button', { name: km.conflict.keepMine }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => contact.textContent()).toContain('ចង់រកការងារសំណង់ ឬកសិកម្មនៅជិតផ្ទះ');

    // A case plan: needs, a goal, then an action owned by the counsellor and due in three days.
    const plan = page.getByTestId('section-case-plan');
    await plan.getByRole('button', { name: c.plan.open }).click();
    const planDialog = page.getByRole('dialog', { name: c.plan.open });
    await pick(page, c.needs.areas.employment, c.needs.levels.high);
    await field(planDialog, c.needs.notesFor.replace('{{area}}', c.needs.areas.employment)).fill(
      'គ្មានចំណូលតាំងពីត្រឡប់មកវិញ',
    );
    await pick(page, c.needs.areas.debt_finance, c.needs.levels.medium);
    await field(planDialog, c.plan.goals).fill('រកការងារក្នុងខេត្តពោធិ៍សាត់ក្នុងរយៈពេល ៣ ខែ');
    await planDialog.getByRole('button', { name: c.plan.openButton }).click();
    await planDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => plan.getByTestId('case-status').textContent()).toBe(c.statuses.open);
    expect(await plan.getByTestId('needs').textContent()).toContain(c.needs.levels.high);

    await plan.getByRole('button', { name: c.actions.add }).click();
    const actionDialog = page.getByRole('dialog', { name: c.actions.add });
    await field(actionDialog, c.actions.description).fill('បញ្ជូនទៅមជ្ឈមណ្ឌលការងារ NEA');
    await actionDialog.getByLabel(c.actions.dueOn).fill(addDays(centreToday(), 3));
    await actionDialog.getByRole('button', { name: c.actions.addButton }).click();
    await actionDialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => plan.getByTestId('case-action').textContent())
      .toContain('បញ្ជូនទៅមជ្ឈមណ្ឌលការងារ NEA');
    await expect.poll(() => plan.getByTestId('case-status').textContent()).toBe(c.statuses.active);
    await expectAccessible(page, 'worker page with case work');
    await shot(page, 'case-work-worker-km');

    // The timeline tells the story; the home screen lists the action as a follow-up.
    const timeline = page.getByTestId('section-timeline');
    await expect.poll(() => timeline.textContent()).toContain(c.timeline.events.opened);
    await page.goto(`${suite.url}/`);
    const followUp = page.getByTestId('follow-up');
    await expect.poll(() => followUp.textContent()).toContain('បញ្ជូនទៅមជ្ឈមណ្ឌលការងារ NEA');
    await expectAccessible(page, 'home with follow-ups');

    // My cases lists the new case.
    await page.goto(`${suite.url}/cases`);
    await expect.poll(() => page.getByTestId('case-table').textContent()).toContain(worker.regNo);
    await context.close();
  }, 120_000);
});
