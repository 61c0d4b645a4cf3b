import { type RawBuilder, sql } from 'kysely';

/**
 * Ids as one uuid[] parameter, sent as a single array literal. The driver would quote and escape each element
 * of a JavaScript array one by one, which an import pays for on hundreds of thousands of ids per batch; a uuid
 * needs no quoting. For ids the server holds (read from the database, or the session's centres), never for
 * ids from a request: the literal is not escaped, so a comma or NULL in one would change the list.
 */
export function uuidArray(ids: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`${`{${ids.join(',')}}`}::uuid[]`;
}
