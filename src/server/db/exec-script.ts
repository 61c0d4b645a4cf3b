import { type Kysely, sql } from 'kysely';

/**
 * Runs a multi-statement SQL script one statement at a time: PGlite's query path uses the extended protocol,
 * which refuses several commands in one prepared statement. Splits on `;` outside `$$` bodies and quotes.
 */
export async function execScript(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of splitStatements(script)) {
    await sql.raw(statement).execute(db);
  }
}

export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  let inQuote = false;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (!inQuote && ch === '$' && script[i + 1] === '$') {
      inDollar = !inDollar;
      current += '$$';
      i++;
      continue;
    }
    if (!inDollar && ch === "'") inQuote = !inQuote;
    if (!inDollar && !inQuote && ch === '-' && script[i + 1] === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
      current += '\n';
      continue;
    }
    if (!inDollar && !inQuote && ch === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
