import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, expectNoSidewaysScroll, field, pick, signIn, signOut, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable, launchBrowser } from './support/browser';
import { screenshotDir } from './support/paths';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from './support/server';
import { ensureWebBuild } from './support/web-build';

const km = text.km;
const en = text.en;
const COUNSELLOR = { name: 'Sok Dara', email: 'dara.sok@e2e.test', password: 'counsellor-pass-2026' };

describe.skipIf(!browserAvailable())(
  'an administrator sets up a counsellor, who sees only their screens',
  () => {
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      ensureWebBuild();
      mkdirSync(screenshotDir, { recursive: true });
      [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('signs in, switches language, creates a Pursat counsellor, and the counsellor is kept out of admin screens', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();

      // Khmer is the default, before anyone has signed in.
      await page.goto(`${server.url}/admin/users`);
      await page.waitForURL((u) => u.pathname === '/sign-in');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
      await page.getByRole('heading', { name: km.auth.signInTitle }).waitFor();
      const signInViolations = await seriousViolations(page);
      expect(signInViolations, describeViolations(signInViolations)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, 'main-sign-in-km.png') });

      // The admin prefers English to sign in, then switches the signed-in app to Khmer.
      await chooseLanguage(page, 'en');
      await signIn(page, server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page
        .getByRole('heading', { name: en.home.welcome.replace('{{name}}', 'Administrator') })
        .waitFor();
      await chooseLanguage(page, 'km');
      await page.getByTestId('nav-users').getByText(km.nav.users).waitFor();
      await page
        .getByRole('heading', { name: km.home.welcome.replace('{{name}}', 'Administrator') })
        .waitFor();

      // The language is remembered across a reload.
      await page.reload();
      await page.getByTestId('nav-users').getByText(km.nav.users).waitFor();

      await page.getByTestId('nav-users').click();
      await page.getByRole('heading', { name: km.users.title, level: 1 }).waitFor();
      await page.getByRole('button', { name: km.users.new }).click();
      const dialog = page.getByRole('dialog', { name: km.users.createTitle });
      await field(dialog, km.users.fields.name).fill(COUNSELLOR.name);
      await field(dialog, km.users.fields.email).fill(COUNSELLOR.email);
      await field(dialog, km.users.fields.password).fill('short');
      await pick(page, km.users.fields.role, km.roles.counsellor);
      // Client checks come first, in Khmer: too short a password and no centre for a centre role.
      await dialog.getByRole('button', { name: km.users.create }).click();
      await dialog.getByText(km.issues.passwordTooShort.replace('{{minimum}}', '10')).waitFor();
      await dialog.getByText(km.issues.centre_required).waitFor();
      await field(dialog, km.users.fields.password).fill(COUNSELLOR.password);
      await pick(page, km.users.fields.centres, 'មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ពោធិ៍សាត់ (PST)');
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: km.users.create }).click();
      await dialog.waitFor({ state: 'detached' });

      const row = page.getByTestId('user-row').filter({ hasText: COUNSELLOR.email });
      await expect.poll(() => row.textContent()).toContain(km.roles.counsellor);
      expect(await row.textContent()).toContain('PST');
      const usersViolations = await seriousViolations(page);
      expect(usersViolations, describeViolations(usersViolations)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, 'main-users-km.png'), fullPage: true });
      await expectNoSidewaysScroll(page, 'users page');

      await signOut(page);

      // The counsellor signs in (the language choice stays Khmer in this browser).
      await signIn(page, server.url, COUNSELLOR.email, COUNSELLOR.password);
      await page.getByTestId('home-role').getByText(km.roles.counsellor).waitFor();
      await page.getByText('មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ពោធិ៍សាត់').first().waitFor();
      for (const module of ['users', 'centres', 'reference', 'audit']) {
        expect(await page.getByTestId(`nav-${module}`).count(), `nav link to ${module}`).toBe(0);
      }
      expect(await page.getByTestId('nav-account').count()).toBe(1);
      await page.screenshot({
        path: path.join(screenshotDir, 'main-counsellor-home-km.png'),
        fullPage: true,
      });

      for (const url of ['/admin/users', '/admin/centres', '/admin/reference', '/audit']) {
        await page.goto(`${server.url}${url}`);
        await page.getByTestId('no-access').getByRole('heading', { name: km.noAccess.title }).waitFor();
      }
      await page.screenshot({ path: path.join(screenshotDir, 'main-counsellor-no-access-km.png') });

      // The server refuses too, whatever the screens show.
      const status = await page.evaluate(async () => (await fetch('/api/users')).status);
      expect(status).toBe(403);

      await context.close();
    });
  },
);
