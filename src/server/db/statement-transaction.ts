import { type CompiledQuery, CompiledQuery as Query } from 'kysely';
import pg from 'pg';
import { hasConnectionPool } from './create-db';
import type { Db } from './database';

/**
 * Runs statements in one transaction. On a PostgreSQL server they go as ONE message (the simple query
 * protocol, parameters written into the text as quoted literals), so the server runs them back to back: sent
 * one at a time, each waits for a turn of Node's event loop, which an import holds for milliseconds at a time
 * while it decides the next batch. PGlite takes them one by one, as any transaction.
 *
 * `asyncCommit`: the commit need not wait for the disk (`synchronous_commit = off`), for a writer that finds
 * out after a crash what was lost and does it again (an import's checkpoint is written with its batch).
 */
export async function runStatements(
  db: Db,
  statements: readonly CompiledQuery[],
  options: { asyncCommit?: boolean } = {},
): Promise<void> {
  const all = options.asyncCommit
    ? [Query.raw('set local synchronous_commit = off'), ...statements]
    : [...statements];
  if (!hasConnectionPool(db)) {
    await db.transaction().execute(async (trx) => {
      for (const q of all) await trx.executeQuery(q);
    });
    return;
  }
  const text = ['begin', ...all.map(inlined), 'commit'].join(';\n');
  await db.connection().execute(async (conn) => {
    try {
      // No parameters: the driver sends a simple query, which may hold many statements.
      await conn.executeQuery(Query.raw(text));
    } catch (error) {
      // A failed statement leaves the transaction open and aborted; the rest of the message was skipped.
      await conn.executeQuery(Query.raw('rollback')).catch(() => {});
      throw error;
    }
  });
}

/**
 * A compiled statement with its parameters written in as literals. Each becomes a quoted literal of unknown
 * type (dollar-quoted), as the driver sends parameters (text, type left to the server), so the server reads both alike; the
 * text is what the driver would send for the value (pg's prepareValue: arrays as array literals, objects as
 * JSON, dates with their offset).
 */
export function inlined(q: CompiledQuery): string {
  const params = q.parameters;
  let used = 0;
  const text = q.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= params.length)
      throw new Error(`statement refers to parameter $${n} of ${params.length}`);
    used = Math.max(used, i + 1);
    return literal(params[i]);
  });
  if (used !== params.length) throw new Error(`statement uses ${used} of its ${params.length} parameters`);
  return text;
}

/** pg's own conversion of a parameter to the text it sends (exported at run time, not in its types). */
const prepareValue = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils
  .prepareValue;

const DOLLAR_TAG = '$hw$';

function literal(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'NULL';
  if (Buffer.isBuffer(prepared)) return `'\\x${prepared.toString('hex')}'`;
  const text = String(prepared);
  // Dollar quoting needs no escaping (a batch's arrays run to megabytes), unless the text holds the tag.
  if (!text.includes(DOLLAR_TAG)) return `${DOLLAR_TAG}${text}${DOLLAR_TAG}`;
  // standard_conforming_strings is on (PostgreSQL's default since 9.1): only the quote is special.
  return `'${text.replace(/'/g, "''")}'`;
}
