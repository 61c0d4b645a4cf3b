import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { field, signIn, text } from './support/app';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, choose, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const en = text.en;
const f = en.workers.fields;
const OUTREACH = { email: 'vanna@pst.test', name: 'Meas Vanna', password: 'outreach-pass-2026' };

const openEdit = async (page: Page) => {
  await page.getByRole('button', { name: en.common.edit }).click();
  await page.getByTestId('edit-version').waitFor();
};

describe.skipIf(!browserAvailable())('editing a returnee', () => {
  const suite = useSuite();
  let ready: Promise<string> | undefined;
  /** One outreach officer of Pursat and one registered returnee, shared by the tests of this file. */
  const setUp = () => {
    ready ??= (async () => {
      const admin = await apiSession(suite.url);
      const pst = await centreId(admin, 'PST');
      await createStaff(admin, { ...OUTREACH, role: 'outreach_officer', centreIds: [pst] });
      const worker = await registerWorker(admin, {
        centreId: pst,
        familyNameKm: 'មាស',
        givenNameKm: 'ស្រីនិច',
        familyNameLatin: 'Meas',
        givenNameLatin: 'Sreynich',
        sex: 'female',
        birthYear: 1996,
        phones: ['010 222 333'],
        addressCode: '15',
        consents: [
          { kind: 'data_processing', granted: true },
          { kind: 'contact_phone', granted: true },
        ],
      });
      return worker.id;
    })();
    return ready;
  };

  it('shows what another person saved meanwhile and lets the second one keep their edit; consent is withdrawn with date and name', async () => {
    const started = Date.now();
    const id = await setUp();
    const context = await suite.context({ lang: 'en' });
    const first = await context.newPage();
    await signIn(first, suite.url, OUTREACH.email, OUTREACH.password);
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(`${suite.url}/workers/${id}`);
      await openEdit(page);
    }
    await field(first, f.addressDetail).fill('Near the pagoda, Phum Kandal');
    await first.getByRole('button', { name: en.common.save }).first().click();
    await first.getByTestId('edit-version').waitFor({ state: 'detached' });

    await field(second, f.addressDetail).fill('House 12, Phum Kandal');
    await field(second, f.nationalId).fill('150998877');
    await second.getByRole('button', { name: en.common.save }).first().click();
    const conflict = second.getByRole('alert').filter({ hasText: en.conflict.title });
    await conflict.waitFor();
    const addressRow = conflict.getByRole('row').filter({ hasText: f.addressDetail });
    expect(await addressRow.textContent()).toContain('Near the pagoda, Phum Kandal');
    expect(await addressRow.textContent()).toContain('House 12, Phum Kandal');
    // Everything typed is still in the form while the user decides.
    expect(await field(second, f.nationalId).inputValue()).toBe('150998877');
    await shot(second, 'worker-edit-conflict-en-desktop');
    await conflict.getByRole('button', { name: en.conflict.keepMine }).click();
    await second.getByTestId('edit-version').waitFor({ state: 'detached' });
    await second.getByTestId('section-household').getByText('House 12, Phum Kandal').waitFor();
    await second.getByTestId('section-identity').getByText('150998877').waitFor();
    await second.locator('[data-testid="timeline-entry"][data-kind="updated"]').first().waitFor();

    // The person no longer wants calls: withdrawn, recorded with the date and who recorded it.
    const phoneConsent = second.getByTestId('consent-contact_phone');
    await phoneConsent.getByRole('button', { name: en.consents.withdraw }).click();
    await second
      .getByRole('dialog', { name: en.consents.withdrawTitle })
      .getByRole('button', { name: en.consents.withdraw })
      .click();
    await phoneConsent.getByText(en.consents.withdrawnState).waitFor();
    await expect.poll(() => phoneConsent.textContent()).toContain(OUTREACH.email);
    await second
      .getByTestId('timeline-entry')
      .filter({
        hasText: en.timeline.consentWithdrawn.replace('{{kind}}', en.workers.consents.contact_phone.label),
      })
      .waitFor();
    await shot(second, 'worker-consent-withdrawn-en-desktop');
    await context.close();
    console.info(`[e2e] worker edit conflict and consent: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('keeps everything typed in an intake the server refuses, and goes back to the step with the error', async () => {
    await setUp();
    const context = await suite.context({ lang: 'en', width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, suite.url, OUTREACH.email, OUTREACH.password);
    await page.goto(`${suite.url}/workers/new`);
    await page.getByTestId('intake-step-title').waitFor();
    await field(page, f.familyNameLatin).fill('Ouk');
    await field(page, f.givenNameLatin).fill('Rithy');
    await choose(page, en.workers.sex.male);
    const next = () => page.getByRole('button', { name: en.intake.next }).click();
    await next();
    await next();
    // An employer name longer than the registry keeps: only the server knows that limit.
    await page.getByRole('button', { name: en.workers.actions.addStay }).click();
    const employer = `Rayong Fishing Cooperative ${'and Partners '.repeat(15)}`.trim();
    await field(page, f.employer).fill(employer);
    await next();
    await next();
    await page.getByRole('checkbox', { name: en.workers.consents.data_processing.label }).check();
    await page.getByRole('button', { name: en.intake.save }).click();

    await page
      .getByTestId('intake-step-title')
      .filter({ hasText: en.intake.steps.migration.label })
      .waitFor();
    await page.getByText(en.issues.limits.string.atMost.replace('{{maximum}}', '200')).waitFor();
    expect(await field(page, f.employer).inputValue()).toBe(employer);
    await shot(page, 'intake-server-error-en-phone');
    // Fixed, the same registration goes through with everything else still there.
    await field(page, f.employer).fill('Rayong Fishing Cooperative');
    await next();
    await next();
    expect(
      await page.getByRole('checkbox', { name: en.workers.consents.data_processing.label }).isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: en.intake.save }).click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    await page.getByTestId('section-migration').getByText('Rayong Fishing Cooperative').waitFor();
    expect(await page.getByTestId('worker-name').textContent()).toContain('Ouk Rithy');
    await context.close();
  });
});
