import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, field, pick, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, choose, createStaff, pickStarting, shot } from './support/registry';
import { useSuite } from './support/suite';

const km = text.km;
const w = km.workers.fields;
const COUNSELLOR = { email: 'sreymom@pst.test', name: 'Chea Sreymom', password: 'counsellor-pass-2026' };
const year = new Date().getFullYear();

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

const next = (page: Page) => page.getByRole('button', { name: km.intake.next }).click();
const stepTitle = (page: Page, key: keyof typeof km.intake.steps) =>
  page.getByTestId('intake-step-title').filter({ hasText: km.intake.steps[key].label }).waitFor();

/** Step one, in Khmer script first, then the Latin spelling, as a counsellor takes it down. */
async function typeIdentity(page: Page, latinGiven: string, phone: string) {
  await field(page, w.familyNameKm).fill('សុខ');
  await field(page, w.givenNameKm).fill('ចាន់ថា');
  await field(page, w.familyNameLatin).fill('Sok');
  await field(page, w.givenNameLatin).fill(latinGiven);
  await choose(page, km.workers.sex.female);
  await page.getByRole('textbox', { name: w.birthYear }).fill('1995');
  await page.getByRole('textbox', { name: w.phoneN.replace('{{n}}', '1') }).fill(phone);
}

describe.skipIf(!browserAvailable())('intake with search before create', () => {
  const suite = useSuite();

  it('registers a returnee in Khmer, then proposes that record while a spelling variant is typed, and registers the different person on confirmation', async () => {
    const started = Date.now();
    const admin = await apiSession(suite.url);
    await createStaff(admin, {
      ...COUNSELLOR,
      role: 'counsellor',
      centreIds: [await centreId(admin, 'PST')],
    });

    const context = await suite.context({ lang: 'km', width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    // A counsellor sees the registry but not the admin screens; the nav offers registration.
    await page.getByTestId('nav-workers').waitFor();
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.getByTestId('nav-intake').click();
    await stepTitle(page, 'identity');

    // 1. Identity: nothing alike exists yet.
    await typeIdentity(page, 'Chantha', '012 345 678');
    await page.getByTestId('phone-reads').getByText('012 345 678').waitFor();
    await page.getByTestId('no-duplicates').waitFor();
    await expectAccessible(page, 'intake identity');
    await next(page);

    // 2. Address and household: the province from the place picker, one Washington Group answer.
    await stepTitle(page, 'address');
    await pickStarting(page, w.address, 'ពោធិ៍សាត់');
    await field(page, w.addressDetail).fill('ក្បែរវត្តបាកាន');
    await page.getByRole('textbox', { name: w.householdSize }).fill('5');
    await pick(page, km.workers.wg.questions.walking, km.workers.wg.answers.some_difficulty);
    await pick(page, w.education, km.workers.education.primary);
    await next(page);

    // 3. Migration and return: one stay in Thailand on a construction site, paid in baht.
    await stepTitle(page, 'migration');
    await page.getByRole('button', { name: km.workers.actions.addStay }).click();
    await pick(page, w.sector, 'សំណង់');
    await pickStarting(page, w.occupation, 'ជាងរៀបឥដ្ឋ', 'ជាងរៀបឥដ្ឋ');
    await field(page, w.employer).fill('Bangkok Builders Co.');
    await page.getByRole('textbox', { name: w.monthlyWage }).first().fill('9000');
    await field(page, w.returnDate).fill('2025-07-20');
    await pick(page, w.returnReason, km.workers.returnReasons.border_dispute);
    await expectAccessible(page, 'intake migration');
    await shot(page, 'intake-migration-km-desktop');
    await next(page);

    // 4. Skills and wishes.
    await stepTitle(page, 'skills');
    await page.getByRole('button', { name: km.workers.actions.addSkill }).click();
    await field(page, w.skill).fill('រៀបឥដ្ឋ');
    await next(page);

    // 5. Consent is required: saving without it is stopped here, in Khmer.
    await stepTitle(page, 'consent');
    await page.getByRole('button', { name: km.intake.save }).click();
    await page.getByText(km.issues.consentRequired).waitFor();
    await page.getByRole('checkbox', { name: km.workers.consents.data_processing.label }).check();
    await page.getByRole('checkbox', { name: km.workers.consents.contact_phone.label }).check();
    await expectAccessible(page, 'intake consent');
    await page.getByRole('button', { name: km.intake.save }).click();

    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    const first = `PST-${year}-000001`;
    await page.getByTestId('worker-regno').getByText(first).waitFor();
    const firstUrl = page.url();
    await page.getByTestId('section-consents').getByText(COUNSELLOR.email).first().waitFor();
    expect(await page.getByTestId('section-household').textContent()).toContain('ពោធិ៍សាត់');
    expect(await page.getByTestId('section-migration').textContent()).toContain('Bangkok Builders Co.');
    await page.getByTestId('timeline-entry').first().waitFor();
    await expectAccessible(page, 'profile');
    await shot(page, 'profile-km-desktop');
    await expectNoSidewaysScroll(page, 'profile');

    // A second intake: the Latin spelling differs (Chanta) and the phone is written the international way.
    await page.getByTestId('nav-intake').click();
    await stepTitle(page, 'identity');
    expect(await field(page, w.familyNameKm).inputValue()).toBe('');
    await typeIdentity(page, 'Chanta', '+855 12 345 678');
    const candidate = page
      .getByTestId('duplicate-panel')
      .getByTestId('duplicate-candidate')
      .filter({ hasText: first });
    await candidate.waitFor();
    const agreeing = await candidate.locator('[data-outcome="agree"]').allTextContents();
    expect(agreeing.join(' ')).toContain(km.dedup.fields.phone);
    await expectAccessible(page, 'intake with a proposed record');
    await shot(page, 'intake-duplicate-proposed-km-desktop');

    // The counsellor checks with the person: a cousin, not the same woman. Every step is passed, then saved.
    for (const key of ['address', 'migration', 'skills', 'consent'] as const) {
      await next(page);
      await stepTitle(page, key);
    }
    await page.getByRole('checkbox', { name: km.workers.consents.data_processing.label }).check();
    await page.getByRole('button', { name: km.intake.save }).click();
    const dialog = page.getByRole('dialog', { name: km.intake.possibleDuplicates.title });
    await dialog.getByTestId('duplicate-candidate').filter({ hasText: first }).waitFor();
    await shot(page, 'intake-possible-duplicates-km-desktop');
    await dialog.getByRole('button', { name: km.intake.possibleDuplicates.different }).click();

    await page.waitForURL((u) => /\/workers\/[0-9a-f-]{36}$/.test(u.pathname) && u.href !== firstUrl);
    await page.getByTestId('worker-regno').getByText(`PST-${year}-000002`).waitFor();
    // The pair waits for a manager in the review queue.
    const queue = await admin.get<{ items: { regNoA: string; regNoB: string }[] }>(
      '/api/dedup/review?status=review',
    );
    expect(queue.items.map((p) => [p.regNoA, p.regNoB].sort().join(' '))).toContain(
      `${first} PST-${year}-000002`,
    );
    // Both are found by the phone however it is written, and by either spelling.
    await page.getByTestId('nav-workers').click();
    await page.getByTestId('worker-search').fill('85512345678');
    await expect.poll(() => page.getByTestId('worker-row').count()).toBe(2);
    await page.getByTestId('worker-search').fill('Sok Chanta');
    await page.getByTestId('worker-row').filter({ hasText: first }).waitFor();
    await shot(page, 'workers-search-km-desktop');

    await context.close();
    console.info(`[e2e] intake with search before create: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
