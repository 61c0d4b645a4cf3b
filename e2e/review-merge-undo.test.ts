import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const en = text.en;
const MANAGER = { email: 'manager@pst.test', name: 'Chan Sophal', password: 'manager-pass-2026' };

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

const sourceIds = async (page: Page) =>
  (await page.getByTestId('source-record').allTextContents()).map((t) => t.trim());

describe.skipIf(!browserAvailable())('duplicate review: merge and undo', () => {
  const suite = useSuite();

  it('a centre manager compares a pair side by side, merges it, follows the merged record to the survivor, and undoes the merge', async () => {
    const started = Date.now();
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    await createStaff(admin, { ...MANAGER, role: 'centre_manager', centreIds: [pst] });
    // The same woman twice: registered at the centre, then again at a job fair with another spelling and her
    // phone written the international way. The second registration went ahead, so the pair awaits review.
    const year = new Date().getFullYear();
    const older = await registerWorker(admin, {
      centreId: pst,
      familyNameKm: 'ហេង',
      givenNameKm: 'ផល្លា',
      familyNameLatin: 'Heng',
      givenNameLatin: 'Phalla',
      sex: 'female',
      birthYear: 1990,
      phones: ['097 123 4567'],
      addressCode: '15',
      registeredOn: `${year}-01-05`,
      consents: [{ kind: 'data_processing', granted: true }],
    });
    const newer = await registerWorker(admin, {
      centreId: pst,
      familyNameLatin: 'Heng',
      givenNameLatin: 'Phala',
      sex: 'female',
      birthYear: 1990,
      phones: ['+855 97 123 4567'],
      registrationChannel: 'job_fair',
      acknowledgedDuplicates: true,
    });

    const queue = await admin.get<{ items: { regNoA: string; regNoB: string }[] }>('/api/dedup/review');
    expect(queue.items.map((p) => [p.regNoA, p.regNoB].sort().join(' '))).toEqual([
      [older.regNo, newer.regNo].sort().join(' '),
    ]);

    const context = await suite.context({ lang: 'en', width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page, suite.url, MANAGER.email, MANAGER.password);
    await page.getByTestId('nav-duplicates').click();
    const row = page
      .getByTestId('review-pair')
      .filter({ hasText: older.regNo })
      .filter({ hasText: newer.regNo });
    await row.waitFor();
    await expectAccessible(page, 'review queue');
    await shot(page, 'review-queue-en-desktop');
    await row.getByRole('link', { name: en.dedup.compare }).click();

    // Side by side: the phone agrees however it was written; names agree despite the spelling.
    await page.getByRole('heading', { name: en.dedup.pair.title }).waitFor();
    await expect.poll(() => page.getByTestId('compare-phones').getAttribute('data-outcome')).toBe('agree');
    expect(await page.getByTestId('compare-name').getAttribute('data-outcome')).not.toBe('disagree');
    expect(await page.getByTestId('compare-phones').textContent()).toContain('097 123 4567');
    await expectAccessible(page, 'pair side by side');
    await shot(page, 'pair-en-desktop');
    await expectNoSidewaysScroll(page, 'pair');

    // Same person: the older registration stays (the default choice), after a confirmation.
    expect(await page.getByRole('radio', { name: new RegExp(`^${older.regNo}`) }).isChecked()).toBe(true);
    await page.getByRole('button', { name: en.dedup.pair.same }).click();
    await page
      .getByRole('dialog', { name: en.dedup.pair.confirmTitle })
      .getByRole('button', { name: en.dedup.pair.same })
      .click();
    const done = page.getByTestId('merge-done');
    await done.waitFor();
    await expect.poll(() => page.getByTestId('pair-status').getAttribute('data-status')).toBe('same');
    await shot(page, 'pair-merged-en-desktop');

    // The merged record says where it went, and links there.
    await done
      .getByRole('link', { name: en.dedup.pair.openMerged.replace('{{regNo}}', newer.regNo) })
      .click();
    await page.getByTestId('worker-regno').getByText(newer.regNo).waitFor();
    await page.getByTestId('merged-notice').waitFor();
    expect(await page.getByTestId('worker-status').getAttribute('data-status')).toBe('merged');
    // Merged records are read-only: no edit button.
    expect(await page.getByRole('button', { name: en.common.edit }).count()).toBe(0);
    const survivorLink = page.getByTestId('survivor-link');
    await expect.poll(() => survivorLink.textContent()).toContain(older.regNo);
    await expectAccessible(page, 'merged profile');
    await shot(page, 'profile-merged-en-desktop');
    await survivorLink.click();

    // The survivor holds both source records, and its history tells of the merge.
    await page.getByTestId('worker-regno').getByText(older.regNo).waitFor();
    await expect.poll(() => page.getByTestId('source-record').count()).toBe(2);
    const both = await sourceIds(page);
    expect(both.some((s) => s.includes(older.regNo))).toBe(true);
    expect(both.some((s) => s.includes(newer.regNo))).toBe(true);
    await page.locator('[data-testid="timeline-entry"][data-kind="merged"]').waitFor();
    await shot(page, 'profile-survivor-en-desktop');

    // Undo, from the queue's "Same person" tab.
    await page.getByTestId('nav-duplicates').click();
    await page.getByTestId('queue-tab-same').click();
    await page.getByTestId('review-pair').filter({ hasText: newer.regNo }).getByRole('link').last().click();
    await page.getByTestId('merge-done').getByRole('button', { name: en.dedup.undo }).click();
    await page.getByTestId('merge-done').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('pair-status').getAttribute('data-status')).toBe('review');
    const statuses = await page
      .getByTestId('worker-status')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(['active', 'active']);
    await shot(page, 'pair-undone-en-desktop');

    // Both records stand alone again, each with its own source record.
    await page.goto(`${suite.url}/workers/${older.id}`);
    await page.getByTestId('worker-regno').getByText(older.regNo).waitFor();
    await expect.poll(() => page.getByTestId('source-record').count()).toBe(1);
    await page.goto(`${suite.url}/workers/${newer.id}`);
    await page.getByTestId('worker-regno').getByText(newer.regNo).waitFor();
    expect(await page.getByTestId('worker-status').getAttribute('data-status')).toBe('active');
    expect(await page.getByTestId('merged-notice').count()).toBe(0);
    expect(await sourceIds(page)).toEqual([expect.stringContaining(newer.regNo)]);
    await page.locator('[data-testid="timeline-entry"][data-kind="unmerged"]').waitFor();

    await context.close();
    console.info(`[e2e] review merge and undo: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
