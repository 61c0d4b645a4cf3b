import { type RawBuilder, sql } from 'kysely';

/**
 * Ids as one uuid[] parameter, sent as a single array literal. The driver would quote and escape each element
 * of a JavaScript array one by one, which an import pays for on hundreds of thousands of ids per batch; a uuid
 * needs no quoting, and the cast rejects anything that is not one.
 */
export function uuidArray(ids: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`${`{${ids.join(',')}}`}::uuid[]`;
}
