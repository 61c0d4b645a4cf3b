/**
 * Worker-side matching speed on PostgreSQL without the full benchmark: generated vacancies (kept in a named
 * scratch database between runs), top 20 for sampled workers, p50/p95, rows read and queries per search, and
 * the fast path checked against exhaustive scoring. Usage:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/match-speed.ts [vacancies] [workers]
 * BASELINE=path/to/another/matches-for-worker.ts times that implementation first, in the same minutes.
 */
import { sql } from 'kysely';
import { loadMatchSettings } from '../src/server/features/matching/match-settings';
import {
  exhaustiveMatchesForWorker,
  matchesForWorker,
} from '../src/server/features/matching/matches-for-worker';
import {
  insertEmployersAndVacancies,
  insertWorkers,
} from '../src/server/features/matching/matching.test-data';
import { loadRegistryWorkers } from '../src/server/features/matching/worker-features';
import { scratchDatabase } from './scratch-db';

const TODAY = '2026-03-01';
const vacancies = Number(process.argv[2] ?? 30000);
const samples = Number(process.argv[3] ?? 60);
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `hw_matchspeed_${vacancies}`;

const { handle, fresh } = await scratchDatabase(server, name);
const db = handle.db;
if (fresh) {
  const centre = await db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  await insertEmployersAndVacancies(db, { seed: 7, employers: 2000, vacancies, today: TODAY });
  await insertWorkers(db, { seed: 8, workers: 2000, today: TODAY, centreId: centre.id });
  await sql`analyze`.execute(db);
}
const settings = await loadMatchSettings(db, TODAY);
const ids = (await db.selectFrom('workers').select('id').orderBy('id').limit(samples).execute()).map(
  (r) => r.id,
);
const workers = (await loadRegistryWorkers(db, ids)).filter((w) => w.status === 'active');
const opts = { settings, today: TODAY, limit: 20 };

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
type Search = typeof matchesForWorker;
const runs: [string, Search][] = [['current', matchesForWorker]];
if (process.env.BASELINE)
  runs.unshift([
    'baseline',
    ((await import(process.env.BASELINE)) as { matchesForWorker: Search }).matchesForWorker,
  ]);
for (const [label, run] of runs) {
  // The first search loads the in-memory index: timed apart, as a server's first search after start.
  const first = performance.now();
  await run(db, workers[0]!, opts);
  console.log(
    `${label}: first search (loads the index) ${((performance.now() - first) / 1000).toFixed(1)} s`,
  );
  for (const w of workers.slice(1, 3)) await run(db, w, opts);
  const ms: number[] = [];
  for (const w of workers) {
    const t = performance.now();
    await run(db, w, opts);
    ms.push(performance.now() - t);
  }
  const n = workers.length;
  console.log(
    `${label}: ${n} workers, ${vacancies} vacancies: p50 ${pct(ms, 0.5).toFixed(1)} ms, p95 ${pct(ms, 0.95).toFixed(1)} ms`,
  );
}
let equal = 0;
for (const w of workers.slice(0, Number(process.env.EXACT ?? 15))) {
  const fast = (await matchesForWorker(db, w, opts)).results.map((r) => `${r.id}:${r.score}`).join();
  const full = (await exhaustiveMatchesForWorker(db, w, opts)).map((r) => `${r.id}:${r.score}`).join();
  if (fast === full) equal++;
  else console.log('DIFFERENT for worker', w.id);
}
console.log(`exact: ${equal}/${Math.min(workers.length, Number(process.env.EXACT ?? 15))}`);
await handle.close();
