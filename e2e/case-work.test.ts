import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, centreToday } from '../src/shared/centre-date';
import { expectNoSidewaysScroll, field, pick, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const { km, en } = text;
const LEGAL = { email: 'dara.legal@pst.test', name: 'Sok Dara', password: 'legal-officer-2026' };
const COUNSELLOR = { email: 'sreymom@pst.test', name: 'Chan Sreymom', password: 'counsellor-2026' };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}

describe.skipIf(!browserAvailable())('case work: contacts, case plans and legal cases', () => {
  const suite = useSuite();
  let ready: Promise<string> | undefined;
  /** A legal officer and a counsellor of Pursat, and one returnee registered there. */
  const setUp = () => {
    ready ??= (async () => {
      const admin = await apiSession(suite.url);
      const pst = await centreId(admin, 'PST');
      await createStaff(admin, { ...LEGAL, role: 'legal_officer', centreIds: [pst] });
      await createStaff(admin, { ...COUNSELLOR, role: 'counsellor', centreIds: [pst] });
      const worker = await registerWorker(admin, {
        centreId: pst,
        familyNameKm: 'ជា',
        givenNameKm: 'សុភា',
        familyNameLatin: 'Chea',
        givenNameLatin: 'Sophea',
        sex: 'female',
        birthYear: 1993,
        phones: ['012 777 888'],
        addressCode: '15',
        consents: [{ kind: 'data_processing', granted: true }],
      });
      return worker.id;
    })();
    return ready;
  };

  it('a counsellor records a contact and opens a case plan with an action; a legal officer opens a legal case; the counsellor sees only that it exists', async () => {
    const started = Date.now();
    const workerId = await setUp();
    const c = km.cases;
    const l = km.legal;

    // The counsellor, in Khmer: a contact, then a case plan with one action.
    const counsellorKm = await suite.context({ lang: 'km' });
    let page = await counsellorKm.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    await page.goto(`${suite.url}/workers/${workerId}`);
    const contacts = page.getByTestId('section-contacts');
    await contacts.getByRole('button', { name: c.contacts.record }).click();
    const contactDialog = page.getByRole('dialog', { name: c.contacts.record });
    await contactDialog.getByRole('checkbox', { name: c.services.legal_assistance }).check();
    await contactDialog.getByRole('checkbox', { name: c.services.counselling }).check();
    await field(contactDialog, c.contacts.notes).fill('និយោជកមិនបានបើកប្រាក់ឈ្នួល ៣ ខែ');
    await contactDialog.getByRole('button', { name: c.contacts.save }).click();
    await contactDialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => contacts.getByTestId('contact').textContent())
      .toContain(c.services.legal_assistance);

    const plan = page.getByTestId('section-case-plan');
    await plan.getByRole('button', { name: c.plan.open }).click();
    const planDialog = page.getByRole('dialog', { name: c.plan.open });
    await pick(page, c.needs.areas.legal, c.needs.levels.high);
    await field(planDialog, c.plan.goals).fill('ទទួលបានប្រាក់ឈ្នួលដែលនៅជំពាក់');
    await planDialog.getByRole('button', { name: c.plan.openButton }).click();
    await planDialog.waitFor({ state: 'hidden' });
    await plan.getByRole('button', { name: c.actions.add }).click();
    const actionDialog = page.getByRole('dialog', { name: c.actions.add });
    await field(actionDialog, c.actions.description).fill('បញ្ជូនទៅមន្ត្រីផ្នែកច្បាប់');
    await actionDialog.getByLabel(c.actions.dueOn).fill(addDays(centreToday(), 2));
    await actionDialog.getByRole('button', { name: c.actions.addButton }).click();
    await actionDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => plan.getByTestId('case-action').textContent()).toContain('បញ្ជូនទៅមន្ត្រីផ្នែកច្បាប់');
    await expect.poll(() => plan.getByTestId('case-status').textContent()).toBe(c.statuses.active);
    await counsellorKm.close();

    // The legal officer, in Khmer: opens the legal case from the worker page.
    const context = await suite.context({ lang: 'km' });
    page = await context.newPage();
    await signIn(page, suite.url, LEGAL.email, LEGAL.password);
    await page.goto(`${suite.url}/workers/${workerId}`);
    const section = page.getByTestId('section-legal');
    await section.getByText(l.worker.none).waitFor();
    await section.getByRole('button', { name: l.worker.open }).click();
    const dialog = page.getByRole('dialog', { name: l.new.title });
    await pick(page, l.fields.claimType, l.claimTypes.unpaid_wages);
    await pick(page, l.fields.respondentKind, l.respondentKinds.employer);
    await field(dialog, l.fields.respondentName).fill('Rayong Construction Co.');
    await dialog.getByRole('button', { name: l.new.submit }).click();
    await page.waitForURL(/\/legal-cases\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').at(-1)!;

    const form = page.getByTestId('legal-case-form');
    await form.getByRole('button', { name: l.amounts.add }).click();
    await form.getByRole('textbox', { name: l.amounts.amount, exact: true }).fill('45000');
    await form.getByRole('button', { name: l.actions.add }).click();
    await field(form.getByTestId('legal-actions'), l.actions.notes).fill('ជួបជាមួយភ្នាក់ងាររបស់និយោជក');
    await pick(page, l.fields.status, l.statuses.in_progress);
    await form.getByRole('button', { name: km.common.save }).click();
    await page.getByText(l.page.saved).waitFor();
    const summary = page.getByTestId('legal-case-summary');
    await expect.poll(() => summary.textContent()).toContain('45,000 THB');
    await expect.poll(() => summary.textContent()).toContain(l.statuses.in_progress);

    // A centre manager's change saved meanwhile: the officer's next save shows it instead of overwriting it.
    const admin = await apiSession(suite.url);
    const stale = await admin.get<{ version: number }>(`/api/legal-cases/${caseId}`);
    const patched = await admin.patch(`/api/legal-cases/${caseId}`, {
      version: stale.version,
      notes: 'Employer agreed to meet on 2 December',
    });
    expect(patched.status).toBe(200);
    await form.getByRole('textbox', { name: l.fields.outcomeNotes, exact: true }).fill('រង់ចាំការទូទាត់');
    await form.getByRole('button', { name: km.common.save }).click();
    const conflict = page.getByRole('alert').filter({ hasText: km.conflict.title });
    await conflict.waitFor();
    expect(await conflict.getByRole('row').filter({ hasText: l.fields.notes }).textContent()).toContain(
      'Employer agreed to meet on 2 December',
    );
    await conflict.getByRole('button', { name: km.conflict.loadTheirs }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await form.getByRole('textbox', { name: l.fields.notes, exact: true }).inputValue()).toBe(
      'Employer agreed to meet on 2 December',
    );

    // A payslip photo that is really a PDF is stored; its type comes from its bytes.
    const panel = page.getByTestId('attachments-panel');
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'payslip-oct.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await panel.getByTestId('attachment-row').filter({ hasText: 'payslip-oct.pdf' }).waitFor();
    const fileUrl = (await panel.getByRole('link', { name: 'payslip-oct.pdf' }).getAttribute('href'))!;
    expect(fileUrl).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}\/content$/);
    const download = await page.evaluate(async (u) => {
      const res = await fetch(u);
      return { status: res.status, disposition: res.headers.get('content-disposition') };
    }, fileUrl);
    expect(download).toEqual({ status: 200, disposition: expect.stringMatching(/^attachment;/) });
    // A program renamed to .pdf is refused with a reason the officer can act on.
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'contract.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
    });
    await panel.getByTestId('attachment-error').getByText(km.attachments.badType).waitFor();
    expect(await panel.getByTestId('attachment-row').count()).toBe(1);
    await expectAccessible(page, 'legal case page (km)');
    await shot(page, 'legal-case-km-desktop');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoSidewaysScroll(page, 'legal case page on a phone');
    await shot(page, 'legal-case-km-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${suite.url}/legal-cases`);
    await page.getByTestId('legal-case-row').filter({ hasText: l.claimTypes.unpaid_wages }).waitFor();
    await context.close();

    // The counsellor of the same centre, in English: the case exists and who handles it, nothing more.
    const counsellorContext = await suite.context({ lang: 'en' });
    page = await counsellorContext.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    await page.goto(`${suite.url}/workers/${workerId}`);
    const restricted = page.getByTestId('section-legal').getByTestId('legal-case-restricted');
    await restricted.waitFor();
    expect(await restricted.textContent()).toContain(LEGAL.name);
    const sectionText = (await page.getByTestId('section-legal').textContent()) ?? '';
    expect(sectionText).not.toContain(en.legal.claimTypes.unpaid_wages);
    expect(sectionText).not.toContain('Rayong');
    expect(await page.getByTestId('section-legal').getByRole('link').count()).toBe(0);
    await page
      .locator('[data-testid="timeline-entry"][data-kind="legal_case"]')
      .filter({ hasText: en.legal.timeline.restricted.replace('{{handler}}', LEGAL.name) })
      .waitFor();
    await expectAccessible(page, 'worker page as counsellor (en)');
    await shot(page, 'legal-case-restricted-en-desktop');

    await page.goto(`${suite.url}/legal-cases/${caseId}`);
    await page.getByTestId('no-access').waitFor();
    const direct = await page.evaluate(async (id) => (await fetch(`/api/legal-cases/${id}`)).status, caseId);
    expect(direct).toBe(403);
    expect(await page.evaluate(async (u) => (await fetch(u)).status, fileUrl)).toBe(403);
    await counsellorContext.close();
    console.info(
      `[e2e] contact, case plan, legal case and restricted view: ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 180_000);
});
