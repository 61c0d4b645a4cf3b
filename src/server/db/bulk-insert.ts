import { type RawBuilder, sql } from 'kysely';
import { arrayParam } from './array-literal';
import type { Conn, Database } from './database';

/** PostgreSQL types a bulk insert can carry, one array parameter per column. */
export type BulkType = 'text' | 'uuid' | 'int' | 'real' | 'date' | 'jsonb' | 'text[]';

/** Elements of a text[] value as a PostgreSQL array literal: each quoted, backslashes and quotes escaped. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

const ELEMENT_TYPE: Record<BulkType, string> = {
  text: 'text',
  uuid: 'uuid',
  int: 'int',
  real: 'real',
  date: 'date',
  // Sent as text: a json value or an array literal is one string, cast per row below.
  jsonb: 'text',
  'text[]': 'text',
};

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
  const { names, params, selected } = unnested(columns, rows);
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
  return sql`
    insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.id(n)))})
    select ${sql.join(selected)}
    from unnest(${sql.join(params)}) as u(${sql.join(names.map((n) => sql.id(n)))})${conflict}`;
}

/**
 * The parts of an `insert ... select ... from unnest(params) as u(names)`: the column names, one array
 * parameter per column, and each column read back from `u` in its own type.
 */
export function unnested<C extends string>(
  columns: Partial<Record<C, BulkType>>,
  rows: readonly Partial<Record<C, unknown>>[],
): { names: C[]; params: RawBuilder<unknown>[]; selected: RawBuilder<unknown>[] } {
  const names = Object.keys(columns) as C[];
  const params = names.map((name) => {
    const type = columns[name]!;
    const values = rows.map((r) => {
      const v = r[name];
      if (v === null || v === undefined) return null;
      if (type === 'text[]') return textArrayLiteral(v as string[]);
      return v;
    });
    return sql`${arrayParam(values)}::${sql.raw(ELEMENT_TYPE[type])}[]`;
  });
  const selected = names.map((name) => {
    const type = columns[name]!;
    const ref = sql.ref(`u.${name}`);
    return type === 'jsonb' || type === 'text[]' ? sql`${ref}::${sql.raw(type)}` : ref;
  });
  return { names, params, selected };
}
