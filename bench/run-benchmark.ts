/**
 * One benchmark run, start to finish: a fresh database, generated data loaded through the product's import,
 * then search, the duplicate check and HTTP throughput measured against it, each beside its baseline. The
 * server runs in this process (as `homeward serve` would), so its memory is this process's memory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_FILE_NAMES } from '../src/server/features/demo/index';
import { createLogger } from '../src/server/logger';
import { type RunningServer, startServer } from '../src/server/start';
import { createBenchDatabase, databaseBytes } from './bench-database';
import { codeVersion } from './code-version';
import { copyBaselinePglite, copyBaselinePostgres } from './copy-baseline';
import { benchDashboard } from './dashboard-bench';
import { benchDuplicateCheck } from './duplicate-check-bench';
import { generateData, repoRoot } from './generate-data';
import { benchHttp } from './http-bench';
import { ratio } from './latency';
import { importChannelFiles, loadGazetteer } from './load-registry';
import { describeMachine, loadAverage } from './machine';
import { benchMatching, matchingExactness } from './matching-bench';
import { processPeakRssMb, rssSampler } from './memory';
import type { BenchOptions } from './options';
import { measureQuality } from './quality';
import { duplicateCheckBodies, nameQueries, phoneQueries } from './queries';
import { type BenchResult, checkTargets } from './result';
import { sampleRows } from './sample-rows';
import { adminAuth, benchIlikeBaseline, benchNameSearch, benchPhoneSearch } from './search-bench';

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const t0 = performance.now();
  const elapsed = () => `${Math.round((performance.now() - t0) / 1000)} s`;
  const log = (line: string) => options.log(`[bench ${elapsed()}] ${line}`);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'homeward-bench-'));
  const code = codeVersion(repoRoot);
  const database = await createBenchDatabase(options.db, options.serverUrl, workDir);
  let server: RunningServer | null = null;
  let cleaned: Promise<void> | null = null;
  const cleanUp = () => {
    cleaned ??= (async () => {
      await server?.close().catch(() => {});
      await database.drop().catch((error) => log(`could not drop the scratch database: ${String(error)}`));
      rmSync(workDir, { recursive: true, force: true });
    })();
    return cleaned;
  };
  // A run stopped with Ctrl-C or kill still drops its scratch database and files.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`generating ${options.scale} worker rows (seed ${options.seed})`);
    const dataDir = path.join(workDir, 'data');
    const generated = await generateData(dataDir, options.scale, options.seed);

    log(`starting the server on ${database.label}`);
    const setupMemory = rssSampler();
    const admin = { email: 'bench-admin@homeward.local', password: randomBytes(12).toString('hex') };
    server = await startServer(
      {
        databaseUrl: database.url,
        dataDir: database.dataDir,
        port: 0,
        host: '127.0.0.1',
        adminEmail: admin.email,
        adminPassword: admin.password,
        sessionHours: 12,
        logLevel: 'silent',
        filesDir: path.join(workDir, 'files'),
        attachmentMaxBytes: 10 * 1024 * 1024,
      },
      { logger: createLogger('silent'), webDir: null },
    );
    const { db, kind } = server.handle;

    log('loading the gazetteer');
    const gazetteer = await loadGazetteer(db);
    const setupPeakRssMb = setupMemory.stop();
    log('importing the five channel files');
    const importMemory = rssSampler();
    const imported = await importChannelFiles(db, dataDir, log);
    const importPeakRssMb = importMemory.stop();
    log(`imported ${imported.rows} rows in ${imported.seconds.toFixed(1)} s`);
    const sizeBytes = await databaseBytes(db, kind, database.dataDir);

    log('COPY baseline');
    const copy =
      database.url === undefined
        ? await copyBaselinePglite(workDir, dataDir)
        : await copyBaselinePostgres(database.url, dataDir);

    log('search and duplicate check');
    const samples = await sampleRows(dataDir, generated.workers, options.queries * 2);
    const names = nameQueries(samples, options.queries);
    const phones = phoneQueries(samples, Math.round((options.queries * 2) / 3));
    const checks = duplicateCheckBodies(samples, Math.round((options.queries * 2) / 3));
    const auth = await adminAuth(db, admin.email);
    const queriesMemory = rssSampler();
    const budgetSeconds = options.queryBudgetSeconds;
    const nameSearch = await benchNameSearch(db, auth, names, budgetSeconds);
    const phoneSearch = await benchPhoneSearch(db, auth, phones, budgetSeconds);
    const searchBaseline = await benchIlikeBaseline(db, names, nameSearch, budgetSeconds);
    const duplicateCheck = await benchDuplicateCheck(db, kind, admin, checks, {
      uploadDir: path.join(workDir, 'uploads'),
      budgetSeconds,
    });
    log('matching');
    const matched = await benchMatching(db, dataDir, {
      queries: Math.round(options.queries / 3),
      budgetSeconds,
      log,
    });
    log('dashboard');
    const dashboard = await benchDashboard(db, auth);
    const queriesPeakRssMb = queriesMemory.stop();

    let http: BenchResult['http'] = null;
    let httpPeakRssMb: number | null = null;
    if (options.httpSeconds > 0) {
      log(`HTTP load with autocannon, ${options.httpSeconds} s per endpoint`);
      // One random sample: any record for get-a-worker, its active ones for matches (inactive ones match nothing).
      const ids = await db
        .selectFrom('workers')
        .select(['id', 'status'])
        .where('status', '<>', 'merged')
        .orderBy((eb) => eb.fn('random'))
        .limit(200)
        .execute();
      const activeIds = ids.filter((r) => r.status === 'active');
      const httpMemory = rssSampler();
      const loaded = await benchHttp(
        server.url,
        admin,
        {
          workerIds: ids.map((r) => r.id),
          searches: [...names, ...phones].map((q) => q.text),
          checks,
          matchWorkerIds: activeIds.map((r) => r.id),
        },
        { seconds: options.httpSeconds, connections: options.httpConnections, workDir },
      );
      httpPeakRssMb = httpMemory.stop();
      http = loaded;
    }
    // Taken before the exhaustive matching baseline and the quality check: both hold whole tables or files in
    // memory, which is the benchmark's doing, not the server's.
    const peakRssMb = processPeakRssMb();
    const matching = { ...matched.result, exactness: await matchingExactness(db, matched.sample, 20, log) };

    log('duplicate quality against the truth file');
    const duplicates = await measureQuality(
      db,
      path.join(dataDir, DEMO_FILE_NAMES.truth),
      path.join(workDir, 'pairs.csv'),
    );

    const measured = {
      benchmark: 'homeward' as const,
      schemaVersion: 1 as const,
      startedAt: startedAt.toISOString(),
      code,
      options: {
        scale: options.scale,
        db: options.db,
        seed: options.seed,
        queries: options.queries,
        queryBudgetSeconds: options.queryBudgetSeconds,
        httpSeconds: options.httpSeconds,
        httpConnections: options.httpConnections,
      },
      machine: await describeMachine(db, kind, loadAtStart),
      data: { workerRows: generated.workers, persons: generated.persons, generateSeconds: generated.seconds },
      gazetteer,
      import: imported,
      importBaseline: { ...copy, importToCopyRatio: ratio(imported.seconds, copy.seconds) },
      duplicates,
      nameSearch,
      phoneSearch,
      searchBaseline,
      duplicateCheck,
      matching,
      dashboard,
      http,
      memory: { peakRssMb, setupPeakRssMb, importPeakRssMb, queriesPeakRssMb, httpPeakRssMb },
      database: { sizeBytes, sizeMb: Math.round(sizeBytes / 1024 ** 2) },
      notBuilt: [],
    };
    const totalSeconds = Math.round((performance.now() - t0) / 100) / 10;
    log('done');
    return {
      ...measured,
      finishedAt: new Date().toISOString(),
      totalSeconds,
      targets: checkTargets(measured),
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}
