import path from 'node:path';
import { ConfigError } from './errors';

/** Every setting comes from the environment; the README lists them all. */
export interface Settings {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionHours: number;
  logLevel: string;
  /** Attachments, stored by content hash (HOMEWARD_FILES_DIR, default <data dir>/files). */
  filesDir: string;
  attachmentMaxBytes: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const sessionHours = Number(env.HOMEWARD_SESSION_HOURS ?? 12);
  if (!(sessionHours > 0 && sessionHours <= 24 * 30)) {
    throw new ConfigError('HOMEWARD_SESSION_HOURS must be a number of hours between 1 and 720');
  }
  if (env.HOMEWARD_ADMIN_PASSWORD !== undefined && env.HOMEWARD_ADMIN_PASSWORD.length < 10) {
    throw new ConfigError('HOMEWARD_ADMIN_PASSWORD must be at least 10 characters long');
  }
  const attachmentMb = Number(env.HOMEWARD_ATTACHMENT_MAX_MB ?? 10);
  if (!(attachmentMb > 0 && attachmentMb <= 100)) {
    throw new ConfigError('HOMEWARD_ATTACHMENT_MAX_MB must be a number of megabytes between 1 and 100');
  }
  const dataDir = path.resolve(env.HOMEWARD_DATA_DIR ?? 'data');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    port,
    host: env.HOST ?? '0.0.0.0',
    adminEmail: env.HOMEWARD_ADMIN_EMAIL || undefined,
    adminPassword: env.HOMEWARD_ADMIN_PASSWORD || undefined,
    sessionHours,
    logLevel: env.LOG_LEVEL ?? 'info',
    filesDir: path.resolve(env.HOMEWARD_FILES_DIR ?? path.join(dataDir, 'files')),
    attachmentMaxBytes: Math.round(attachmentMb * 1024 * 1024),
  };
}
