import { type RawBuilder, sql } from 'kysely';
import { arrayLiteral, arrayParam } from './array-literal';
import type { Conn, Database } from './database';

/**
 * PostgreSQL types a bulk insert can carry, one parameter per column. `json` is a text column holding JSON
 * text the server wrote (stored features): like `jsonb`, it travels inside one JSON array, not escaped
 * element by element into an array literal, and each element is stored as it was written.
 */
export type BulkType = 'text' | 'uuid' | 'int' | 'real' | 'date' | 'jsonb' | 'json' | 'text[]';

/** Elements of a text[] value as a PostgreSQL array literal: each quoted, backslashes and quotes escaped. */
export const textArrayLiteral = (values: readonly string[]): string => arrayLiteral(values)!;

const ELEMENT_TYPE: Record<BulkType, string> = {
  text: 'text',
  uuid: 'uuid',
  int: 'int',
  real: 'real',
  date: 'date',
  // One JSON array for the whole column (jsonColumn).
  jsonb: 'jsonb',
  json: 'json',
  // Sent as text: an array literal is one string, cast per row below.
  'text[]': 'text',
};

/**
 * A JSON column's values as one JSON array, each row's JSON text placed in it as it is: escaping a few hundred
 * bytes of JSON per row into an array literal was most of what an import's writes cost Node. SQL null travels
 * as JSON null and is read back as null (`selected` in unnested), so a value that is itself JSON null is stored
 * as null. Each value must be one JSON value the server wrote (JSON.stringify, encodeFeatures): text holding
 * two ("{},{}") would shift every later row's value onto the next row. Text that does not open and close as an
 * object or an array (a scalar, an empty string), and anything that is not text, are refused here.
 */
const jsonColumn = (values: readonly unknown[], type: 'json' | 'jsonb'): RawBuilder<unknown> => {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'null';
    if (typeof v !== 'string' || !WHOLE_JSON.test(v)) {
      throw new TypeError(`a ${type} column takes the JSON text of an object or an array`);
    }
    return v;
  });
  return sql`${type === 'json' ? sql`json_array_elements` : sql`jsonb_array_elements`}(${`[${parts.join(',')}]`}::${sql.raw(type)})`;
};
/** Opens and closes as one object or array does; what lies between, the server's own JSON.stringify wrote. */
const WHOLE_JSON = /^\s*(\{[\s\S]*\}|\[[\s\S]*\])\s*$/;

/**
 * Inserts many rows as one parameter per column (`insert ... select from unnest(...)`) instead of one per
 * value: a batch of 5,000 rows is a dozen parameters to bind and one short statement to plan, where a VALUES
 * list would be tens of thousands of each. Values are the column's JavaScript form (a jsonb column takes its
 * JSON text, a text[] column a string array).
 */
export async function bulkInsert<T extends keyof Database & string>(
  conn: Conn,
  table: T,
  columns: Partial<Record<keyof Database[T] & string, BulkType>>,
  rows: readonly Partial<Record<keyof Database[T] & string, unknown>>[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (rows.length) await bulkInsertQuery(table, columns, rows, options).execute(conn);
}

/** bulkInsert's statement, to run later or with others (statement-transaction.ts). */
export function bulkInsertQuery<T extends keyof Database & string>(
  table: T,
  columns: Partial<Record<keyof Database[T] & string, BulkType>>,
  rows: readonly Partial<Record<keyof Database[T] & string, unknown>>[],
  options: { onConflictDoNothing?: boolean } = {},
): RawBuilder<unknown> {
  const { names, sources, selected } = unnested(columns, rows);
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
  return sql`
    insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.id(n)))})
    select ${sql.join(selected)}
    from ${sources} as u(${sql.join(names.map((n) => sql.id(n)))})${conflict}`;
}

/**
 * The parts of an `insert ... select ... from rows from (sources) as u(names)`: the column names, one
 * set-returning call per column over its parameter (`unnest` of an array, or the elements of a JSON array),
 * and each column read back from `u` in its own type.
 */
export function unnested<C extends string>(
  columns: Partial<Record<C, BulkType>>,
  rows: readonly Partial<Record<C, unknown>>[],
): { names: C[]; sources: RawBuilder<unknown>; selected: RawBuilder<unknown>[] } {
  const names = Object.keys(columns) as C[];
  const calls = names.map((name) => {
    const type = columns[name]!;
    const values = rows.map((r) => {
      const v = r[name];
      if (v === null || v === undefined) return null;
      if (type === 'text[]') return textArrayLiteral(v as string[]);
      return v;
    });
    if (type === 'json' || type === 'jsonb') return jsonColumn(values, type);
    return sql`unnest(${arrayParam(values)}::${sql.raw(ELEMENT_TYPE[type])}[])`;
  });
  const selected = names.map((name) => {
    const type = columns[name]!;
    const ref = sql.ref(`u.${name}`);
    if (type === 'jsonb') return sql`nullif(${ref}, 'null'::jsonb)`;
    if (type === 'json') return sql`nullif(${ref}::text, 'null')`;
    return type === 'text[]' ? sql`${ref}::text[]` : ref;
  });
  return { names, sources: sql`rows from (${sql.join(calls)})`, selected };
}
