/**
 * Loads a generated data set the way a deployment would: the NCDD gazetteer first (an admin's first step, so
 * addresses keep their village and duplicate detection can compare them), then the five channel lists, one
 * `importWorkers` call per file and source, as `homeward workers import FILE --source S --centre PST` does.
 */
import path from 'node:path';
import type { Db } from '../src/server/db/database';
import { systemActor } from '../src/server/features/audit/audit.repository';
import { DEFAULT_GAZETTEER_DIR, DEMO_FILE_NAMES, WORKER_SOURCES } from '../src/server/features/demo/index';
import { importWorkers } from '../src/server/features/imports/import-workers.service';
import { importGazetteer } from '../src/server/features/reference/gazetteer-import.service';

export const benchActor = systemActor('bench');

/** Parents before children: the gazetteer importer links each unit to a parent it already holds. */
const GAZETTEER_FILES = ['districts', 'communes', 'villages'].map((level) =>
  path.join(DEFAULT_GAZETTEER_DIR, `cambodia_${level}_pumi.csv`),
);

/** Rows whose province has no centre of their own go to Pursat, as the README's example import does. */
const DEFAULT_CENTRE = 'PST';

export interface GazetteerLoad {
  units: number;
  seconds: number;
}

export async function loadGazetteer(db: Db): Promise<GazetteerLoad> {
  const started = performance.now();
  let units = 0;
  for (const file of GAZETTEER_FILES) {
    const summary = await importGazetteer(db, file, { actor: benchActor });
    units += summary.inserted + summary.updated;
  }
  return { units, seconds: (performance.now() - started) / 1000 };
}

export interface SourceImport {
  source: string;
  rows: number;
  created: number;
  linked: number;
  review: number;
  updated: number;
  rejected: number;
  seconds: number;
}

export interface RegistryLoad {
  rows: number;
  created: number;
  linked: number;
  review: number;
  updated: number;
  rejected: number;
  /** Wall time of the five imports, end to end. */
  seconds: number;
  rowsPerSecond: number;
  perSource: SourceImport[];
}

/** The centre an import gives rows whose province has none of its own (DEFAULT_CENTRE). */
export async function defaultCentreId(db: Db): Promise<string> {
  const centre = await db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', DEFAULT_CENTRE)
    .executeTakeFirstOrThrow();
  return centre.id;
}

export async function importChannelFiles(
  db: Db,
  dataDir: string,
  log: (line: string) => void,
): Promise<RegistryLoad> {
  const centreId = await defaultCentreId(db);
  const perSource: SourceImport[] = [];
  const started = performance.now();
  for (const source of WORKER_SOURCES) {
    const file = path.join(dataDir, DEMO_FILE_NAMES.workers(source));
    let nextReport = 0;
    const summary = await importWorkers(db, file, {
      source,
      actor: benchActor,
      defaultCentreId: centreId,
      onProgress: (p) => {
        // One line per 50,000 rows: enough to follow a million-row run in its log without flooding it.
        if (p.processedRows >= nextReport) {
          log(`  import ${source}: ${p.processedRows}/${p.totalRows ?? '?'} rows`);
          nextReport = p.processedRows + 50_000;
        }
      },
    });
    const { jobId: _job, ...counts } = summary;
    perSource.push({ source, ...counts });
    log(`  import ${source}: ${JSON.stringify(counts)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const sum = (key: keyof Omit<SourceImport, 'source'>) => perSource.reduce((n, s) => n + s[key], 0);
  const rows = sum('rows');
  return {
    rows,
    created: sum('created'),
    linked: sum('linked'),
    review: sum('review'),
    updated: sum('updated'),
    rejected: sum('rejected'),
    seconds,
    rowsPerSecond: rows / seconds,
    perSource,
  };
}
