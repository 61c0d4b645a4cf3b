/**
 * One list imported into a copy of a registry, for comparing versions of the import path without a whole
 * million-row run: the copy is made from a kept database by `create database ... template` (about 25 s for the
 * million-row registry), so every run starts from the same registry. Prints the import's summary with its wall
 * time, Node's CPU time and peak RSS, then the import's phase timings. Keep a registry first, for example by
 * renaming the database `bench/import-speed.ts 1000000` leaves behind:
 *   psql -c 'alter database hw_importspeed_1000000 rename to hw_base1m'
 * then, with the data of another seed (`homeward demo generate ... --seed 43 --out /tmp/hw-gen-1000000-43`):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/one-file-import.ts hw_base1m \
 *     /tmp/hw-gen-1000000-43/workers-walk_in.csv walk_in_43
 * BATCH and CHUNK in the environment set the batch and chunk sizes. Node flags (`--trace-gc`,
 * `--max-semi-space-size`) go before it: `node --trace-gc --import tsx bench/one-file-import.ts ...`.
 */
import pg from 'pg';
import { importTimings } from '../src/server/features/imports/import-timings';
import { importWorkers } from '../src/server/features/imports/import-workers.service';
import { setHeapGrowth } from '../src/server/heap-growth';
import { benchActor, defaultCentreId } from './load-registry';
import { scratchDatabase } from './scratch-db';

setHeapGrowth();
const [base, file, source] = process.argv.slice(2);
if (!base || !file || !source) {
  console.error('usage: one-file-import.ts BASE_DATABASE FILE SOURCE');
  process.exit(2);
}
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const copy = 'hw_one_file_copy';
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`drop database if exists ${copy}`);
await admin.query(`create database ${copy} template ${pg.escapeIdentifier(base)}`);
await admin.end();
const { handle } = await scratchDatabase(server, copy);
const centreId = await defaultCentreId(handle.db);
const timings = importTimings(true);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await importWorkers(handle.db, file, {
  source,
  actor: benchActor,
  defaultCentreId: centreId,
  ...(process.env.BATCH ? { batchSize: Number(process.env.BATCH) } : {}),
  ...(process.env.CHUNK ? { chunkRows: Number(process.env.CHUNK) } : {}),
});
const cpu = process.cpuUsage(cpuBefore);
console.error(
  JSON.stringify({
    ...summary,
    wallSeconds: Math.round((performance.now() - started) / 100) / 10,
    nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
console.error(timings.report());
await handle.close();
