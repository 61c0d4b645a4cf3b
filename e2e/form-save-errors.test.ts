import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { field, text } from './support/app';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, pickStarting, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const { en } = text;

/** The message shown under an input, as a screen reader announces it: the text its aria-describedby points to. */
async function messageUnder(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

describe.skipIf(!browserAvailable())('saving a form: errors where people look, conflicts resolved', () => {
  const suite = useSuite();

  it('a new vacancy asks for its employer first, and a number limit is worded as a number', async () => {
    const admin = await apiSession(suite.url);
    await admin.post('/api/employers', { nameLatin: 'Tonle Sap Garments', provinceCode: '15' });
    const page = await suite.adminPage({ lang: 'en' });
    await page.goto(`${suite.url}/vacancies`);
    await page.getByRole('button', { name: en.jobs.vacancies.new }).click();
    const dialog = page.getByRole('dialog', { name: en.jobs.vacancies.new });
    await field(dialog, en.jobs.fields.title).fill('Sewing machine operator');
    await dialog.getByRole('button', { name: en.common.save }).click();

    const employer = dialog.getByRole('combobox', { name: en.jobs.fields.employer, exact: true });
    await expect.poll(() => messageUnder(employer)).toContain(en.jobs.issues.employerRequired);
    expect(await dialog.textContent()).not.toContain(en.errors.INTERNAL);

    // The server's own check: more positions filled than offered is a number, not a text length.
    await pickStarting(page, en.jobs.fields.employer, 'Tonle Sap Garments', 'Tonle');
    await field(dialog, en.jobs.fields.positionsFilled).fill('2');
    await dialog.getByRole('button', { name: en.common.save }).click();
    const filled = field(dialog, en.jobs.fields.positionsFilled);
    await expect.poll(() => messageUnder(filled)).toBe('Must be at most 1.');
    await filled.scrollIntoViewIfNeeded();
    await shot(page, 'vacancy-form-errors-en');

    await filled.fill('0');
    await dialog.getByRole('button', { name: en.common.save }).click();
    await page.waitForURL(/\/vacancies\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').at(-1)!;
    const saved = await admin.get<{ title: string; employerName: string }>(`/api/vacancies/${id}`);
    expect(saved.title).toBe('Sewing machine operator');
    expect(saved.employerName).toContain('Tonle Sap Garments');
  });

  it('a legal case shows the server’s objections to amounts and the respondent under their inputs', async () => {
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    const worker = await registerWorker(admin, {
      centreId: pst,
      familyNameLatin: 'Nget',
      givenNameLatin: 'Sokunthea',
      sex: 'female',
      birthYear: 1990,
      consents: [{ kind: 'data_processing', granted: true }],
    });
    const opened = await admin.post<{ id: string }>('/api/legal-cases', {
      workerId: worker.id,
      claimType: 'unpaid_wages',
      respondent: { kind: 'employer', name: 'Rayong Construction', country: 'TH' },
    });
    expect(opened.status).toBe(201);
    const page = await suite.adminPage({ lang: 'en' });
    await page.goto(`${suite.url}/legal-cases/${opened.body.id}`);
    const form = page.getByTestId('legal-case-form');
    const l = en.legal;

    // Limits only the server knows: an amount above a trillion, a note longer than 4,000 characters.
    await form.getByRole('button', { name: l.amounts.add }).click();
    const amounts = form.getByTestId('legal-amounts');
    const amount = amounts.getByRole('textbox', { name: l.amounts.amount, exact: true });
    const note = field(amounts, l.amounts.note);
    await amount.fill('2000000000000');
    await note.fill('x'.repeat(4001));
    await form.getByRole('button', { name: en.common.save }).click();
    await expect.poll(() => messageUnder(amount)).toBe('Must be at most 1,000,000,000,000.');
    await expect.poll(() => messageUnder(note)).toBe('Must be at most 4,000 characters long.');

    await amount.fill('45000');
    await note.fill('Wages for October');
    await form.getByRole('button', { name: en.common.save }).click();
    await page.getByText(l.page.saved).waitFor();
    const stored = await admin.get<{ amounts: { amount: number; note: string }[] }>(
      `/api/legal-cases/${opened.body.id}`,
    );
    expect(stored.amounts).toMatchObject([{ amount: 45000, note: 'Wages for October' }]);

    // The respondent is one object in the request and three inputs on the form; a field with no input at all
    // is listed in the alert rather than dropped.
    await page.route(/\/api\/legal-cases\/[0-9a-f-]{36}$/, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'VALIDATION_FAILED',
                message: 'Some fields are not valid',
                details: [
                  {
                    field: 'respondent.name',
                    issue: 'too_big',
                    origin: 'string',
                    maximum: 200,
                    message: '',
                  },
                  { field: 'closedOn', issue: 'invalid_format', message: '' },
                ],
              },
            }),
          })
        : route.continue(),
    );
    const name = field(form, l.fields.respondentName);
    await name.fill('Rayong Construction Co., Ltd.');
    await form.getByRole('button', { name: en.common.save }).click();
    await expect.poll(() => messageUnder(name)).toBe('Must be at most 200 characters long.');
    const alert = form.getByRole('alert').filter({ hasText: en.errors.title });
    await expect.poll(() => alert.textContent()).toContain(en.issues.invalid_format);
    await shot(page, 'legal-case-field-errors-en');
    await page.unroute(/\/api\/legal-cases\/[0-9a-f-]{36}$/);
  });
});
