/**
 * Matching (issue 5): the generated employers and vacancies loaded through the product's importers, consent to
 * share recorded for two thirds of the returnees (it is never imported), then matches for a worker (top 20) and
 * candidates for a vacancy (top 50) timed through the same service the API calls, and a sample checked against
 * exhaustive scoring of every pair.
 */
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { systemActor } from '../src/server/features/audit/audit.repository';
import { DEMO_FILE_NAMES } from '../src/server/features/demo/index';
import { importEmployers } from '../src/server/features/job-imports/employers-import';
import { importVacancies } from '../src/server/features/job-imports/vacancies-import';
import {
  candidatesForVacancy,
  exhaustiveCandidatesForVacancy,
} from '../src/server/features/matching/candidates-for-vacancy';
import { loadMatchSettings, todayIso } from '../src/server/features/matching/match-settings';
import {
  exhaustiveMatchesForWorker,
  matchesForWorker,
} from '../src/server/features/matching/matches-for-worker';
import { vacancyCandidates, workerMatches } from '../src/server/features/matching/matching.service';
import { toMatchVacancy, vacancyQuery } from '../src/server/features/matching/vacancy-features';
import { loadRegistryWorkers } from '../src/server/features/matching/worker-features';
import { type Latency, timeEach } from './latency';

export interface MatchingResult {
  vacancies: { rows: number; open: number; seconds: number };
  consentingWorkers: number;
  matchesForWorker: Latency & { meanResults: number };
  candidatesForVacancy: Latency & { meanResults: number };
  /** Sampled queries whose fast-path top 20 equals exhaustive scoring of every pair. */
  exactness: Exactness;
}

export interface Exactness {
  sampled: number;
  equal: number;
  share: number;
}

/** The workers and vacancies queried, for the exactness check (matchingExactness). */
export interface MatchingSample {
  workerIds: string[];
  vacancyIds: string[];
}

export async function benchMatching(
  db: Db,
  dataDir: string,
  options: { queries: number; budgetSeconds: number; log: (line: string) => void },
): Promise<{ result: Omit<MatchingResult, 'exactness'>; sample: MatchingSample }> {
  const actor = systemActor('bench');
  const started = performance.now();
  await importEmployers(db, path.join(dataDir, DEMO_FILE_NAMES.employers), { source: 'bench', actor });
  const loaded = await importVacancies(db, path.join(dataDir, DEMO_FILE_NAMES.vacancies), {
    source: 'bench',
    actor,
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  // Two thirds of returnees agree to share their profile; a hash of the id keeps the choice repeatable.
  await sql`insert into worker_consents (worker_id, kind, granted)
            select id, 'share_with_employers', true from workers
            where status = 'active' and abs(hashtext(id::text)) % 3 <> 0`.execute(db);
  await sql`analyze`.execute(db);
  const today = todayIso();
  const counts = await sql<{ open: string; sharing: string }>`
    select (select count(*) from vacancies where status = 'open' and (closes_on is null or closes_on >= ${today}::date)
              and positions_filled < positions) as open,
           (select count(*) from match_workers) as sharing`.execute(db);
  const workerIds = (
    await sql<{
      id: string;
    }>`select id from workers where status = 'active' order by md5(id::text) limit ${options.queries}`.execute(
      db,
    )
  ).rows.map((r) => r.id);
  const vacancyIds = (
    await sql<{ id: string }>`select id from vacancies where status = 'open' and closes_on >= ${today}::date
                              order by md5(id::text) limit ${options.queries}`.execute(db)
  ).rows.map((r) => r.id);

  options.log(`matching: ${workerIds.length} workers, ${vacancyIds.length} vacancies`);
  let workerResults = 0;
  const forWorker = await timeEach(workerIds, (id) => workerMatches(db, null, id, 20), {
    budgetSeconds: options.budgetSeconds,
    observe: (r) => {
      workerResults += r.results.length;
    },
  });
  let vacancyResults = 0;
  const forVacancy = await timeEach(vacancyIds, (id) => vacancyCandidates(db, null, id, 50), {
    budgetSeconds: options.budgetSeconds,
    observe: (r) => {
      vacancyResults += r.results.length;
    },
  });

  const result = {
    vacancies: { rows: loaded.created + loaded.updated, open: Number(counts.rows[0]!.open), seconds },
    consentingWorkers: Number(counts.rows[0]!.sharing),
    matchesForWorker: {
      ...forWorker,
      meanResults: Math.round((workerResults / Math.max(1, forWorker.count)) * 10) / 10,
    },
    candidatesForVacancy: {
      ...forVacancy,
      meanResults: Math.round((vacancyResults / Math.max(1, forVacancy.count)) * 10) / 10,
    },
  };
  return { result, sample: { workerIds, vacancyIds } };
}

/**
 * The fast path against exhaustive scoring of every pair, for a sample of the queried workers and vacancies.
 * Exhaustive scoring holds every consenting worker in memory at once: it is the baseline, not something the
 * server does, so the benchmark runs it after taking the server's peak memory.
 */
export async function matchingExactness(
  db: Db,
  sample: MatchingSample,
  samples: number,
  log: (line: string) => void,
): Promise<Exactness> {
  const { workerIds, vacancyIds } = sample;
  const today = todayIso();
  log('matching: fast path against exhaustive scoring');
  const settings = await loadMatchSettings(db, today);
  let sampled = 0;
  let equal = 0;
  const same = (a: { id: string }[], b: { id: string }[]) =>
    a.map((x) => x.id).join() === b.map((x) => x.id).join();
  for (const worker of await loadRegistryWorkers(db, workerIds.slice(0, samples))) {
    if (worker.status !== 'active') continue;
    const opts = { settings, today, limit: 20 };
    const fast = await matchesForWorker(db, worker, opts);
    sampled++;
    if (same(fast.results, await exhaustiveMatchesForWorker(db, worker, opts))) equal++;
  }
  const rows = await vacancyQuery(db)
    .where('v.id', 'in', vacancyIds.slice(0, Math.ceil(samples / 2)))
    .execute();
  for (const vacancy of rows.map(toMatchVacancy)) {
    const opts = { settings, today, limit: 20, centreIds: null };
    const fast = await candidatesForVacancy(db, vacancy, opts);
    sampled++;
    if (same(fast.results, await exhaustiveCandidatesForVacancy(db, vacancy, opts))) equal++;
  }
  return { sampled, equal, share: sampled ? Math.round((equal / sampled) * 1000) / 1000 : 0 };
}
