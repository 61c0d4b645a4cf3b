/**
 * Child process of the PGlite COPY baseline: node --import tsx pglite-copy.child.ts DATA_DIR FILE...
 * Prints one JSON line {rows, seconds}; seconds cover the COPY statements only, not PGlite's start-up.
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { baselineCopySql, baselineTableSql } from './copy-sql';

const [dataDir, ...files] = process.argv.slice(2);
if (!dataDir || !files.length) {
  console.error('usage: pglite-copy.child.ts DATA_DIR FILE...');
  process.exit(1);
}
const db = new PGlite({ dataDir });
await db.waitReady;
await db.exec(baselineTableSql);
const started = performance.now();
let rows = 0;
for (const file of files) {
  // PGlite's COPY reads from a Blob handed over with the query: its WASM file system cannot see host files.
  const result = await db.query(baselineCopySql(`'/dev/blob'`), [], {
    blob: new Blob([readFileSync(file)]),
  });
  rows += result.affectedRows ?? 0;
}
const seconds = (performance.now() - started) / 1000;
await db.close();
console.log(JSON.stringify({ rows, seconds }));
