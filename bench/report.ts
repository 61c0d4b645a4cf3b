/**
 * The run as a Markdown table (printed, and pasted as is into docs/benchmarks.md): each figure with its
 * baseline, its target and whether it is met.
 */
import type { Latency } from './latency';
import type { BenchResult, TargetCheck } from './result';
import type { SearchResult } from './search-bench';

const n = (v: number, digits = 0) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (v: number) => `${n(v * 100, 1)} %`;
const ms = (l: Latency) =>
  `p50 ${n(l.p50Ms, 1)} ms, p95 ${n(l.p95Ms, 1)} ms${l.stoppedEarly ? ' (time budget ran out)' : ''}`;
const times = (r: number | null) => (r === null ? '-' : `${n(r, 2)} x`);

function targetOf(r: BenchResult, figure: string): [string, string] {
  const t: TargetCheck | undefined = r.targets.find((x) => x.figure === figure);
  return t ? [t.target, t.status] : ['', ''];
}

/** Two targets in one row: the import's time limit and its ambition relative to COPY. */
const both = (a: [string, string], b: [string, string]): [string, string] => [
  `${a[0]}; ${b[0]}`,
  `${a[1]}; ambition ${b[1]}`,
];

export function formatTable(r: BenchResult): string {
  const rows: string[][] = [];
  const add = (figure: string, result: string, baseline = '', target = ['', '']) =>
    rows.push([figure, result, baseline, target[0] ?? '', target[1] ?? '']);
  const byKind = (result: SearchResult<string>) => {
    for (const [kind, k] of Object.entries(result.byKind)) {
      add(`  ${kind.replace('_', ' ')} (${k.count})`, `${ms(k)}; ${pct(k.emptyShare)} found nobody`);
    }
  };
  const i = r.import;
  const b = r.importBaseline;
  add(
    'data generated',
    `${n(r.data.workerRows)} rows, ${n(r.data.persons)} people, ${n(r.data.generateSeconds, 1)} s`,
  );
  add('gazetteer loaded', `${n(r.gazetteer.units)} units, ${n(r.gazetteer.seconds, 1)} s`);
  add(
    'import with duplicate detection',
    `${n(i.seconds, 1)} s, ${n(i.rowsPerSecond)} rows/s`,
    `COPY ${n(b.seconds, 2)} s (${n(b.rowsPerSecond)} rows/s); import = ${times(b.importToCopyRatio)} COPY`,
    both(targetOf(r, 'import with duplicate detection'), targetOf(r, 'import / COPY')),
  );
  add(
    'import outcome',
    `${n(i.created)} created, ${n(i.linked)} linked, ${n(i.review)} to review, ${n(i.rejected)} rejected`,
  );
  const d = r.duplicates;
  add('automatic links precise', pct(d.linkPrecision), '', targetOf(r, 'automatic links precise'));
  add(
    'duplicate pairs found (recall)',
    `${pct(d.recall)} of ${n(d.truePairs)}`,
    '',
    targetOf(r, 'duplicate pairs found (recall)'),
  );
  add(
    'review queue, share of records',
    pct(d.reviewShareOfRecords),
    '',
    targetOf(r, 'review queue share of records'),
  );
  const s = r.nameSearch;
  add(
    `name search (${s.count} queries)`,
    `${ms(s)}; ${pct(s.emptyShare)} found nobody`,
    `ILIKE ${ms(r.searchBaseline)}; search = ${times(r.searchBaseline.ratioP95)} ILIKE at p95`,
    targetOf(r, 'name search p95'),
  );
  byKind(s);
  const p = r.phoneSearch;
  add(
    `phone search, other written forms (${p.count})`,
    `${ms(p)}; ${pct(p.emptyShare)} found nobody`,
    '',
    targetOf(r, 'phone search p95'),
  );
  byKind(p);
  const c = r.duplicateCheck;
  add(
    `online duplicate check (${c.count})`,
    `${ms(c)}; ${n(c.meanCandidates, 1)} candidates on average`,
    '',
    targetOf(r, 'duplicate check p95'),
  );
  const mt = r.matching;
  add(
    `matches for a worker, top 20 (${mt.matchesForWorker.count}; ${n(mt.vacancies.open)} open vacancies)`,
    `${ms(mt.matchesForWorker)}; ${n(mt.matchesForWorker.meanResults, 1)} results on average`,
    '',
    targetOf(r, 'matches for a worker p95'),
  );
  add(
    `candidates for a vacancy, top 50 (${mt.candidatesForVacancy.count}; ${n(mt.consentingWorkers)} consenting workers)`,
    `${ms(mt.candidatesForVacancy)}; ${n(mt.candidatesForVacancy.meanResults, 1)} results on average`,
    '',
    targetOf(r, 'candidates for a vacancy p95'),
  );
  add(
    `fast path equals exhaustive scoring (${mt.exactness.sampled} sampled queries)`,
    `${mt.exactness.equal} of ${mt.exactness.sampled} equal`,
    'exhaustive scoring of every pair',
    targetOf(r, 'fast path equals exhaustive (top 20)'),
  );
  const dash = r.dashboard;
  add(
    `headline dashboard figures (national, ${dash.period.from} to ${dash.period.to}; ${n(dash.registered)} registered, ${dash.provinces} provinces)`,
    ms(dash.headline),
  );
  if (r.http) {
    const h = r.http;
    const load = (x: typeof h.search) =>
      `${n(x.requestsPerSecond)} req/s, p99 ${n(x.p99Ms)} ms${x.non2xx || x.errors ? `, ${x.non2xx} non-2xx, ${x.errors} errors` : ''}`;
    const how = `${h.connections} connections, ${h.seconds} s`;
    add(`HTTP get a worker (${how})`, load(h.getWorker));
    add('HTTP search', load(h.search));
    add('HTTP duplicate check', load(h.duplicateCheck));
    add('HTTP matches for a worker, top 20', load(h.matches));
  } else {
    add('HTTP throughput', 'skipped (--no-http)');
  }
  const m = r.memory;
  add(
    'peak memory (RSS) of the server process',
    `${n(m.peakRssMb)} MB (phases: start-up ${n(m.setupPeakRssMb)}, import ${n(m.importPeakRssMb)}, queries ${n(m.queriesPeakRssMb)}${m.httpPeakRssMb === null ? '' : `, HTTP ${n(m.httpPeakRssMb)}`})`,
    '',
    targetOf(r, 'peak memory (RSS)'),
  );
  add('database size', `${n(r.database.sizeMb)} MB`);
  const header = ['figure', 'result', 'baseline', 'target', 'status'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatHeading(r: BenchResult): string {
  const m = r.machine;
  return (
    `Homeward benchmark: ${n(r.options.scale)} workers on ${m.database} ${m.databaseVersion} ` +
    `(${m.databaseSettings ?? 'settings not recorded'}), seed ${r.options.seed}; ` +
    `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; ${r.startedAt}, ${n(r.totalSeconds)} s in all; ` +
    `load average ${m.loadAverage.atStart.join(' ')} at start, ${m.loadAverage.atEnd.join(' ')} at end; ` +
    `commit ${r.code.commit?.slice(0, 7) ?? 'unknown'}` +
    (r.code.changedFiles.length ? ` with ${r.code.changedFiles.length} changed files` : '')
  );
}
