import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, field, type Lang, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { screenshotDir } from './support/paths';
import { useSuite } from './support/suite';

/**
 * A job-fair list in its own layout, not the template's: "Reg No" and "Born" match no template heading, so they
 * must be chosen on the mapping screen. JF-002 is JF-001 again (spelling variant, phone in another form);
 * JF-004 lives in Phnom Penh, which has no centre, so it needs the default centre; JF-005's phone is unreadable.
 */
const LIST = [
  'Reg No,Name,Gender,Mobile,Province,Born',
  'JF-001,Chan Sokha,F,012 345 678,15,12/03/1994',
  'JF-002,Chan Sokhar,female,+85512345678,15,1994-03-12',
  'JF-003,Sok Dara,M,097 123 4567,22,1991-07-02',
  'JF-004,Meas Vanna,M,088 955 5111,12,1988-11-20',
  'JF-005,Heng Pov,F,not known,15,1999-01-05',
].join('\n');
const dir = mkdtempSync(path.join(os.tmpdir(), 'homeward-e2e-imports-'));
const LIST_FILE = path.join(dir, 'jobfair-pursat.csv');
writeFileSync(LIST_FILE, `${LIST}\n`);
const SOURCE = 'jobfair-2026-03-pursat';
/** A list in which no row names anybody: the server refuses it as a whole. */
const NAMELESS_FILE = path.join(dir, 'nameless.csv');
writeFileSync(NAMELESS_FILE, 'Reg No,Gender\nX-1,M\nX-2,F\n');

/** A full-page picture from the top, with nothing focused, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Opens a template column's list on the mapping screen and picks one of the file's columns. */
async function mapColumn(page: Page, lang: Lang, column: 'source_id' | 'date_of_birth', header: string) {
  await page.getByRole('combobox', { name: text[lang].imports.columns[column].label, exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${header}\\b`) }).click();
}

/** Step one: the file, the source name and (for national users) the default centre, then the preview. */
async function chooseFile(page: Page, lang: Lang) {
  const t = text[lang].imports;
  await page.locator('input[type="file"]').setInputFiles(LIST_FILE);
  await field(page, t.source.label).fill(SOURCE);
  await page.getByRole('combobox', { name: t.centre.label, exact: true }).click();
  await page.getByRole('option', { name: /^PST/ }).click();
  await page.getByRole('button', { name: t.next }).click();
  await page.getByRole('heading', { name: t.mapping.title }).waitFor();
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

describe.skipIf(!browserAvailable())('registry import', () => {
  const suite = useSuite();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps a job-fair list, imports it with one duplicate linked and one row rejected, and hands back the rejects', async () => {
    const km = text.km.imports;
    const page = await suite.adminPage({ lang: 'km' });
    await page.getByTestId('nav-imports').click();
    await page.getByRole('heading', { name: km.title, level: 1 }).waitFor();

    // The template downloads with the session and starts with the required column.
    const template = await page.request.get(`${suite.url}/api/imports/workers/template.csv`);
    expect(template.ok()).toBe(true);
    expect((await template.text()).replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^source_id,full_name,/);

    // A source name with capitals and a space is refused with the rule spelled out.
    await page.locator('input[type="file"]').setInputFiles(LIST_FILE);
    await field(page, km.source.label).fill('Job Fair Pursat');
    await page.getByRole('button', { name: km.next }).click();
    await page.getByText(km.source.invalid).waitFor();

    await chooseFile(page, 'km');
    expect(await page.getByTestId('preview-column').count()).toBe(6);
    // Familiar headings were matched by the server; the row ID must be chosen before the import can start.
    await expect
      .poll(() => page.getByRole('combobox', { name: km.columns.phone.label, exact: true }).inputValue())
      .toBe('mobile');
    await page.getByRole('button', { name: km.start }).click();
    await page.getByText(km.mapping.required).waitFor();
    // The missing choice is far above the button: the screen takes the user there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-source_id');
    await mapColumn(page, 'km', 'source_id', 'reg_no');
    await mapColumn(page, 'km', 'date_of_birth', 'born');
    await expect.poll(() => page.getByTestId('unused-columns').count()).toBe(0);
    await shot(page, 'imports-mapping-km-desktop');
    await expectAccessible(page, 'mapping (km)');

    await page.getByRole('button', { name: km.start }).click();
    const progress = page.locator('[data-testid="worker-import-progress"][data-status="succeeded"]');
    await progress.waitFor({ timeout: 60_000 });
    const figure = async (name: string) =>
      (await progress.getByTestId(`figure-${name}`).locator('p').last().textContent())?.trim();
    expect(await figure('created')).toBe('3');
    expect(await figure('linked')).toBe('1');
    expect(await figure('review')).toBe('0');
    expect(await figure('rejected')).toBe('1');
    // The rejected row says why in Khmer, with the value at fault; not English marked as such.
    const reject = progress.getByTestId('worker-import-reject');
    expect(await reject.getAttribute('data-code')).toBe('REJECT_BAD_PHONE');
    const reason = reject.locator('td').last();
    expect((await reason.textContent())?.trim()).toBe(
      text.km.importProblems.REJECT_BAD_PHONE.replace('{{value}}', 'not known'),
    );
    expect(await reason.locator('[lang="en"]').count()).toBe(0);
    // The list of past imports shows the same figures once the job has finished.
    const history = page.locator('[data-testid="worker-import-row"][data-status="succeeded"]').first();
    await history.waitFor();
    expect(await history.locator('[data-figure="linked"]').textContent()).toBe('1');
    await shot(page, 'imports-done-km-desktop');
    await expectAccessible(page, 'progress (km)');

    // The rejects file names the bad row and why it was refused.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      progress.getByTestId('worker-import-rejects').click(),
    ]);
    const rejects = readFileSync((await download.path())!, 'utf8');
    expect(rejects).toContain('JF-005');
    expect(rejects).toContain('phone ""not known"" is not a phone number');
    expect(rejects).toContain('REJECT_BAD_PHONE');
    await page.context().close();
  });

  it('imports the same list again on a phone in English: every row updates, nothing is doubled', async () => {
    const en = text.en.imports;
    const page = await suite.adminPage({ lang: 'en', width: 360, height: 740 });
    await page.goto(`${suite.url}/imports`);
    await page.getByTestId('worker-import-row').first().waitFor();
    await shot(page, 'imports-start-en-phone');
    await expectNoSidewaysScroll(page, 'imports (en, 360px)');

    await chooseFile(page, 'en');
    await mapColumn(page, 'en', 'source_id', 'reg_no');
    await mapColumn(page, 'en', 'date_of_birth', 'born');
    await shot(page, 'imports-mapping-en-phone');
    await expectNoSidewaysScroll(page, 'mapping (en, 360px)');
    await page.getByRole('button', { name: en.start }).click();
    const progress = page.locator('[data-testid="worker-import-progress"][data-status="succeeded"]');
    await progress.waitFor({ timeout: 60_000 });
    const figure = async (name: string) =>
      (await progress.getByTestId(`figure-${name}`).locator('p').last().textContent())?.trim();
    expect(await figure('created')).toBe('0');
    expect(await figure('updated')).toBe('4');
    expect(await figure('rejected')).toBe('1');
    await shot(page, 'imports-done-en-phone');
    await expectNoSidewaysScroll(page, 'progress (en, 360px)');
    await expectAccessible(page, 'progress (en)');
    await page.context().close();
  });

  it('says why a list with no importable row failed', async () => {
    const en = text.en.imports;
    const page = await suite.adminPage({ lang: 'en' });
    await page.goto(`${suite.url}/imports`);
    await page.locator('input[type="file"]').setInputFiles(NAMELESS_FILE);
    await field(page, en.source.label).fill('partner-ngo-list');
    await page.getByRole('button', { name: en.next }).click();
    await mapColumn(page, 'en', 'source_id', 'reg_no');
    await page.getByRole('button', { name: en.start }).click();
    const progress = page.locator('[data-testid="worker-import-progress"][data-status="failed"]');
    await progress.waitFor({ timeout: 60_000 });
    await progress.getByText(en.progress.failed).waitFor();
    expect(await progress.textContent()).toContain('No row could be imported');
    // Said from its code in the chosen language, so not marked as a foreign phrase.
    expect(await progress.locator('[role="alert"] [lang="en"]').count()).toBe(0);
    // Every row was refused, so their reasons are there to download.
    await progress.getByTestId('worker-import-rejects').waitFor();
    await shot(page, 'imports-failed-en-desktop');
    await page.context().close();
  });

  for (const { lang, width, label } of [
    { lang: 'km', width: 360, label: 'phone' },
    { lang: 'en', width: 1280, label: 'desktop' },
  ] as const) {
    it(`shows the mapping screen and the past imports in ${lang} at ${width}px`, async () => {
      const page = await suite.adminPage({ lang, width });
      await page.goto(`${suite.url}/imports`);
      await page.getByTestId('worker-import-row').nth(1).waitFor();
      // The failed list above says why in the page's language, from its code.
      const failed = page.locator('[data-testid="worker-import-row"][data-status="failed"]').first();
      expect(await failed.textContent()).toContain(
        text[lang].importProblems.JOB_ALL_REJECTED.replace('{{rows}}', '2'),
      );
      await shot(page, `imports-start-${lang}-${label}`);
      await expectNoSidewaysScroll(page, `imports (${lang}, ${width}px)`);
      await chooseFile(page, lang);
      await shot(page, `imports-mapping-${lang}-${label}`);
      await expectNoSidewaysScroll(page, `mapping (${lang}, ${width}px)`);
      await expectAccessible(page, `mapping (${lang}, ${width}px)`);
      await page.context().close();
    });
  }
});
