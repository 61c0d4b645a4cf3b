import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { LOCK_AFTER, SLOW_DOWN_AFTER } from './login.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) =>
  t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax cookie and returns the user with centres', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const res = await login(user.email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hw_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = await res.json();
    expect(body).toMatchObject({
      email: user.email,
      role: 'counsellor',
      centreIds: user.centreIds,
      national: false,
    });
    expect(body.csrfToken).toEqual(expect.any(String));
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const user = await buildUser(t.db, 'viewer');
    const res = await t.app.request('https://homeward.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('rejects a wrong password and an unknown email alike', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const a = await login(user.email, 'wrong password!');
    const b = await login('nobody@nowhere.test', 'wrong password!');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect((await a.json()).error.code).toBe('INVALID_CREDENTIALS');
    expect((await b.json()).error.code).toBe('INVALID_CREDENTIALS');
  });

  it('slows down after repeated failures and then locks the account, saying so', async () => {
    const user = await buildUser(t.db, 'counsellor');
    for (let i = 1; i < SLOW_DOWN_AFTER; i++)
      expect((await login(user.email, 'nope nope nope')).status).toBe(401);
    const slowed = await login(user.email, 'nope nope nope');
    expect(slowed.status).toBe(429);
    const body = await slowed.json();
    expect(body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password waits while the account is slowed down.
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(429);
    // Jump past the waits to reach the lock.
    await t.db
      .updateTable('users')
      .set({ failed_logins: LOCK_AFTER - 1, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    const locked = await login(user.email, 'nope nope nope');
    expect(locked.status).toBe(423);
    expect((await locked.json()).error.message).toMatch(/locked/);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(423);
  });

  it('refuses a disabled account', async () => {
    const user = await buildUser(t.db, 'counsellor');
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', user.id).execute();
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
  });
});

describe('sessions', () => {
  it('me, then logout revokes the session in the database', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const client = await signIn(t.app, user.email);
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await client.request('POST', '/api/auth/logout')).status).toBe(200);
    const after = await client.request('GET', '/api/auth/me');
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('requires the CSRF token on state-changing cookie requests', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const client = await signIn(t.app, user.email);
    const res = await t.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: client.cookie },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CSRF_FAILED');
    const wrong = await client.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
    const cross = await client.request('POST', '/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
  });

  it('lists and revokes another session of mine', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const first = await signIn(t.app, user.email);
    const second = await signIn(t.app, user.email);
    const list = await (await second.request('GET', '/api/auth/sessions')).json();
    expect(list.items).toHaveLength(2);
    const other = list.items.find((s: { current: boolean }) => !s.current);
    expect((await second.request('DELETE', `/api/auth/sessions/${other.id}`)).status).toBe(200);
    expect((await first.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('changes my own password with the current one', async () => {
    const user = await buildUser(t.db, 'counsellor');
    const client = await signIn(t.app, user.email);
    const other = await signIn(t.app, user.email);
    const bad = await client.request('POST', '/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(bad.status).toBe(400);
    const short = await client.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.status).toBe(400);
    expect((await short.json()).error.details[0]).toMatchObject({ field: 'newPassword', minimum: 10 });
    const ok = await client.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new long password',
    });
    expect(ok.status).toBe(200);
    // The session that changed it goes on; another one ends.
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await other.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await login(user.email, 'a new long password')).status).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, work as Bearer without CSRF, and can be revoked', async () => {
    const user = await buildUser(t.db, 'admin');
    const client = await signIn(t.app, user.email);
    const created = await client.request('POST', '/api/auth/tokens', { name: 'NEA sync' });
    expect(created.status).toBe(201);
    const { token, id } = await created.json();
    expect(token).toMatch(/^hw_/);
    const stored = await t.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(JSON.stringify(await (await client.request('GET', '/api/auth/tokens')).json())).not.toContain(
      token,
    );
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.request('/api/auth/me', { headers: bearer });
    expect((await me.json()).email).toBe(user.email);
    const post = await t.app.request('/api/centres', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'BTB', nameKm: 'បាត់ដំបង', nameEn: 'Battambang MRC', provinceCode: '02' }),
    });
    expect(post.status).toBe(201);
    expect((await client.request('DELETE', `/api/auth/tokens/${id}`)).status).toBe(200);
    expect((await t.app.request('/api/auth/me', { headers: bearer })).status).toBe(401);
  });
});
