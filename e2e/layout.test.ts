import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, type Lang, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { screenshotDir } from './support/paths';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';
import { useSuite } from './support/suite';

const PAGES = [
  { path: '/', name: 'home' },
  { path: '/admin/users', name: 'users' },
  { path: '/admin/centres', name: 'centres' },
  { path: '/admin/reference', name: 'reference' },
  { path: '/audit', name: 'audit' },
  { path: '/account', name: 'account' },
] as const;

const SIZES = [
  { label: 'phone', width: 360, height: 740 },
  { label: 'desktop', width: 1280, height: 860 },
] as const;

describe.skipIf(!browserAvailable())('every screen fits phones and desktops, in Khmer and English', () => {
  const suite = useSuite();

  for (const lang of ['km', 'en'] as Lang[]) {
    for (const size of SIZES) {
      it(`${lang} at ${size.width}px`, async () => {
        const context = await suite.context({ lang, width: size.width, height: size.height });
        const page = await context.newPage();
        const shot = (name: string) =>
          page.screenshot({
            path: path.join(screenshotDir, `${name}-${lang}-${size.label}.png`),
            fullPage: true,
          });

        await page.goto(`${suite.url}/sign-in`);
        await page.getByRole('heading', { name: text[lang].auth.signInTitle }).waitFor();
        await shot('sign-in');
        await expectNoSidewaysScroll(page, `sign-in (${lang}, ${size.width}px)`);
        await signIn(page, suite.url, ADMIN_EMAIL, ADMIN_PASSWORD);

        for (const { path: url, name } of PAGES) {
          await page.goto(`${suite.url}${url}`);
          await page.locator('h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await shot(name);
          await expectNoSidewaysScroll(page, `${name} (${lang}, ${size.width}px)`);
          // axe once per language is enough; layout does not change which rules apply.
          if (size.label === 'desktop') {
            const violations = await seriousViolations(page);
            expect(violations, `${name} (${lang}): ${describeViolations(violations)}`).toEqual([]);
          }
        }

        if (size.label === 'desktop') {
          await page.goto(`${suite.url}/admin/reference`);
          for (const tab of ['occupations', 'sectors', 'import'] as const) {
            await page.getByRole('tab', { name: text[lang].reference.tabs[tab] }).click();
            await page.getByRole('tabpanel').locator('table').first().waitFor();
            await page.waitForLoadState('networkidle');
            await shot(`reference-${tab}`);
            await expectNoSidewaysScroll(page, `reference ${tab} (${lang})`);
          }
        }

        if (size.label === 'phone') {
          await page.getByRole('button', { name: text[lang].header.openMenu }).click();
          await page.getByTestId('nav-users').waitFor({ state: 'visible' });
          await shot('nav-open');
          await page.getByTestId('nav-users').click();
          await page.getByRole('heading', { name: text[lang].users.title, level: 1 }).waitFor();
        } else {
          await page.goto(`${suite.url}/admin/users`);
        }
        await page.getByRole('button', { name: text[lang].users.new }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: text[lang].users.create }).click();
        await page.getByText(text[lang].issues.required).first().waitFor();
        await shot('user-create-errors');
        await expectNoSidewaysScroll(page, `user dialog (${lang}, ${size.width}px)`);
        await context.close();
      });
    }
  }
});
