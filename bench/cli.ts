/**
 * `npm run bench -- --scale N [--db pglite|postgres] [--out FILE.json] [--seed S]`: runs, prints, writes.
 * `npm run bench -- --report FILE.json` prints the table of a saved run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setHeapGrowth } from '../src/server/heap-growth';
import { parseBenchArgs, USAGE } from './options';
import { formatHeading, formatTable } from './report';
import type { BenchResult } from './result';
import { runBenchmark } from './run-benchmark';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
try {
  // The benchmark's process is the server measured: it runs with the server's heap setting.
  setHeapGrowth();
  const reportAt = argv.indexOf('--report');
  if (reportAt >= 0) {
    // Prints the table of an earlier run again (e.g. for docs/benchmarks.md) without measuring anything.
    const saved = JSON.parse(readFileSync(argv[reportAt + 1] ?? '', 'utf8')) as BenchResult;
    console.log(`${formatHeading(saved)}\n\n${formatTable(saved)}`);
    process.exit(0);
  }
  const options = parseBenchArgs(argv);
  const result = await runBenchmark(options);
  console.log(`\n${formatHeading(result)}\n\n${formatTable(result)}\n`);
  if (options.out) {
    mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`JSON written to ${options.out}`);
  }
  // The pg pool and PGlite release their handles on close, but a stray timer must not hold the shell.
  process.exit(0);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.HOMEWARD_DEBUG && error instanceof Error) console.error(error.stack);
  process.exit(1);
}
