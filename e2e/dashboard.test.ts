import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const { km, en } = text;
const VIEWER = { email: 'chanthy.viewer@mlvt.test', name: 'Ly Chanthy', password: 'national-viewer-2026' };

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).textContent();

describe.skipIf(!browserAvailable())('headline dashboard', () => {
  const suite = useSuite();

  it('a national viewer reads the figures by sex and province on a phone, in Khmer and English', async () => {
    // Three returnees registered today: two women of Pursat at its centre, one man of Oddar Meanchey at his;
    // one of the women has had a counselling contact.
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    const omc = await centreId(admin, 'OMC');
    await createStaff(admin, { ...VIEWER, role: 'viewer', centreIds: [] });
    const person = (centre: string, given: string, sex: string, addressCode: string) =>
      registerWorker(admin, {
        centreId: centre,
        familyNameLatin: 'Heng',
        givenNameLatin: given,
        sex,
        birthYear: 1990,
        addressCode,
        registrationChannel: 'walk_in',
        consents: [{ kind: 'data_processing', granted: true }],
        acknowledgedDuplicates: true,
      });
    const sophea = await person(pst, 'Sophea', 'female', '15');
    await person(pst, 'Bopha', 'female', '15');
    await person(omc, 'Vuthy', 'male', '22');
    const contact = await admin.post(`/api/workers/${sophea.id}/contacts`, {
      contactDate: sophea.registeredOn,
      channel: 'walk_in',
      services: ['counselling'],
    });
    expect(contact.status).toBe(201);

    const context = await suite.context({ lang: 'km', width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, suite.url, VIEWER.email, VIEWER.password);
    await page.goto(`${suite.url}/dashboard`);
    await page.getByRole('heading', { name: km.dashboard.title }).waitFor();
    await expect.poll(() => figure(page, 'registered')).toBe('3');
    expect(await figure(page, 'served')).toBe('1');
    expect(await figure(page, 'placed')).toBe('0');
    await expect.poll(() => page.getByText(km.dashboard.scopeNational).count()).toBe(1);
    const table = page.getByRole('table');
    const pursat = table.getByRole('row', { name: /ពោធិ៍សាត់/ });
    await expect.poll(() => pursat.textContent()).toContain('ស្រី 2 · ប្រុស 0');
    await expectNoSidewaysScroll(page, 'dashboard on a phone');
    await expectAccessible(page, 'dashboard in Khmer on a phone');
    await shot(page, 'dashboard-km-phone');

    // The viewer looks at one centre: Oddar Meanchey's man only.
    await page.getByRole('combobox', { name: km.dashboard.centre }).click();
    await page.getByRole('option', { name: /ឧត្តរមានជ័យ/ }).click();
    await expect.poll(() => figure(page, 'registered')).toBe('1');
    expect(await figure(page, 'served')).toBe('0');
    await expect.poll(() => page.getByText(km.dashboard.scopeCentres).count()).toBe(1);

    const english = await suite.context({ lang: 'en' });
    const desktop = await english.newPage();
    await signIn(desktop, suite.url, VIEWER.email, VIEWER.password);
    await desktop.goto(`${suite.url}/dashboard`);
    await desktop.getByRole('heading', { name: en.dashboard.title }).waitFor();
    await expect.poll(() => figure(desktop, 'registered')).toBe('3');
    const row = desktop.getByRole('row', { name: /Oddar Meanchey/ });
    await expect.poll(() => row.textContent()).toContain('F 0 · M 1');
    // Figures only: no name of a registered person appears anywhere on the page.
    expect(await desktop.locator('body').textContent()).not.toMatch(/Sophea|Bopha|Vuthy|Heng/);
    await expectAccessible(desktop, 'dashboard in English');
    await context.close();
    await english.close();
  });
});
