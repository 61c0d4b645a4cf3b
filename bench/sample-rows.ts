/**
 * Rows drawn evenly from the generated channel files, to build queries from: every k-th row of each file, so
 * the sample is the same for the same seed and spreads over all channels. Files are streamed, so drawing from
 * a million rows keeps only the sample in memory.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { DEMO_FILE_NAMES, WORKER_SOURCES } from '../src/server/features/demo/index';

export type CsvRow = Record<string, string>;

export interface SampledRow {
  source: string;
  row: CsvRow;
  /** The generator's record of how this row departs from the person's true record (truth.csv `variants`). */
  variants: string[];
}

async function* readCsv(file: string): AsyncGenerator<CsvRow> {
  yield* createReadStream(file).pipe(parse({ columns: true }));
}

export async function sampleRows(dataDir: string, totalRows: number, wanted: number): Promise<SampledRow[]> {
  const stride = Math.max(1, Math.floor(totalRows / wanted));
  const sampled: SampledRow[] = [];
  const byKey = new Map<string, SampledRow>();
  for (const source of WORKER_SOURCES) {
    let i = 0;
    for await (const row of readCsv(path.join(dataDir, DEMO_FILE_NAMES.workers(source)))) {
      if (i++ % stride !== 0) continue;
      const entry = { source, row, variants: [] };
      sampled.push(entry);
      byKey.set(`${source}|${row.source_id}`, entry);
    }
  }
  for await (const t of readCsv(path.join(dataDir, DEMO_FILE_NAMES.truth))) {
    const entry = byKey.get(`${t.source}|${t.source_id}`);
    if (entry) entry.variants = t.variants ? t.variants.split(';') : [];
  }
  return sampled;
}
