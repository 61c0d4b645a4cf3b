import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareDatabase } from '../bootstrap';
import { createDb, type DbHandle } from '../db/create-db';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the server
 * named by TEST_DATABASE_URL (dropped again by `close`), so files never share rows.
 */
export async function createTestDb(options: { migrate?: boolean } = {}): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let handle: DbHandle;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    const inner = await createDb({ databaseUrl: scratch.url, poolSize: 4 });
    handle = {
      ...inner,
      close: async () => {
        await inner.close();
        await scratch.drop();
      },
    };
  } else {
    handle = await createDb({ dataDir: 'memory://' });
  }
  if (options.migrate !== false) await prepareDatabase(handle.db);
  return handle;
}

/** A new empty database on the server of `serverUrl`, for one test file or one CLI run. */
export async function createScratchDatabase(serverUrl: string) {
  const name = `hw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export const backendName = (): string => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
