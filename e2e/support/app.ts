import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import en from '../../src/web/i18n/en.json';
import km from '../../src/web/i18n/km.json';

/** The screens' own translation files, so tests find controls by the words users see. */
export const text = { en, km } as const;
export type Lang = keyof typeof text;

export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await page
    .locator('label', { hasText: new RegExp(`^${text[lang].language[lang]}$`) })
    .first()
    .click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const lang: Lang = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'km';
  const t = text[lang];
  await field(page, t.auth.email).fill(email);
  await field(page, t.auth.password).fill(password);
  await page.getByRole('button', { name: t.auth.signIn }).click();
  await page.getByTestId('user-menu').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL((u) => u.pathname === '/sign-in');
}

/** A text or password input by its label (the required-field asterisk is hidden from the accessible name). */
export const field = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('textbox', { name: label, exact: true });

/** Picks an option in a Mantine Select or MultiSelect found by its label. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** No element pushes the page wider than the window (tables scroll inside their own box instead). */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, `${where} scrolls sideways`).toBeLessThanOrEqual(width + 1);
}
