import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { field, pick, signIn, signOut, text } from './support/app';
import { browserAvailable } from './support/browser';
import { screenshotDir } from './support/paths';
import { ADMIN_EMAIL } from './support/server';
import { useSuite } from './support/suite';

const en = text.en;
const km = text.km;

describe.skipIf(!browserAvailable())('accounts: tokens, password resets and sign-in refusals', () => {
  const suite = useSuite();

  it('creates an API token that is shown once, then revokes it', async () => {
    const page = await suite.adminPage({ lang: 'en' });
    await page.goto(`${suite.url}/account`);
    await page.getByRole('button', { name: en.account.tokens.new }).click();
    const dialog = page.getByRole('dialog', { name: en.account.tokens.newTitle });
    await field(dialog, en.account.tokens.name).fill('Ministry dashboard');
    await dialog.getByRole('button', { name: en.account.tokens.create }).click();
    const shown = page.getByRole('dialog', { name: en.account.tokens.createdTitle });
    const token = (await shown.getByTestId('new-token').textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThan(20);
    await shown.getByText(en.account.tokens.onceTitle).waitFor();
    await shown.getByRole('button', { name: en.account.tokens.copy }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'token-shown-once-en.png') });

    // The token works for the API, without the session cookie.
    const status = await page.evaluate(
      async (t) =>
        (await fetch('/api/auth/me', { credentials: 'omit', headers: { authorization: `Bearer ${t}` } }))
          .status,
      token,
    );
    expect(status).toBe(200);

    await shown.getByRole('button', { name: en.account.tokens.done }).click();
    const row = page.getByTestId('token-row').filter({ hasText: 'Ministry dashboard' });
    await row.waitFor();
    expect(await row.textContent()).not.toContain(token);
    await row.getByRole('button', { name: en.account.tokens.revoke }).click();
    await page
      .getByRole('dialog', { name: en.account.tokens.revokeTitle })
      .getByRole('button', { name: en.account.tokens.revoke })
      .click();
    await row.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('lets an administrator reset a password and disable an account; refusals are explained in Khmer', async () => {
    const admin = await suite.adminPage({ lang: 'en' });
    await admin.goto(`${suite.url}/admin/users`);
    await admin.getByRole('button', { name: en.users.new }).click();
    const create = admin.getByRole('dialog', { name: en.users.createTitle });
    await field(create, en.users.fields.name).fill('Chan Sreymom');
    await field(create, en.users.fields.email).fill('sreymom.chan@e2e.test');
    await field(create, en.users.fields.password).fill('first-password-123');
    await pick(admin, en.users.fields.role, en.roles.outreach_officer);
    await pick(admin, en.users.fields.centres, 'Oddar Meanchey Migrant Worker Resource Centre (OMC)');
    await admin.keyboard.press('Escape');
    await create.getByRole('button', { name: en.users.create }).click();
    await create.waitFor({ state: 'detached' });

    const row = admin.getByTestId('user-row').filter({ hasText: 'sreymom.chan@e2e.test' });
    await row.getByRole('button', { name: en.users.actionsFor.replace('{{name}}', 'Chan Sreymom') }).click();
    await admin.getByRole('menuitem', { name: en.users.resetPassword }).click();
    const reset = admin.getByRole('dialog', {
      name: en.users.resetTitle.replace('{{name}}', 'Chan Sreymom'),
    });
    await field(reset, en.users.fields.newPassword).fill('second-password-456');
    await field(reset, en.users.fields.confirmPassword).fill('second-password-456');
    await reset.getByRole('button', { name: en.users.resetPassword }).click();
    await reset.waitFor({ state: 'detached' });

    // In another browser, in Khmer: the old password is refused with a Khmer message, the new one works.
    const context = await suite.context({ lang: 'km' });
    const user = await context.newPage();
    await user.goto(`${suite.url}/sign-in`);
    await field(user, km.auth.email).fill('sreymom.chan@e2e.test');
    await field(user, km.auth.password).fill('first-password-123');
    await user.getByRole('button', { name: km.auth.signIn }).click();
    await user.getByRole('alert').getByText(km.errors.INVALID_CREDENTIALS).waitFor();
    await signIn(user, suite.url, 'sreymom.chan@e2e.test', 'second-password-456');
    await signOut(user);

    // Repeated wrong passwords: the wait before the next try is shown.
    for (let i = 0; i < 5; i++) {
      await field(user, km.auth.password).fill(`wrong-password-${i}`);
      await field(user, km.auth.email).fill('sreymom.chan@e2e.test');
      await user.getByRole('button', { name: km.auth.signIn }).click();
      await user.getByRole('alert').waitFor();
    }
    const alert = user.getByRole('alert');
    await alert.getByText(km.errors.TOO_MANY_ATTEMPTS, { exact: false }).waitFor();
    expect(await alert.textContent()).toMatch(/\d+ វិនាទី/);
    await user.screenshot({ path: path.join(screenshotDir, 'sign-in-too-many-km.png') });

    // The administrator disables the account; the list hides it unless asked.
    await admin.reload();
    await row.getByRole('button', { name: en.users.actionsFor.replace('{{name}}', 'Chan Sreymom') }).click();
    await admin.getByRole('menuitem', { name: en.common.edit }).click();
    const edit = admin.getByRole('dialog', { name: en.users.editTitle.replace('{{name}}', 'Chan Sreymom') });
    await edit.getByText(en.users.lockedTitle).waitFor();
    await edit.getByRole('switch', { name: en.users.fields.disabled }).check({ force: true });
    await edit.getByRole('button', { name: en.common.save }).click();
    await edit.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await admin.getByRole('switch', { name: en.users.includeDisabled }).check({ force: true });
    await row.getByText(en.users.status.disabled).waitFor();
    expect(await admin.getByTestId('user-row').filter({ hasText: ADMIN_EMAIL }).count()).toBe(1);

    await context.close();
    await admin.context().close();
  });
});
