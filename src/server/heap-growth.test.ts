import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWTH_PERCENT, heapGrowthPercent, setHeapGrowth } from './heap-growth';

/** A process that keeps ~60 MB live while it churns through garbage, then prints its heap's size. */
const CHURN = `
import { setHeapGrowth } from ${JSON.stringify(path.resolve(__dirname, 'heap-growth.ts'))};
setHeapGrowth();
const live = [];
for (let i = 0; i < 300_000; i++) live.push({ a: 'x'.repeat(20) + i, b: [i, i + 1] });
let peak = 0;
for (let r = 0; r < 300; r++) {
  const junk = [];
  for (let i = 0; i < 20_000; i++) junk.push({ s: 'y'.repeat(30) + i, arr: new Array(8).fill(i) });
  if (r % 10 === 0) live.push(...junk.slice(0, 2000));
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(peak);
`;

function peakHeap(percent: string): number {
  const script = path.join(tmpdir(), `homeward-heap-${process.pid}.ts`);
  writeFileSync(script, CHURN);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, HOMEWARD_HEAP_GROWTH_PERCENT: percent },
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

  it('leaves alone a growth given to node itself', () => {
    expect(setHeapGrowth({}, ['--heap-growing-percent=50'])).toBe(0);
    expect(setHeapGrowth({}, ['--max-old-space-size=512 --heap_growing_percent=80'])).toBe(0);
  });

  it('keeps a running process smaller than V8 left to itself would', () => {
    const own = peakHeap('0');
    const limited = peakHeap('50');
    expect(limited).toBeLessThan(own * 0.85);
  }, 60_000);
});
