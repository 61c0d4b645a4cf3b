import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TCentre } from '../src/shared/contracts/centres';
import { field, signIn, text } from './support/app';
import { browserAvailable } from './support/browser';
import { screenshotDir } from './support/paths';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';
import { useSuite } from './support/suite';

const en = text.en;

async function openPstEditor(page: Page) {
  await page.getByRole('button', { name: en.centres.editLabel.replace('{{code}}', 'PST') }).click();
  return page.getByRole('dialog', { name: en.centres.editTitle.replace('{{code}}', 'PST') });
}

const pst = (page: Page) =>
  page.evaluate(async () => {
    const body = (await (await fetch('/api/centres')).json()) as { items: TCentre[] };
    return body.items.find((c) => c.code === 'PST')!;
  });

describe.skipIf(!browserAvailable())('two people edit the same centre', () => {
  const suite = useSuite();

  it('shows what the other person saved and lets the second one keep or drop their edit', async () => {
    const context = await suite.context({ lang: 'en' });
    const first = await context.newPage();
    await signIn(first, suite.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    // A second tab of the same browser: same session, its own copy of the screen.
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(`${suite.url}/admin/centres`);
      await page.getByTestId('centre-row-PST').waitFor();
    }

    // Round 1: different fields. The second save is refused, then kept on top of the first.
    const firstDialog = await openPstEditor(first);
    const secondDialog = await openPstEditor(second);
    await field(firstDialog, en.centres.fields.phone).fill('012 345 678');
    await firstDialog.getByRole('button', { name: en.common.save }).click();
    await firstDialog.waitFor({ state: 'detached' });

    await field(secondDialog, en.centres.fields.address).fill('Phum Peal Nhek 2, Pursat');
    await secondDialog.getByRole('button', { name: en.common.save }).click();
    const conflict = secondDialog.getByRole('alert').filter({ hasText: en.conflict.title });
    await conflict.waitFor();
    const table = await conflict.getByRole('table').textContent();
    expect(table).toContain(en.centres.fields.address);
    expect(table).toContain('Phum Peal Nhek 2, Pursat');
    // The phone the other person saved is not something this person changed, so it is not offered as a clash.
    expect(table).not.toContain(en.centres.fields.phone);
    await second.screenshot({ path: path.join(screenshotDir, 'conflict-different-fields-en.png') });
    await conflict.getByRole('button', { name: en.conflict.keepMine }).click();
    await secondDialog.waitFor({ state: 'detached' });
    const merged = await pst(second);
    expect(merged.phone).toBe('012 345 678');
    expect(merged.address).toBe('Phum Peal Nhek 2, Pursat');

    // Round 2: the same field. The second person sees both values and takes the saved one.
    await first.reload();
    await second.reload();
    const a = await openPstEditor(first);
    const b = await openPstEditor(second);
    await field(a, en.centres.fields.nameEn).fill('Pursat MRC (provincial hall)');
    await a.getByRole('button', { name: en.common.save }).click();
    await a.waitFor({ state: 'detached' });
    await field(b, en.centres.fields.nameEn).fill('Pursat Resource Centre');
    await b.getByRole('button', { name: en.common.save }).click();
    const clash = b.getByRole('alert').filter({ hasText: en.conflict.title });
    await clash.waitFor();
    const row = clash.getByRole('row').filter({ hasText: en.centres.fields.nameEn });
    expect(await row.textContent()).toContain('Pursat MRC (provincial hall)');
    expect(await row.textContent()).toContain('Pursat Resource Centre');
    await second.screenshot({ path: path.join(screenshotDir, 'conflict-same-field-en.png') });
    await clash.getByRole('button', { name: en.conflict.loadTheirs }).click();
    await clash.waitFor({ state: 'detached' });
    expect(await field(b, en.centres.fields.nameEn).inputValue()).toBe('Pursat MRC (provincial hall)');
    expect((await pst(second)).nameEn).toBe('Pursat MRC (provincial hall)');
    // The form now holds their version: the next save builds on it and goes through.
    await field(b, en.centres.fields.phone).fill('012 999 888');
    await b.getByRole('button', { name: en.common.save }).click();
    await b.waitFor({ state: 'detached' });
    expect(await pst(second)).toMatchObject({ nameEn: 'Pursat MRC (provincial hall)', phone: '012 999 888' });

    await context.close();
  });
});
