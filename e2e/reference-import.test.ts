import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { field, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { screenshotDir, sharedData } from './support/paths';
import { useSuite } from './support/suite';

const km = text.km;
const DISTRICTS = path.join(sharedData, 'gazetteer/cambodia_districts_pumi.csv');

describe.skipIf(!browserAvailable())('reference data import', () => {
  const suite = useSuite();

  it('uploads the district gazetteer, follows its progress to success, then finds and browses the new places', async () => {
    const page = await suite.adminPage({ lang: 'km' });
    await page.goto(`${suite.url}/admin/reference`);
    await page.getByRole('tab', { name: km.reference.tabs.import }).click();
    await page.locator('input[type="file"]').setInputFiles(DISTRICTS);
    await page.getByRole('button', { name: km.reference.import.start }).click();

    const progress = page.locator('[data-testid="import-progress"][data-status="succeeded"]');
    await progress.waitFor({ timeout: 60_000 });
    await progress.getByText(km.reference.import.succeeded).waitFor();
    expect(await progress.textContent()).toContain('cambodia_districts_pumi.csv');
    await page
      .getByTestId('import-history-row')
      .first()
      .getByText(km.reference.import.status.succeeded)
      .waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'import-succeeded-km.png'), fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // A Latin search finds the district and shows where it is, in Khmer.
    await page.getByRole('tab', { name: km.reference.tabs.places }).click();
    await field(page, km.reference.places.search).fill('Bakan');
    const result = page.getByTestId('place-result').filter({ hasText: 'បាកាន' });
    await result.waitFor();
    expect(await result.textContent()).toContain('ពោធិ៍សាត់');

    // Browsing from the root reaches Pursat's districts.
    await field(page, km.reference.places.search).fill('');
    await page.getByRole('button', { name: km.reference.places.open.replace('{{name}}', 'ពោធិ៍សាត់') }).click();
    await page.getByTestId('place-child').filter({ hasText: 'បាកាន' }).waitFor();
    expect(await page.getByTestId('place-child').count()).toBe(7);
    await page.screenshot({ path: path.join(screenshotDir, 'places-browse-km.png'), fullPage: true });

    await page.context().close();
  });
});
