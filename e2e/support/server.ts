import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSettings } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';
import { startServer } from '../../src/server/start';
import { webDist } from './paths';

export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e-admin-password-long-enough';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The real server, in this process, on a random port, with a fresh embedded database in a temp dir. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'homeward-e2e-'));
  const server = await startServer(
    {
      ...readSettings({}),
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      adminEmail: ADMIN_EMAIL,
      adminPassword: ADMIN_PASSWORD,
      sessionHours: 12,
      logLevel: 'silent',
    },
    { logger: createLogger('silent'), webDir: webDist },
  );
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
