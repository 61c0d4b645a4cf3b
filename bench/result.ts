/** The JSON a run writes: every figure, its baseline and its target, and null for what is not built yet. */

import type { CodeVersion } from './code-version';
import type { CopyBaseline } from './copy-baseline';
import type { DashboardResult } from './dashboard-bench';
import type { DuplicateCheckResult } from './duplicate-check-bench';
import type { HttpResult } from './http-bench';
import type { GazetteerLoad, RegistryLoad } from './load-registry';
import type { MatchingResult } from './matching-bench';
import type { BenchDb } from './options';
import type { DuplicateQuality } from './quality';
import type { NameKind, PhoneKind } from './queries';
import type { SearchBaseline, SearchResult } from './search-bench';

export interface TargetCheck {
  figure: string;
  value: number | null;
  unit: string;
  target: string;
  /**
   * `met` or `missed`; targets stated for a million workers are only judged at that scale, except that a
   * figure already over its limit at a smaller scale is `missed` (the registry only grows).
   */
  status: 'met' | 'missed' | 'not judged below 1,000,000' | 'not built yet';
}

export interface BenchResult {
  benchmark: 'homeward';
  schemaVersion: 1;
  startedAt: string;
  code: CodeVersion;
  finishedAt: string;
  totalSeconds: number;
  options: {
    scale: number;
    db: BenchDb;
    seed: number;
    queries: number;
    queryBudgetSeconds: number;
    httpSeconds: number;
    httpConnections: number;
  };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    database: string;
    databaseVersion: string;
    /**
     * The server settings a bulk load depends on most (shared_buffers, max_wal_size, checkpoint_timeout): with
     * Debian's defaults a million-row import spends much of PostgreSQL's time on checkpoints (README).
     */
    databaseSettings: string;
    /**
     * 1, 5 and 15 minute load averages when the run started and ended: above the core count, other work shared
     * the machine and latencies are inflated (the ratios to the baselines much less so).
     */
    loadAverage: { atStart: number[]; atEnd: number[] };
  };
  data: { workerRows: number; persons: number; generateSeconds: number };
  gazetteer: GazetteerLoad;
  import: RegistryLoad;
  importBaseline: CopyBaseline & {
    /** Import seconds / COPY seconds for the same rows: how far from the physical limit of loading. */
    importToCopyRatio: number | null;
  };
  duplicates: DuplicateQuality;
  nameSearch: SearchResult<NameKind>;
  phoneSearch: SearchResult<PhoneKind>;
  searchBaseline: SearchBaseline;
  duplicateCheck: DuplicateCheckResult;
  /** Matches for a worker and candidates for a vacancy (issue 5), and the share equal to exhaustive scoring. */
  matching: MatchingResult;
  /** The headline dashboard figures (issue 6, indicators), national scope, last twelve months. */
  dashboard: DashboardResult;
  /** Null when the HTTP phase was skipped (--no-http). */
  http: HttpResult | null;
  memory: {
    /** High-water mark of the whole process up to the end of the HTTP phase. */
    peakRssMb: number;
    /** Sampled peaks per phase: start-up and migrations with the gazetteer load, import, queries, HTTP. */
    setupPeakRssMb: number;
    importPeakRssMb: number;
    queriesPeakRssMb: number;
    httpPeakRssMb: number | null;
  };
  database: { sizeBytes: number; sizeMb: number };
  notBuilt: string[];
  targets: TargetCheck[];
}

const MILLION = 1_000_000;

function judge(value: number | null, limit: number, scale: number, atMillion: boolean) {
  if (value === null) return 'not built yet' as const;
  if (value > limit) return 'missed' as const;
  return !atMillion || scale >= MILLION ? ('met' as const) : ('not judged below 1,000,000' as const);
}

type Measured = Omit<BenchResult, 'targets' | 'finishedAt' | 'totalSeconds'>;

/** Issue 4's targets (import, memory) and issue 3's (search, duplicate check, duplicate quality). */
export function checkTargets(r: Measured): TargetCheck[] {
  const scale = r.options.scale;
  const row = (
    figure: string,
    value: number | null,
    unit: string,
    target: string,
    limit: number,
    atMillion: boolean,
    atLeast = false,
  ): TargetCheck => {
    const status =
      atLeast && value !== null
        ? value >= limit
          ? ('met' as const)
          : ('missed' as const)
        : judge(value, limit, scale, atMillion);
    return { figure, value, unit, target, status };
  };
  return [
    row('import with duplicate detection', r.import.seconds, 's', '< 600 s for 1,000,000', 600, true),
    row('import / COPY', r.importBaseline.importToCopyRatio, 'x', '<= 10 x COPY (ambition)', 10, false),
    row('name search p95', r.nameSearch.p95Ms, 'ms', '< 50 ms at 1,000,000', 50, true),
    row('phone search p95', r.phoneSearch.p95Ms, 'ms', '< 50 ms at 1,000,000', 50, true),
    row('duplicate check p95', r.duplicateCheck.p95Ms, 'ms', '< 50 ms at 1,000,000', 50, true),
    row(
      'matches for a worker p95',
      r.matching.matchesForWorker.p95Ms,
      'ms',
      '< 20 ms at 100,000 open vacancies',
      20,
      true,
    ),
    row(
      'candidates for a vacancy p95',
      r.matching.candidatesForVacancy.p95Ms,
      'ms',
      '< 200 ms at 1,000,000',
      200,
      true,
    ),
    row('fast path equals exhaustive (top 20)', r.matching.exactness.share, '', '= 1', 1, false, true),
    row('peak memory (RSS)', r.memory.peakRssMb, 'MB', '< 1024 MB at 1,000,000', 1024, true),
    row('automatic links precise', r.duplicates.linkPrecision, '', '>= 0.99', 0.99, false, true),
    row('duplicate pairs found (recall)', r.duplicates.recall, '', '>= 0.95', 0.95, false, true),
    row('review queue share of records', r.duplicates.reviewShareOfRecords, '', '<= 0.05', 0.05, false),
  ];
}
