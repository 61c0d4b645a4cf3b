import { describe, expect, it } from 'vitest';
import { text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const km = text.km;

describe.skipIf(!browserAvailable())('transferring a returnee to another centre', () => {
  const suite = useSuite();

  it('moves a returnee who changed province to that province’s centre after a confirmation, in Khmer', async () => {
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    const omc = await centreId(admin, 'OMC');
    const worker = await registerWorker(admin, {
      centreId: pst,
      familyNameKm: 'សុខ',
      givenNameKm: 'ពិសី',
      familyNameLatin: 'Sok',
      givenNameLatin: 'Pisey',
      sex: 'female',
      birthYear: 1993,
      addressCode: '22',
      consents: [{ kind: 'data_processing', granted: true }],
    });
    const page = await suite.adminPage({ lang: 'km' });
    await page.goto(`${suite.url}/workers/${worker.id}`);
    await page.getByTestId('worker-transfer').click();
    const dialog = page.getByRole('dialog', { name: km.workers.transfer.title });
    await dialog.waitFor();
    // Nothing moves until a centre is chosen.
    expect(await dialog.getByRole('button', { name: km.workers.transfer.confirm }).isDisabled()).toBe(true);
    await dialog.getByRole('combobox', { name: km.workers.transfer.centre, exact: true }).click();
    await page.getByRole('option', { name: /\(OMC\)$/ }).click();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await shot(page, 'worker-transfer-km-desktop');
    await dialog.getByRole('button', { name: km.workers.transfer.confirm }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = await admin.get<{ centreId: string; version: number }>(`/api/workers/${worker.id}`);
    expect(saved).toMatchObject({ centreId: omc, version: worker.version + 1 });
    await page.context().close();
  });
});
