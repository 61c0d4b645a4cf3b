/** Test helpers: generate a data set into a scratch directory and read its files back as records. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEMO_FILE_NAMES, WORKER_SOURCES, type WorkerSource } from './columns';
import { type DemoFilesSummary, type WriteDemoFilesOptions, writeDemoFiles } from './csv-files';
import { DEFAULT_GAZETTEER_DIR } from './reference-files';

export const scratchDir = (): string => mkdtempSync(path.join(tmpdir(), 'homeward-demo-'));

export async function generateInto(options: Omit<WriteDemoFilesOptions, 'out'>): Promise<DemoFilesSummary> {
  return writeDemoFiles({ ...options, out: scratchDir() });
}

export type CsvRecord = Record<string, string>;

export function readCsv(file: string): { header: string[]; rows: CsvRecord[] } {
  const text = readFileSync(file, 'utf8');
  const header = (parse(text, { to_line: 1 }) as string[][])[0] ?? [];
  return { header, rows: parse(text, { columns: true }) as CsvRecord[] };
}

export interface WorkerRecord extends CsvRecord {
  source: WorkerSource;
}

/** Every worker row of a data set, each with the channel its file is for, keyed by `source/source_id`. */
export function readWorkers(dir: string): Map<string, WorkerRecord> {
  const all = new Map<string, WorkerRecord>();
  for (const source of WORKER_SOURCES) {
    for (const row of readCsv(path.join(dir, DEMO_FILE_NAMES.workers(source))).rows) {
      all.set(`${source}/${row.source_id}`, { ...row, source });
    }
  }
  return all;
}

/** Village codes of the shared gazetteer (the file the generator reads, read here independently). */
export function gazetteerVillageCodes(): Set<string> {
  const { rows } = readCsv(path.join(DEFAULT_GAZETTEER_DIR, 'cambodia_villages_pumi.csv'));
  return new Set(rows.map((r) => r.code!));
}
