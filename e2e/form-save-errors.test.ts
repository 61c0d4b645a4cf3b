import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreToday } from '../src/shared/centre-date';
import { field, signIn, text } from './support/app';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, pickStarting, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const { en } = text;
const COUNSELLOR = { email: 'sophal@pst.test', name: 'Chhim Sophal', password: 'counsellor-2026' };

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

  it('a contact saves after the user loads the version someone else saved', async () => {
    const admin = await apiSession(suite.url);
    const pst = await centreId(admin, 'PST');
    await createStaff(admin, { ...COUNSELLOR, role: 'counsellor', centreIds: [pst] });
    const api = await apiSession(suite.url, COUNSELLOR.email, COUNSELLOR.password);
    const worker = await registerWorker(api, {
      familyNameLatin: 'Yim',
      givenNameLatin: 'Dara',
      sex: 'male',
      birthYear: 1988,
      consents: [{ kind: 'data_processing', granted: true }],
    });
    const created = await api.post<{ id: string }>(`/api/workers/${worker.id}/contacts`, {
      contactDate: centreToday(),
      channel: 'walk_in',
      services: ['counselling'],
      notes: 'Asked about construction jobs',
    });
    expect(created.status).toBe(201);

    const context = await suite.context({ lang: 'en' });
    const page = await context.newPage();
    await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
    await page.goto(`${suite.url}/workers/${worker.id}`);
    const contacts = page.getByTestId('section-contacts');
    await contacts.getByRole('button', { name: en.common.edit }).click();
    const dialog = page.getByRole('dialog', { name: en.cases.contacts.edit });
    const notes = field(dialog, en.cases.contacts.notes);
    await expect.poll(() => notes.inputValue()).toBe('Asked about construction jobs');

    // Someone else corrects the note while the dialog is open.
    const patched = await api.patch(`/api/contacts/${created.body.id}`, {
      version: 1,
      notes: 'Asked about construction or farm jobs',
    });
    expect(patched.status).toBe(200);
    await notes.fill('Asked about factory jobs');
    await dialog.getByRole('button', { name: en.cases.contacts.save }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: en.conflict.title });
    await conflict.getByRole('button', { name: en.conflict.loadTheirs }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await notes.inputValue()).toBe('Asked about construction or farm jobs');

    // Their version loaded, the next save builds on it and goes through.
    await field(dialog, en.cases.contacts.duration).fill('45');
    await dialog.getByRole('button', { name: en.cases.contacts.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    const { items } = await api.get<{
      items: { notes: string; durationMinutes: number; version: number }[];
    }>(`/api/workers/${worker.id}/contacts`);
    expect(items).toMatchObject([
      { notes: 'Asked about construction or farm jobs', durationMinutes: 45, version: 3 },
    ]);
    await context.close();
  });
});
