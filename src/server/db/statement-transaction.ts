import { type CompiledQuery, sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs statements built beforehand in one transaction, one after another: an import builds a batch's
 * statements as soon as the batch is decided, while the batch before it is still being written.
 *
 * `asyncCommit`: the commit need not wait for the disk (`synchronous_commit = off`), for a writer that finds
 * out after a crash what was lost and does it again (an import's checkpoint is written with its batch).
 */
export async function runStatements(
  db: Db,
  statements: readonly CompiledQuery[],
  options: { asyncCommit?: boolean } = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (options.asyncCommit) await sql`set local synchronous_commit = off`.execute(trx);
    for (const q of statements) await trx.executeQuery(q);
  });
}
