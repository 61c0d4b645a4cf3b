/**
 * Import speed and duplicate quality alone, without the full benchmark: generated channel files (kept in
 * /tmp/hw-gen-<N>-<seed> between runs) imported into a fresh scratch database, then the pairs scored against
 * the truth file. For working on the import path. Usage:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/import-speed.ts [workers] [seed]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DEMO_FILE_NAMES } from '../src/server/features/demo/index';
import { importTimings } from '../src/server/features/imports/import-timings';
import { setHeapGrowth } from '../src/server/heap-growth';
import { generateData } from './generate-data';
import { importChannelFiles, loadGazetteer } from './load-registry';
import { measureQuality } from './quality';
import { scratchDatabase } from './scratch-db';

// Runs with the server's heap setting (HOMEWARD_HEAP_GROWTH_PERCENT), as the import would in the server.
setHeapGrowth();
const workers = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 42);
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `hw_importspeed_${workers}`;
const dataDir = `/tmp/hw-gen-${workers}-${seed}`;

if (!existsSync(path.join(dataDir, DEMO_FILE_NAMES.truth))) {
  console.error(`generating ${workers} rows into ${dataDir}`);
  await generateData(dataDir, workers, seed);
}
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`drop database if exists ${name}`);
await admin.end();
const { handle } = await scratchDatabase(server, name);
const db = handle.db;
await loadGazetteer(db);
const timings = importTimings(true);
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 1000);
const started = Date.now();
const load = await importChannelFiles(db, dataDir, (line) =>
  console.error(`[${Math.round((Date.now() - started) / 1000)} s] ${line}`),
);
clearInterval(sampler);
console.error(`peak RSS ${Math.round(peakRss / 2 ** 20)} MB`);
console.error(
  JSON.stringify({ rows: load.rows, seconds: load.seconds, rowsPerSecond: Math.round(load.rowsPerSecond) }),
);
console.error(timings.report());
const q = await measureQuality(db, path.join(dataDir, DEMO_FILE_NAMES.truth), '/tmp/hw-import-pairs.csv');
console.error(JSON.stringify(q));
await handle.close();
