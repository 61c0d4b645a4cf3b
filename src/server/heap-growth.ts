import { constants, PerformanceObserver } from 'node:perf_hooks';
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
/**
 * The heap size the growth aims to stay within, in MB. A fixed factor is no cap: at a million workers the
 * server holds about 200 MB live (the matching indexes, name counts), and ten concurrent requests then grew
 * the heap to three times that (session 13). Past the budget, full collections come sooner instead.
 */
export const DEFAULT_HEAP_BUDGET_MB = 512;
/** The least growth the budget leaves: below it the process would do little but collect. */
export const MIN_BUDGET_GROWTH_PERCENT = 10;

function wholeNumber(raw: string | undefined, fallback: number, max: number, message: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new ConfigError(message);
  return n;
}

export function heapGrowthPercent(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(
    env.HOMEWARD_HEAP_GROWTH_PERCENT,
    DEFAULT_HEAP_GROWTH_PERCENT,
    1000,
    "HOMEWARD_HEAP_GROWTH_PERCENT must be a whole number from 0 (V8's own choice) to 1000",
  );
}

export function heapBudgetMb(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(
    env.HOMEWARD_HEAP_BUDGET_MB,
    DEFAULT_HEAP_BUDGET_MB,
    65_536,
    'HOMEWARD_HEAP_BUDGET_MB must be a whole number of megabytes from 0 (no budget) to 65536',
  );
}

/**
 * The growth that keeps the next collection's limit (live data times one plus the growth) within the budget,
 * never above `most` nor below MIN_BUDGET_GROWTH_PERCENT.
 */
export function growthWithinBudget(liveBytes: number, budgetBytes: number, most: number): number {
  if (liveBytes <= 0) return most;
  const fits = Math.floor((budgetBytes / liveBytes - 1) * 100);
  return Math.min(most, Math.max(MIN_BUDGET_GROWTH_PERCENT, fits));
}

let governor: PerformanceObserver | null = null;

/**
 * After each full collection, sets the growth from what stayed live: the most the budget allows, up to
 * `most`. V8 reports the collection just after it, so the heap's used size is then close to the live data.
 */
function governHeap(budgetBytes: number, most: number): void {
  let current = most;
  governor = new PerformanceObserver((list) => {
    const major = list
      .getEntries()
      .some(
        (e) =>
          (e as unknown as { detail?: { kind?: number } }).detail?.kind ===
          constants.NODE_PERFORMANCE_GC_MAJOR,
      );
    if (!major) return;
    const next = growthWithinBudget(v8.getHeapStatistics().used_heap_size, budgetBytes, most);
    if (next === current) return;
    current = next;
    v8.setFlagsFromString(`--heap-growing-percent=${next}`);
  });
  governor.observe({ entryTypes: ['gc'] });
}

/**
 * Sets this process's heap growth from HOMEWARD_HEAP_GROWTH_PERCENT, lowered after each full collection where
 * HOMEWARD_HEAP_BUDGET_MB requires. The setting replaces V8's own factor, which it lowers when it is short of
 * memory, so a growth given to node itself (`--heap-growing-percent`) is left alone. V8 reads it at every full
 * collection, so it takes effect although the heap is already set up.
 */
export function setHeapGrowth(
  env: NodeJS.ProcessEnv = process.env,
  nodeFlags: readonly string[] = [...process.execArgv, env.NODE_OPTIONS ?? ''],
): number {
  const percent = heapGrowthPercent(env);
  const budget = heapBudgetMb(env);
  // A second call starts over: an earlier governor must not go on overriding what this one decides.
  governor?.disconnect();
  governor = null;
  if (nodeFlags.some((f) => /heap[-_]growing[-_]percent/.test(f))) return 0;
  if (percent > 0) {
    v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
    if (budget > 0) governHeap(budget * 2 ** 20, percent);
  }
  return percent;
}
