/** Latency of one kind of call, run one after another as a single user would, and its percentiles. */

export interface Latency {
  count: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
  /**
   * True when the set ran out of its time budget before every query had run: the figures then describe the
   * queries that did run (in their usual order, so every kind is still represented).
   */
  stoppedEarly: boolean;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(durations: number[], stoppedEarly = false): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    maxMs: round(sorted.at(-1) ?? 0),
    stoppedEarly,
  };
}

/** A few untimed calls first fill the connection pool and the caches a running server would have warm. */
const WARM_UP = 5;

/**
 * Runs `call` once per input, sequentially, timing each; `observe` sees each result and its time (to count
 * empty answers or split by kind) outside the timed span. Stops once `budgetSeconds` have passed, so a query
 * that turns out to take seconds at a million rows cannot hold a run for hours.
 */
export async function timeEach<I, R>(
  inputs: readonly I[],
  call: (input: I) => Promise<R>,
  options: { budgetSeconds: number; observe?: (result: R, input: I, ms: number) => void },
): Promise<Latency> {
  const deadline = performance.now() + options.budgetSeconds * 1000;
  for (const input of inputs.slice(0, WARM_UP)) await call(input);
  const durations: number[] = [];
  for (const input of inputs) {
    if (performance.now() > deadline) return summarize(durations, true);
    const started = performance.now();
    const result = await call(input);
    const ms = performance.now() - started;
    durations.push(ms);
    options.observe?.(result, input, ms);
  }
  return summarize(durations);
}

/** How many times slower (above 1) or faster (below 1) the product is than the baseline. */
export const ratio = (product: number, baseline: number): number | null =>
  baseline > 0 ? Math.round((product / baseline) * 100) / 100 : null;
