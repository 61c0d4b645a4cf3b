import v8 from 'node:v8';
import { ConfigError } from './errors';

/**
 * How far V8's heap grows past the data still live after a full collection before the next one, in percent.
 * V8's own choice on a large machine goes up to 300 % (four times the live data): an import holds 75-150 MB
 * live after a full collection, yet at a million rows the process reached 1 GB. At 200 % an import of 300,000
 * rows peaked at 692-708 MB instead of 890 MB, for about the same time; 150 % gave 634 MB for a tenth more
 * (docs/benchmarks.md, session 12).
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
 * Sets this process's heap growth from HOMEWARD_HEAP_GROWTH_PERCENT. The setting replaces V8's own factor,
 * which it lowers when it is short of memory, so a growth given to node itself (`--heap-growing-percent`) is
 * left alone. V8 reads it at every full collection, so it takes effect although the heap is already set up.
 */
export function setHeapGrowth(
  env: NodeJS.ProcessEnv = process.env,
  nodeFlags: readonly string[] = [...process.execArgv, env.NODE_OPTIONS ?? ''],
): number {
  const percent = heapGrowthPercent(env);
  if (nodeFlags.some((f) => /heap[-_]growing[-_]percent/.test(f))) return 0;
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
