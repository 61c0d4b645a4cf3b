/**
 * Search and the online duplicate check alone, against the registry bench/import-speed.ts left behind
 * (scratch database hw_importspeed_<N>, data in /tmp/hw-gen-<N>-<seed>): the same queries as the full
 * benchmark, one after another, p50 and p95. For measuring a million workers without importing them again.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/query-speed.ts [workers] [seed] [queries]
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { systemActor } from '../src/server/features/audit/audit.repository';
import { createUser } from '../src/server/features/users/users.service';
import { benchDuplicateCheck } from './duplicate-check-bench';
import { duplicateCheckBodies, nameQueries, phoneQueries } from './queries';
import { sampleRows } from './sample-rows';
import { scratchDatabase } from './scratch-db';
import { adminAuth, benchNameSearch, benchPhoneSearch } from './search-bench';

const workers = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 42);
const queries = Number(process.argv[4] ?? 300);
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dataDir = `/tmp/hw-gen-${workers}-${seed}`;

const { handle, fresh } = await scratchDatabase(server, `hw_importspeed_${workers}`);
if (fresh) throw new Error(`no registry of ${workers} workers: run bench/import-speed.ts ${workers} first`);
const db = handle.db;
const admin = {
  email: `bench-${randomBytes(4).toString('hex')}@homeward.local`,
  password: randomBytes(12).toString('hex'),
};
await createUser(db, systemActor('query-speed'), {
  ...admin,
  name: 'Benchmark',
  role: 'admin',
  centreIds: [],
});
const samples = await sampleRows(dataDir, workers, queries * 2);
const auth = await adminAuth(db, admin.email);
const budget = 300;
const name = await benchNameSearch(db, auth, nameQueries(samples, queries), budget);
const phone = await benchPhoneSearch(db, auth, phoneQueries(samples, Math.round((queries * 2) / 3)), budget);
const check = await benchDuplicateCheck(
  db,
  handle.kind,
  admin,
  duplicateCheckBodies(samples, Math.round((queries * 2) / 3)),
  {
    uploadDir: path.join(os.tmpdir(), 'hw-query-speed-uploads'),
    budgetSeconds: budget,
  },
);
const brief = (l: { count: number; p50Ms: number; p95Ms: number; maxMs: number }) =>
  `${l.count} queries, p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms, max ${l.maxMs.toFixed(1)} ms`;
console.log(`name search      ${brief(name)}`);
console.log(`phone search     ${brief(phone)}`);
console.log(`duplicate check  ${brief(check)}, ${check.meanCandidates} candidates on average`);
await handle.close();
