import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '../../shared/roles';
import type { DbHandle } from '../db/create-db';
import type { Db } from '../db/database';
import { systemActor } from '../features/audit/audit.repository';
import { createUser } from '../features/users/users.service';
import { createApp } from '../http/app';
import { createLogger } from '../logger';
import { createTestDb } from './test-db';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  handle: DbHandle;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { filesDir?: string; attachmentMaxBytes?: number } = {},
): Promise<TestApp> {
  const handle = await createTestDb();
  const app = createApp({
    db: handle.db,
    dbKind: handle.kind,
    logger: createLogger('silent'),
    config: {
      webDir: null,
      sessionHours: 12,
      uploadDir: path.join(tmpdir(), 'homeward-test-uploads'),
      filesDir: options.filesDir ?? path.join(tmpdir(), 'homeward-test-files'),
      attachmentMaxBytes: options.attachmentMaxBytes,
    },
  });
  return { app, db: handle.db, handle, close: () => handle.close() };
}

let counter = 0;

/** Factory: a staff account with a known password; centre roles get the given centres (default: Pursat). */
export async function buildUser(db: Db, role: Role, centreCodes: string[] = ['PST']) {
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'code'])
    .where('code', 'in', centreCodes)
    .execute();
  counter += 1;
  const email = `${role}.${counter}.${Date.now()}@test.homeward`;
  return createUser(db, systemActor('test'), {
    email,
    name: `Test ${role} ${counter}`,
    password: TEST_PASSWORD,
    role,
    centreIds: ['admin', 'me_officer', 'viewer'].includes(role) ? [] : centres.map((c) => c.id),
  });
}

/** A signed-in HTTP client for `app.request`, carrying the session cookie and CSRF token. */
export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  csrfToken: string;
  cookie: string;
}

export async function signIn(app: TestApp['app'], email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken: me.csrfToken,
    request: async (method, p, body, headers = {}) =>
      app.request(p, {
        method,
        headers: {
          cookie,
          'x-csrf-token': me.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

export async function signInAs(t: TestApp, role: Role, centreCodes?: string[]) {
  const user = await buildUser(t.db, role, centreCodes);
  return { user, client: await signIn(t.app, user.email) };
}
