import { prepareDatabase } from '../server/bootstrap';
import type { Settings } from '../server/config';
import { readSettings } from '../server/config';
import { createDb, type DbHandle } from '../server/db/create-db';
import { AppError, ConfigError } from '../server/errors';
import type { AuditActor } from '../server/features/audit/audit.repository';

/** Who the audit trail names for changes made at the terminal. */
export const cliActor = (): AuditActor => ({
  userId: null,
  email: `cli:${process.env.USER ?? 'unknown'}`,
  requestId: null,
});

/**
 * Opens the configured database for one command and always closes it. Pending migrations run first (a no-op
 * when up to date), so a command on a fresh install works instead of failing on a missing table.
 */
export async function withDb<T>(
  fn: (handle: DbHandle, settings: Settings) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const settings = readSettings();
  const handle = await createDb({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    if (options.migrate !== false) await prepareDatabase(handle.db);
    return await fn(handle, settings);
  } finally {
    await handle.close();
  }
}

/** One clear line and a non-zero exit; the stack only when HOMEWARD_DEBUG is set. */
export function failAndExit(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`homeward: ${error.message}`);
  } else if (error instanceof AppError) {
    const fields = Array.isArray(error.details)
      ? (error.details as { field?: string; message?: string }[])
          .map((d) => `${d.field}: ${d.message}`)
          .join('; ')
      : '';
    console.error(`homeward: ${error.message}${fields ? ` (${fields})` : ''}`);
  } else if (error instanceof Error) {
    console.error(`homeward: ${error.message.split('\n')[0]}`);
  } else {
    console.error('homeward: unexpected error');
  }
  if (process.env.HOMEWARD_DEBUG && error instanceof Error) console.error(error.stack);
  process.exit(1);
}
