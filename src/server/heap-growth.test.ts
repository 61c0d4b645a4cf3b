import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEAP_BUDGET_MB,
  DEFAULT_HEAP_GROWTH_PERCENT,
  growthWithinBudget,
  heapBudgetMb,
  heapGrowthPercent,
  MIN_BUDGET_GROWTH_PERCENT,
  setHeapGrowth,
} from './heap-growth';

/**
 * A process that keeps about 100 MB live while it churns through garbage, turning its event loop as a server
 * does, then prints its heap's largest size. Two full collections first, with a turn of the loop between them:
 * the budget learns the live size from the first, and V8 applies it from the second on.
 */
const CHURN = `
import { setHeapGrowth } from ${JSON.stringify(path.resolve(__dirname, 'heap-growth.ts'))};
setHeapGrowth();
const live = [];
for (let i = 0; i < 300_000; i++) live.push({ a: 'x'.repeat(20) + i, b: [i, i + 1] });
globalThis.gc();
await new Promise((resolve) => setTimeout(resolve, 50));
globalThis.gc();
let peak = 0;
for (let r = 0; r < 300; r++) {
  const junk = [];
  for (let i = 0; i < 20_000; i++) junk.push({ s: 'y'.repeat(30) + i, arr: new Array(8).fill(i) });
  if (r % 20 === 0) live.push(...junk.slice(0, 2000));
  peak = Math.max(peak, process.memoryUsage().heapTotal);
  await new Promise((resolve) => setImmediate(resolve));
}
console.log(peak);
`;

function peakHeap(percent: string, budgetMb = '0'): number {
  const script = path.join(tmpdir(), `homeward-heap-${process.pid}.mts`);
  writeFileSync(script, CHURN);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    env: { ...process.env, HOMEWARD_HEAP_GROWTH_PERCENT: percent, HOMEWARD_HEAP_BUDGET_MB: budgetMb },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

describe('heap growth', () => {
  it('reads HOMEWARD_HEAP_GROWTH_PERCENT, refusing what is not a percentage', () => {
    expect(heapGrowthPercent({})).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(heapGrowthPercent({ HOMEWARD_HEAP_GROWTH_PERCENT: '0' })).toBe(0);
    expect(heapGrowthPercent({ HOMEWARD_HEAP_GROWTH_PERCENT: '80' })).toBe(80);
    for (const bad of ['-1', '12.5', 'lots', '5000'])
      expect(() => heapGrowthPercent({ HOMEWARD_HEAP_GROWTH_PERCENT: bad })).toThrow(/whole number/);
  });

  it('reads HOMEWARD_HEAP_BUDGET_MB, refusing what is not a size', () => {
    expect(heapBudgetMb({})).toBe(DEFAULT_HEAP_BUDGET_MB);
    expect(heapBudgetMb({ HOMEWARD_HEAP_BUDGET_MB: '0' })).toBe(0);
    expect(heapBudgetMb({ HOMEWARD_HEAP_BUDGET_MB: '768' })).toBe(768);
    for (const bad of ['-1', '1.5', 'big', '100000'])
      expect(() => heapBudgetMb({ HOMEWARD_HEAP_BUDGET_MB: bad })).toThrow(/megabytes/);
  });

  it('grows the heap only as far as the budget allows, within its bounds', () => {
    const MB = 2 ** 20;
    expect(growthWithinBudget(100 * MB, 512 * MB, 200)).toBe(200);
    expect(growthWithinBudget(200 * MB, 512 * MB, 200)).toBe(156);
    expect(growthWithinBudget(400 * MB, 512 * MB, 200)).toBe(28);
    expect(growthWithinBudget(600 * MB, 512 * MB, 200)).toBe(MIN_BUDGET_GROWTH_PERCENT);
    expect(growthWithinBudget(0, 512 * MB, 200)).toBe(200);
    // Never above the growth set, even below the floor.
    expect(growthWithinBudget(100 * MB, 512 * MB, 5)).toBe(5);
    expect(growthWithinBudget(600 * MB, 512 * MB, 5)).toBe(5);
  });

  it('leaves alone a growth given to node itself', () => {
    expect(setHeapGrowth({}, ['--heap-growing-percent=50'])).toBe(0);
    expect(setHeapGrowth({}, ['--max-old-space-size=512 --heap_growing_percent=80'])).toBe(0);
  });

  it('keeps a running process smaller than V8 left to itself would', () => {
    const own = peakHeap('0');
    const limited = peakHeap('50');
    expect(limited).toBeLessThan(own * 0.85);
  }, 60_000);

  it('keeps the heap near its budget once the live data is known', () => {
    const unbounded = peakHeap('200');
    const budgeted = peakHeap('200', '80');
    expect(budgeted).toBeLessThan(unbounded * 0.8);
  }, 60_000);
});
