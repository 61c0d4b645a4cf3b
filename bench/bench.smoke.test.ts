/**
 * The benchmark's smoke run: 10,000 generated rows through the whole benchmark on the suite's database
 * (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). It checks that every phase runs and that the JSON has
 * every field, not how fast anything is: CI machines are too noisy to judge speed in a test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './options';
import { formatTable } from './report';
import type { BenchResult } from './result';
import { runBenchmark } from './run-benchmark';

const serverUrl = process.env.TEST_DATABASE_URL;

/** Every figure the JSON promises, as dotted paths; each must be a finite number or a string. */
const FIGURES = [
  'options.scale',
  'machine.cpus',
  'machine.node',
  'machine.databaseVersion',
  'machine.databaseSettings',
  'data.workerRows',
  'data.persons',
  'gazetteer.units',
  'gazetteer.seconds',
  'import.rows',
  'import.created',
  'import.linked',
  'import.review',
  'import.rejected',
  'import.seconds',
  'import.rowsPerSecond',
  'importBaseline.method',
  'importBaseline.seconds',
  'importBaseline.rowsPerSecond',
  'importBaseline.importToCopyRatio',
  'duplicates.linkPrecision',
  'duplicates.recall',
  'duplicates.reviewShareOfRecords',
  'duplicates.truePairs',
  'dashboard.headline.p50Ms',
  'dashboard.headline.p95Ms',
  'nameSearch.p50Ms',
  'nameSearch.p95Ms',
  'nameSearch.emptyShare',
  'nameSearch.byKind.latin.p95Ms',
  'nameSearch.byKind.khmer.p95Ms',
  'nameSearch.byKind.latin_variant.p95Ms',
  'nameSearch.byKind.khmer_variant.p95Ms',
  'phoneSearch.p50Ms',
  'phoneSearch.p95Ms',
  'phoneSearch.byKind.spaced.p95Ms',
  'phoneSearch.byKind.compact.p95Ms',
  'searchBaseline.method',
  'searchBaseline.p50Ms',
  'searchBaseline.p95Ms',
  'searchBaseline.ratioP95',
  'duplicateCheck.p50Ms',
  'duplicateCheck.p95Ms',
  'duplicateCheck.meanCandidates',
  'http.getWorker.requestsPerSecond',
  'http.getWorker.p99Ms',
  'http.search.requestsPerSecond',
  'http.search.p99Ms',
  'http.duplicateCheck.requestsPerSecond',
  'http.duplicateCheck.p99Ms',
  'http.matches.requestsPerSecond',
  'http.matches.p99Ms',
  'memory.peakRssMb',
  'memory.importPeakRssMb',
  'memory.httpPeakRssMb',
  'database.sizeBytes',
] as const;

const at = (value: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], value);

describe('benchmark smoke run', () => {
  it('measures every figure at 10,000 rows and marks what is not built yet', {
    timeout: 300_000,
  }, async () => {
    const lines: string[] = [];
    const result: BenchResult = await runBenchmark({
      ...DEFAULTS,
      scale: 10_000,
      db: serverUrl ? 'postgres' : 'pglite',
      serverUrl: serverUrl ?? '',
      out: null,
      queries: 40,
      queryBudgetSeconds: 60,
      // One second per endpoint: enough to prove sign-in, the child process and autocannon work end to end.
      httpSeconds: 1,
      httpConnections: 2,
      log: (line) => lines.push(line),
    });

    for (const figure of FIGURES) {
      const value = at(result, figure);
      expect(
        typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
        `${figure} = ${String(value)}`,
      ).toBe(true);
    }
    expect(result.import.rows).toBe(10_000);
    expect(result.importBaseline.rows).toBe(10_000);
    expect(result.duplicates.records).toBe(10_000);
    expect(result.nameSearch.count).toBeGreaterThan(0);
    expect(result.phoneSearch.count).toBeGreaterThan(0);
    expect(result.duplicateCheck.count).toBeGreaterThan(0);
    // Every request of the HTTP phase was signed in and accepted.
    const { getWorker, search, duplicateCheck, matches } = result.http!;
    for (const endpoint of [getWorker, search, duplicateCheck, matches]) {
      expect(endpoint.requests).toBeGreaterThan(0);
      expect(endpoint.non2xx).toBe(0);
    }
    expect(result.matching.matchesForWorker.count).toBeGreaterThan(0);
    expect(result.matching.candidatesForVacancy.count).toBeGreaterThan(0);
    expect(result.matching.exactness.share).toBe(1);
    expect(result.dashboard.headline.count).toBe(20);
    expect(result.dashboard.registered).toBeGreaterThan(0);
    expect(formatTable(result)).toContain('headline dashboard figures (national');
    expect(formatTable(result)).toContain('HTTP matches for a worker, top 20');
    expect(formatTable(result)).not.toContain('not built yet');
    expect(lines.at(-1)).toContain('done');
  });
});
