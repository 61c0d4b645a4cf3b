/**
 * Generating a data set into any destination: files (csv-files.ts), or, for `homeward demo seed`, rows handed
 * straight to an importer. The sink may return a promise to make the generator wait (backpressure); the
 * generator itself never buffers more than the rows it holds back on purpose (demo-records.ts).
 */
import { WORKER_SOURCES, type WorkerSource } from './columns';
import { createDemoGenerator, type DemoRecord, type DemoReference } from './demo-records';
import { type DemoOptions, resolveDemoOptions } from './options';

export type DemoSink = (record: DemoRecord) => void | Promise<void>;

/** Rows produced so far and in all (employers + vacancies + workers; truth rows mirror worker rows). */
export type DemoProgress = (done: number, total: number) => void;

export interface DemoCounts {
  employers: number;
  vacancies: number;
  workers: Record<WorkerSource, number>;
  truth: number;
  persons: number;
  lookalikeGroups: number;
}

const PROGRESS_EVERY = 10_000;

export async function generateDemoData(
  reference: DemoReference,
  given: Partial<DemoOptions>,
  sink: DemoSink,
  onProgress?: DemoProgress,
): Promise<DemoCounts> {
  const options = resolveDemoOptions(given);
  const generator = createDemoGenerator(reference, options);
  const counts: DemoCounts = {
    employers: 0,
    vacancies: 0,
    workers: Object.fromEntries(WORKER_SOURCES.map((s) => [s, 0])) as Record<WorkerSource, number>,
    truth: 0,
    persons: 0,
    lookalikeGroups: 0,
  };
  const total = options.employers + options.vacancies + options.workers;
  let done = 0;
  onProgress?.(0, total);
  for (const record of generator.records) {
    const waiting = sink(record);
    if (waiting) await waiting;
    if (record.file === 'workers') counts.workers[record.source]++;
    else counts[record.file]++;
    if (record.file !== 'truth' && ++done % PROGRESS_EVERY === 0) onProgress?.(done, total);
  }
  onProgress?.(done, total);
  counts.persons = generator.stats.persons;
  counts.lookalikeGroups = generator.stats.lookalikeGroups;
  return counts;
}
