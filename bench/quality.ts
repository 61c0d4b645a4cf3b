/**
 * Duplicate detection quality of the import: the registry's pairs (`sourcePairs`, what `homeward dedup pairs
 * --format csv` prints) scored against the generator's truth file by bench/dedup-quality.ts.
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Db } from '../src/server/db/database';
import { sourcePairs } from '../src/server/features/dedup/pairs-export';
import { dedupQuality } from './dedup-quality';

export type DuplicateQuality = ReturnType<typeof dedupQuality> & { seconds: number };

const PAIR_COLUMNS = ['source_a', 'source_id_a', 'source_b', 'source_id_b', 'score', 'decision'];

/** Streams the pairs to a CSV file first: at a million rows they would be a large array of objects. */
async function writePairs(db: Db, file: string): Promise<void> {
  const csv = stringify({ header: true, columns: PAIR_COLUMNS });
  const out = csv.pipe(createWriteStream(file));
  for await (const pair of sourcePairs(db)) {
    if (!csv.write(pair)) await once(csv, 'drain');
  }
  csv.end();
  await finished(out);
}

export async function measureQuality(
  db: Db,
  truthFile: string,
  pairsFile: string,
): Promise<DuplicateQuality> {
  const started = performance.now();
  await writePairs(db, pairsFile);
  const quality = dedupQuality(readFileSync(truthFile, 'utf8'), readFileSync(pairsFile, 'utf8'));
  return { ...quality, seconds: (performance.now() - started) / 1000 };
}
