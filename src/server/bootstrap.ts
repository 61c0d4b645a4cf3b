import type { Kysely } from 'kysely';
import type { Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { systemActor } from './features/audit/audit.repository';
import { generatePassword } from './features/auth/secrets';
import { syncShippedReference } from './features/reference/shipped-reference';
import { countUsers } from './features/users/users.repository';
import { createUser } from './features/users/users.service';

/** Migrations, then the reference data the product ships with. Run at start, by `db migrate` and by tests. */
export async function prepareDatabase(db: Db): Promise<string[]> {
  const applied = await migrateToLatest(db as unknown as Kysely<unknown>);
  await syncShippedReference(db);
  return applied;
}

export const DEFAULT_ADMIN_EMAIL = 'admin@homeward.local';

/**
 * The first admin, only while no admin account exists (users added at the terminal before the first start do
 * not leave the system without one). Returns the generated password so the caller can print it once; it is
 * stored only as a hash.
 */
export async function ensureFirstAdmin(
  db: Db,
  email: string | undefined,
  password: string | undefined,
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if ((await countUsers(db, 'admin')) > 0) return null;
  const chosen = password ?? generatePassword();
  const adminEmail = email ?? DEFAULT_ADMIN_EMAIL;
  await createUser(db, systemActor('first-start'), {
    email: adminEmail,
    name: 'Administrator',
    password: chosen,
    role: 'admin',
    centreIds: [],
  });
  return { email: adminEmail, generatedPassword: password ? null : chosen };
}
