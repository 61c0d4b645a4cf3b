import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, signInAs, TEST_PASSWORD, type TestApp } from '../../testing/test-app';

let t: TestApp;
let centreIds: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.db.selectFrom('centres').select(['id', 'code']).execute();
  centreIds = Object.fromEntries(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.close());

describe('users', () => {
  it('an admin creates a counsellor for Pursat who can then sign in; the audit trail has no password', async () => {
    const { client } = await signInAs(t, 'admin');
    const res = await client.request('POST', '/api/users', {
      email: 'Sophea.Counsellor@mrc.gov.kh',
      name: 'Sophea',
      password: 'a long enough password',
      role: 'counsellor',
      centreIds: [centreIds.PST],
    });
    expect(res.status).toBe(201);
    const user = await res.json();
    expect(user).toMatchObject({
      role: 'counsellor',
      centreIds: [centreIds.PST],
      disabled: false,
      version: 1,
    });
    expect(user).not.toHaveProperty('passwordHash');
    // Email matching ignores case.
    const me = await signIn(t.app, 'sophea.counsellor@mrc.gov.kh', 'a long enough password');
    expect((await (await me.request('GET', '/api/auth/me')).json()).centreIds).toEqual([centreIds.PST]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('create');
    expect(JSON.stringify(audit)).not.toMatch(/long enough password|argon2/);
  });

  it('rejects bad input with per-field details, a duplicate email, and centre staff without a centre', async () => {
    const { client } = await signInAs(t, 'admin');
    const bad = await client.request('POST', '/api/users', {
      email: 'not-an-email',
      name: '',
      password: 'short',
      role: 'boss',
    });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['email', 'name', 'password', 'role']);
    const noCentre = await client.request('POST', '/api/users', {
      email: 'nocentre@test.kh',
      name: 'No centre',
      password: 'a long enough password',
      role: 'counsellor',
      centreIds: [],
    });
    expect(noCentre.status).toBe(400);
    expect((await noCentre.json()).error.details[0].field).toBe('centreIds');
    const first = { email: 'dup@test.kh', name: 'Dup', password: 'a long enough password', role: 'viewer' };
    expect((await client.request('POST', '/api/users', first)).status).toBe(201);
    const dup = await client.request('POST', '/api/users', { ...first, email: 'DUP@test.kh' });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.code).toBe('ALREADY_EXISTS');
  });

  it('a stale version gets 409 with the current record, and nothing is overwritten', async () => {
    const { client } = await signInAs(t, 'admin');
    const { user } = await signInAs(t, 'counsellor');
    const first = await client.request('PATCH', `/api/users/${user.id}`, { version: 1, name: 'First edit' });
    expect(first.status).toBe(200);
    expect((await first.json()).version).toBe(2);
    const stale = await client.request('PATCH', `/api/users/${user.id}`, { version: 1, name: 'Second edit' });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('VERSION_CONFLICT');
    expect(body.error.details.current).toMatchObject({ name: 'First edit', version: 2 });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', user.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ name: user.name });
    expect(audit[0]!.after).toEqual({ name: 'First edit' });
  });

  it('disabling ends the user’s sessions; a reset password works and the old one does not', async () => {
    const { client: admin } = await signInAs(t, 'admin');
    const { user, client } = await signInAs(t, 'outreach_officer');
    const reset = await admin.request('POST', `/api/users/${user.id}/password`, {
      password: 'brand new password',
    });
    expect(reset.status).toBe(200);
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.app, user.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    const again = await signIn(t.app, user.email, 'brand new password');
    const current = await (await admin.request('GET', `/api/users/${user.id}`)).json();
    const off = await admin.request('PATCH', `/api/users/${user.id}`, {
      version: current.version,
      disabled: true,
    });
    expect(off.status).toBe(200);
    expect((await again.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('a centre manager lists only the staff of their centres and cannot create users', async () => {
    const { client } = await signInAs(t, 'centre_manager', ['OMC']);
    const { user: inOmc } = await signInAs(t, 'counsellor', ['OMC']);
    const { user: inPst } = await signInAs(t, 'counsellor', ['PST']);
    const list = await (await client.request('GET', '/api/users')).json();
    const ids = list.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(inOmc.id);
    expect(ids).not.toContain(inPst.id);
    expect((await client.request('GET', `/api/users/${inPst.id}`)).status).toBe(404);
    const create = await client.request('POST', '/api/users', {
      email: 'x@test.kh',
      name: 'X',
      password: 'a long enough password',
      role: 'counsellor',
      centreIds: [centreIds.OMC],
    });
    expect(create.status).toBe(403);
  });

  it('an admin cannot disable themself', async () => {
    const { user, client } = await signInAs(t, 'admin');
    const res = await client.request('PATCH', `/api/users/${user.id}`, {
      version: user.version,
      disabled: true,
    });
    expect(res.status).toBe(403);
  });
});
