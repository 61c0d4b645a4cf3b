import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from './bootstrap';
import type { DbHandle } from './db/create-db';
import { verifyPassword } from './features/auth/secrets';
import { createTestDb } from './testing/test-db';

let handle: DbHandle | undefined;
afterEach(() => handle?.close());

describe('first start', () => {
  it('creates the admin from the environment once', async () => {
    handle = await createTestDb();
    const first = await ensureFirstAdmin(handle.db, 'chief@mlvt.gov.kh', 'a chosen long password');
    expect(first).toEqual({ email: 'chief@mlvt.gov.kh', generatedPassword: null });
    expect(await ensureFirstAdmin(handle.db, 'chief@mlvt.gov.kh', 'a chosen long password')).toBeNull();
    const row = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(await verifyPassword(row.password_hash, 'a chosen long password')).toBe(true);
  });

  it('generates a password for the default admin when none is configured', async () => {
    handle = await createTestDb();
    const first = await ensureFirstAdmin(handle.db, undefined, undefined);
    expect(first?.email).toBe(DEFAULT_ADMIN_EMAIL);
    expect(first?.generatedPassword).toMatch(/^\S{20}$/);
    const row = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash, first!.generatedPassword!)).toBe(true);
  });
});

describe('first start after users were added at the terminal', () => {
  it('still creates an admin when only non-admin accounts exist', async () => {
    handle = await createTestDb();
    const { buildUser } = await import('./testing/test-app');
    await buildUser(handle.db, 'counsellor');
    const first = await ensureFirstAdmin(handle.db, undefined, 'a chosen long password');
    expect(first?.email).toBe(DEFAULT_ADMIN_EMAIL);
  });
});
