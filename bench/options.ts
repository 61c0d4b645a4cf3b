/** What one benchmark run measures and how: the command-line flags, their defaults and their checks. */

export type BenchDb = 'pglite' | 'postgres';

export interface BenchOptions {
  /** Worker rows generated and imported (across the five channel files). */
  scale: number;
  db: BenchDb;
  seed: number;
  /** Where the JSON result is written; null writes none (the smoke test reads the returned object). */
  out: string | null;
  /** PostgreSQL server on which a scratch database is created and dropped again. */
  serverUrl: string;
  /** Name search queries; phone searches and duplicate checks are each two thirds of it. */
  queries: number;
  /** Seconds each latency set (names, phones, ILIKE, duplicate check) may take before it stops early. */
  queryBudgetSeconds: number;
  /** Seconds of autocannon load per HTTP endpoint; 0 skips the HTTP phase. */
  httpSeconds: number;
  httpConnections: number;
  /** Called with one line per step, so a long run shows where it is. */
  log: (line: string) => void;
}

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export const DEFAULTS = {
  scale: 10_000,
  db: 'pglite' as BenchDb,
  seed: 42,
  queries: 300,
  queryBudgetSeconds: 300,
  httpSeconds: 10,
  httpConnections: 10,
};

export const USAGE = `usage: npm run bench -- [--scale N] [--db pglite|postgres] [--out FILE.json] [--seed S]
                      [--queries Q] [--query-budget S] [--http-seconds S] [--connections C] [--no-http]
       npm run bench -- --report FILE.json   (prints the table of a saved run)

  --scale N          worker rows to generate and import (default ${DEFAULTS.scale})
  --db               pglite (a temporary data directory) or postgres (a new database on
                     BENCH_DATABASE_URL, default ${DEFAULT_SERVER_URL}) (default ${DEFAULTS.db})
  --out FILE.json    where to write the result (default bench-results/bench-<db>-<scale>.json)
  --seed S           generator seed (default ${DEFAULTS.seed})
  --queries Q        name searches; phone searches and duplicate checks are 2/3 of it (default ${DEFAULTS.queries})
  --query-budget S   seconds each set of queries may take before it stops early (default ${DEFAULTS.queryBudgetSeconds})
  --http-seconds S   autocannon load per endpoint (default ${DEFAULTS.httpSeconds}); --no-http skips it
  --connections C    autocannon connections (default ${DEFAULTS.httpConnections})`;

function whole(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(`${flag} needs a whole number of at least ${min}`);
  }
  return Number(value);
}

/** Flags to options; throws one clear message for anything it does not understand. */
export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const o: BenchOptions = {
    ...DEFAULTS,
    out: '',
    serverUrl: env.BENCH_DATABASE_URL || DEFAULT_SERVER_URL,
    log: (line) => console.error(line),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    switch (flag) {
      case '--scale':
        o.scale = whole(flag, value, 100);
        i++;
        break;
      case '--db':
        if (value !== 'pglite' && value !== 'postgres') throw new Error('--db is pglite or postgres');
        o.db = value;
        i++;
        break;
      case '--out':
        if (!value) throw new Error('--out needs a file name');
        o.out = value;
        i++;
        break;
      case '--seed':
        if (value === undefined || !/^-?\d+$/.test(value)) throw new Error('--seed needs a whole number');
        o.seed = Number(value);
        i++;
        break;
      case '--queries':
        o.queries = whole(flag, value, 10);
        i++;
        break;
      case '--query-budget':
        o.queryBudgetSeconds = whole(flag, value, 1);
        i++;
        break;
      case '--http-seconds':
        o.httpSeconds = whole(flag, value, 0);
        i++;
        break;
      case '--connections':
        o.httpConnections = whole(flag, value, 1);
        i++;
        break;
      case '--no-http':
        o.httpSeconds = 0;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (o.out === '') o.out = `bench-results/bench-${o.db}-${o.scale}.json`;
  return o;
}
