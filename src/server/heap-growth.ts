import v8 from 'node:v8';
import { ConfigError } from './errors';

/**
 * How far V8 lets its heap grow past the data still live after a full collection, in percent. Left to itself
 * on a large machine V8 grows it up to four times the live data: an import holds 75-150 MB live after a full
 * collection, yet at a million rows the process reached 1 GB. At 200 % (three times) an import of 300,000 rows peaked at 692 MB
 * instead of 890 MB, for a few percent more time; 150 % gave 634 MB for a tenth more (docs/benchmarks.md,
 * session 12).
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 200;

export function heapGrowthPercent(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.HOMEWARD_HEAP_GROWTH_PERCENT;
  if (raw === undefined || raw === '') return DEFAULT_HEAP_GROWTH_PERCENT;
  const percent = Number(raw);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1000) {
    throw new ConfigError(
      "HOMEWARD_HEAP_GROWTH_PERCENT must be a whole number from 0 (V8's own choice) to 1000",
    );
  }
  return percent;
}

/**
 * Applies HOMEWARD_HEAP_GROWTH_PERCENT to this process. V8 reads the setting at every full collection, so it
 * takes effect although the heap is already set up.
 */
export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): number {
  const percent = heapGrowthPercent(env);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
