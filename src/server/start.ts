import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ensureFirstAdmin, prepareDatabase } from './bootstrap';
import type { Settings } from './config';
import { createDb, type DbHandle } from './db/create-db';
import { ConfigError } from './errors';
import { vacancyIndexFor } from './features/matching/vacancy-index';
import { workerIndexFor } from './features/matching/worker-index';
import { failInterruptedImportJobs } from './features/reference/import-jobs.service';
import { createApp } from './http/app';
import { createLogger, type Logger } from './logger';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDistDir = path.join(repoRoot, 'dist/web');

export interface RunningServer {
  url: string;
  port: number;
  handle: DbHandle;
  firstAdmin: { email: string; generatedPassword: string | null } | null;
  close(): Promise<void>;
}

/** Opens the database, migrates, creates the first admin, and listens. Used by `homeward serve` and e2e tests. */
export async function startServer(
  settings: Settings,
  options: { logger?: Logger; webDir?: string | null } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(settings.logLevel);
  const handle = await createDb({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    await prepareDatabase(handle.db);
    const firstAdmin = await ensureFirstAdmin(handle.db, settings.adminEmail, settings.adminPassword);
    // A job that was running when the last server stopped will never finish: say so instead of showing it stuck.
    await failInterruptedImportJobs(handle.db);
    const webDir =
      options.webDir === undefined
        ? existsSync(path.join(webDistDir, 'index.html'))
          ? webDistDir
          : null
        : options.webDir;
    const app = createApp({
      db: handle.db,
      dbKind: handle.kind,
      logger,
      config: {
        webDir,
        sessionHours: settings.sessionHours,
        uploadDir: path.join(settings.dataDir, 'uploads'),
        filesDir: settings.filesDir,
        attachmentMaxBytes: settings.attachmentMaxBytes,
      },
    });
    const server = await listen(app.fetch, settings.port, settings.host);
    // Loaded now, not by the first search, which would wait for every open vacancy or shareable worker to be read.
    vacancyIndexFor(handle.db)
      .then(() => workerIndexFor(handle.db))
      .catch((error: unknown) =>
        logger.warn(
          { reason: error instanceof Error ? error.message : String(error) },
          'matching index not loaded',
        ),
      );
    const port = (server.address() as AddressInfo).port;
    return {
      url: `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`,
      port,
      handle,
      firstAdmin,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(new ConfigError(`Port ${port} is already in use (set PORT to another port)`));
      else if (error.code === 'EACCES')
        reject(new ConfigError(`Not allowed to listen on port ${port} (set PORT)`));
      else reject(error);
    });
  });
}
