/**
 * Writes a generated data set as CSV files: one workers file per channel, employers, vacancies and the truth
 * file. Each file is a csv-stringify stream piped to disk; a write that fills the stream's buffer makes the
 * generator wait for 'drain', so memory stays flat however many rows are asked for.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import {
  DEMO_FILE_NAMES,
  EMPLOYER_COLUMNS,
  type Row,
  TRUTH_COLUMNS,
  VACANCY_COLUMNS,
  WORKER_COLUMNS,
  WORKER_SOURCES,
  type WorkerSource,
} from './columns';
import type { DemoRecord } from './demo-records';
import { type DemoProgress, generateDemoData } from './generate';
import { type DemoOptions, resolveDemoOptions } from './options';
import { loadDemoReference, type ReferenceDirs } from './reference-files';

interface CsvFile {
  readonly name: string;
  rows: number;
  write(row: Row): Promise<void> | undefined;
  close(): Promise<void>;
}

function openCsv(dir: string, name: string, columns: readonly string[]): CsvFile {
  const stringifier = stringify({ header: true, columns: [...columns] });
  const done = pipeline(stringifier, createWriteStream(path.join(dir, name)));
  // Observed here so a failure while nobody awaits yet is not an unhandled rejection; close() rethrows it.
  done.catch(() => {});
  const file: CsvFile = {
    name,
    rows: 0,
    write(row) {
      file.rows++;
      return stringifier.write(row) ? undefined : once(stringifier, 'drain').then(() => undefined);
    },
    async close() {
      stringifier.end();
      await done;
    },
  };
  return file;
}

export interface WriteDemoFilesOptions extends Partial<DemoOptions>, ReferenceDirs {
  /** Directory to write into; created when missing, files in it with the same names are replaced. */
  out: string;
}

export interface DemoFilesSummary {
  out: string;
  /** Data rows per file (headers not counted). */
  files: Record<string, number>;
  /** Data rows in all files. */
  rows: number;
  workers: number;
  persons: number;
  seconds: number;
}

export async function writeDemoFiles(
  options: WriteDemoFilesOptions,
  onProgress?: DemoProgress,
): Promise<DemoFilesSummary> {
  const started = performance.now();
  // Checked before any file is opened, so bad options leave no half-written directory behind.
  resolveDemoOptions(options);
  const reference = loadDemoReference(options);
  const out = path.resolve(options.out);
  mkdirSync(out, { recursive: true });
  const employers = openCsv(out, DEMO_FILE_NAMES.employers, EMPLOYER_COLUMNS);
  const vacancies = openCsv(out, DEMO_FILE_NAMES.vacancies, VACANCY_COLUMNS);
  const truth = openCsv(out, DEMO_FILE_NAMES.truth, TRUTH_COLUMNS);
  const workers = Object.fromEntries(
    WORKER_SOURCES.map((s) => [s, openCsv(out, DEMO_FILE_NAMES.workers(s), WORKER_COLUMNS)]),
  ) as Record<WorkerSource, CsvFile>;
  const all = [employers, vacancies, ...Object.values(workers), truth];

  const sink = (record: DemoRecord) => {
    switch (record.file) {
      case 'workers':
        return workers[record.source].write(record.row);
      case 'employers':
        return employers.write(record.row);
      case 'vacancies':
        return vacancies.write(record.row);
      case 'truth':
        return truth.write(record.row);
    }
  };
  try {
    const counts = await generateDemoData(reference, options, sink, onProgress);
    await Promise.all(all.map((f) => f.close()));
    const files = Object.fromEntries(all.map((f) => [f.name, f.rows]));
    return {
      out,
      files,
      rows: all.reduce((sum, f) => sum + f.rows, 0),
      workers: Object.values(counts.workers).reduce((a, b) => a + b, 0),
      persons: counts.persons,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
  } catch (error) {
    await Promise.allSettled(all.map((f) => f.close()));
    throw error;
  }
}
