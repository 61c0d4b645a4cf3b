import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';
import { useSuite } from './support/suite';

const km = text.km.jobs;
const COUNSELLOR = { email: 'dara@pst.test', name: 'Sok Dara', password: 'counsellor-pass-2026' };

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
  await expectNoSidewaysScroll(page, where);
}

describe.skipIf(!browserAvailable())('jobs screens', () => {
  const suite = useSuite();

  it('takes a referral from the vacancy page to a hire and records the placement check; admins edit the settings', async () => {
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    await createStaff(admin, {
      ...COUNSELLOR,
      role: 'counsellor',
      centreIds: [pst],
    });
    const employer = await admin.post<{ id: string }>('/api/employers', {
      nameKm: 'ក្រុមហ៊ុន មេគង្គ កាត់ដេរ',
      nameLatin: 'Mekong Garment Co., Ltd.',
      sector: 'garment_manufacturing',
      provinceCode: '15',
      nssfRegistered: true,
    });
    const vacancy = await admin.post<{ id: string }>('/api/vacancies', {
      employerId: employer.body.id,
      title: 'ជាងដេរ',
      occupationIsco: '7533',
      sector: 'garment_manufacturing',
      positions: 3,
      provinceCode: '15',
      wageMin: 215,
      wageMax: 240,
      contractWritten: true,
      hoursPerWeek: 48,
      nssf: true,
    });
    const worker = await registerWorker(admin, {
      familyNameKm: 'ចាន់',
      givenNameKm: 'ស្រីមុំ',
      familyNameLatin: 'Chan',
      givenNameLatin: 'Sreymom',
      sex: 'female',
      birthYear: 1993,
      addressCode: '15',
      registrationChannel: 'walk_in',
      centreId: pst,
      consents: [
        { kind: 'data_processing', granted: true },
        { kind: 'share_with_employers', granted: true },
      ],
    });
    const referral = await admin.post<{ id: string }>('/api/referrals', {
      workerId: worker.id,
      vacancyId: vacancy.body.id,
    });
    expect(referral.status).toBe(201);

    const context = await suite.context({ lang: 'km', width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    await page.getByTestId('nav-vacancies').click();
    await page.getByTestId('vacancy-row').first().waitFor();
    await expectAccessible(page, 'vacancy board');
    await page.getByRole('link', { name: 'ជាងដេរ' }).click();
    const pipeline = page.getByTestId('referral-pipeline');
    await pipeline.getByTestId('pipeline-referred').waitFor();
    await expectAccessible(page, 'vacancy page');
    await shot(page, 'jobs-vacancy-pipeline');

    await pipeline.getByRole('button', { name: km.pipeline.moveTo.hired, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: km.pipeline.confirm }).click();
    await pipeline.getByTestId('pipeline-hired').waitFor();
    await pipeline.getByRole('link', { name: km.pipeline.openPlacement }).click();
    await page.getByTestId('follow-up-placement').waitFor();
    await expectAccessible(page, 'placement page');
    await page.getByTestId('follow-up-placement').getByRole('button', { name: km.followUps.record }).click();
    const dialog = page.getByRole('dialog');
    for (const item of Object.keys(km.decent).slice(0, 9)) {
      const label = km.decent[item as keyof typeof km.decent];
      await dialog
        .getByRole('radiogroup', { name: label })
        .getByText(text.km.common.yes, { exact: true })
        .click();
    }
    await dialog.getByRole('button', { name: text.km.common.save }).click();
    await page.getByTestId('follow-up-placement').getByText(km.decent.decent).waitFor();
    await shot(page, 'jobs-placement');
    await page.getByRole('button', { name: km.placements.end }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: km.placements.endReason }).fill('រោងចក្របិទ');
    await page.getByRole('dialog').getByRole('button', { name: text.km.common.save }).click();
    await page.getByText('(រោងចក្របិទ)', { exact: false }).waitFor();

    // A job the returnee found alone gets the same follow-ups.
    await page.goto(`${suite.url}/workers/${worker.id}`);
    const placements = page.getByTestId('worker-placements');
    await placements.getByRole('button', { name: km.placements.new }).click();
    await page
      .getByRole('dialog')
      .getByRole('textbox', { name: km.placements.employerOrBusiness })
      .fill('ហាងកាហ្វេ សុខា');
    await page.getByRole('dialog').getByRole('button', { name: text.km.common.save }).click();
    await page.getByTestId('follow-up-day30').waitFor();
    await expectAccessible(page, 'placement found by the returnee');

    await page.getByTestId('nav-followUps').click();
    await page.getByRole('heading', { name: km.followUps.title }).waitFor();
    await expectAccessible(page, 'follow-ups');
    await page.getByTestId('nav-employers').click();
    await page.getByTestId('employer-row').first().waitFor();
    await expectAccessible(page, 'employers');
    await page.getByRole('link', { name: 'ក្រុមហ៊ុន មេគង្គ កាត់ដេរ' }).click();
    await page.getByTestId('employer-contacts').waitFor();
    await page.getByRole('button', { name: text.km.common.edit }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('button', { name: km.contactPerson.add }).click();
    await form.getByRole('textbox', { name: km.contactPerson.name, exact: true }).fill('លោកស្រី ដារា');
    await form.getByRole('textbox', { name: km.contactPerson.role, exact: true }).fill('ប្រធានធនធានមនុស្ស');
    await expectAccessible(page, 'employer form');
    await form.getByRole('button', { name: text.km.common.save }).click();
    await page.getByText('លោកស្រី ដារា, ប្រធានធនធានមនុស្ស').waitFor();
    await expectAccessible(page, 'employer page');
    expect(await page.getByTestId('nav-jobSettings').count()).toBe(0);
    await context.close();

    const adminContext = await suite.context({ lang: 'km', width: 1280, height: 900 });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, suite.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    await adminPage.getByTestId('nav-jobSettings').click();
    await adminPage.getByTestId('minimum-wages').waitFor();
    await expectAccessible(adminPage, 'job settings');
    await shot(adminPage, 'jobs-settings');
    await adminContext.close();
  }, 240_000);
});
