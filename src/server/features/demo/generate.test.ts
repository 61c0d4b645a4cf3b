import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEMO_FILE_NAMES,
  EMPLOYER_COLUMNS,
  TRUTH_COLUMNS,
  VACANCY_COLUMNS,
  WORKER_COLUMNS,
  WORKER_SOURCES,
} from './columns';
import { generateInto, readCsv } from './demo.test-files';
import { generateDemoData } from './generate';
import { loadDemoReference } from './reference-files';

const small = { workers: 3000, employers: 40, vacancies: 150 };

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
}

describe('demo generate', () => {
  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const a = await generateInto({ ...small, seed: 5 });
    const b = await generateInto({ ...small, seed: 5 });
    const c = await generateInto({ ...small, seed: 6 });
    const filesA = filesOf(a.out);
    const filesB = filesOf(b.out);
    const filesC = filesOf(c.out);
    expect([...filesA.keys()].sort()).toEqual([...filesB.keys()].sort());
    for (const [name, bytes] of filesA) expect(bytes.equals(filesB.get(name)!), name).toBe(true);
    for (const [name, bytes] of filesA) expect(bytes.equals(filesC.get(name)!), name).toBe(false);
  });

  it('writes exactly the import templates, and exactly the rows asked for', async () => {
    const summary = await generateInto({ ...small, seed: 1 });
    const header = (name: string) => readCsv(path.join(summary.out, name)).header;
    for (const source of WORKER_SOURCES)
      expect(header(DEMO_FILE_NAMES.workers(source))).toEqual([...WORKER_COLUMNS]);
    expect(header(DEMO_FILE_NAMES.employers)).toEqual([...EMPLOYER_COLUMNS]);
    expect(header(DEMO_FILE_NAMES.vacancies)).toEqual([...VACANCY_COLUMNS]);
    expect(header(DEMO_FILE_NAMES.truth)).toEqual([...TRUTH_COLUMNS]);

    const workerRows = WORKER_SOURCES.map(
      (s) => readCsv(path.join(summary.out, DEMO_FILE_NAMES.workers(s))).rows,
    );
    expect(workerRows.reduce((n, rows) => n + rows.length, 0)).toBe(small.workers);
    // Every channel is represented, and every row has as many cells as the header.
    for (const rows of workerRows) expect(rows.length).toBeGreaterThan(0);
    expect(readCsv(path.join(summary.out, DEMO_FILE_NAMES.truth)).rows).toHaveLength(small.workers);
    expect(readCsv(path.join(summary.out, DEMO_FILE_NAMES.employers)).rows).toHaveLength(small.employers);
    expect(readCsv(path.join(summary.out, DEMO_FILE_NAMES.vacancies)).rows).toHaveLength(small.vacancies);
    expect(summary).toMatchObject({
      workers: small.workers,
      rows: 2 * small.workers + small.employers + small.vacancies,
    });
    expect(summary.persons).toBeLessThan(small.workers);
  });

  it('source ids are unique within each channel and numbered in file order', async () => {
    const summary = await generateInto({ workers: 2000, employers: 0, vacancies: 0, seed: 9 });
    for (const source of WORKER_SOURCES) {
      const ids = readCsv(path.join(summary.out, DEMO_FILE_NAMES.workers(source))).rows.map(
        (r) => r.source_id!,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(ids);
    }
  });

  it('hands every row to a sink that applies backpressure, and can be used without files (demo seed)', async () => {
    const reference = loadDemoReference();
    const seen: string[] = [];
    const counts = await generateDemoData(
      reference,
      { workers: 500, employers: 5, vacancies: 10, seed: 3 },
      (r) => {
        seen.push(r.file);
        // A slow destination: the generator must wait for each promise before producing the next row.
        return r.file === 'workers' ? new Promise((resolve) => setImmediate(resolve)) : undefined;
      },
    );
    expect(seen.filter((f) => f === 'workers')).toHaveLength(500);
    expect(seen.filter((f) => f === 'truth')).toHaveLength(500);
    expect(seen.indexOf('workers')).toBeGreaterThan(seen.lastIndexOf('vacancies'));
    expect(Object.values(counts.workers).reduce((a, b) => a + b, 0)).toBe(500);
    expect(counts.persons).toBeGreaterThan(300);
  });

  it('rejects impossible options with one clear message', async () => {
    await expect(generateInto({ workers: -1 })).rejects.toThrow(/workers must be a whole number/);
    await expect(generateInto({ vacancies: 5, employers: 0 })).rejects.toThrow(/at least one employer/);
    await expect(generateInto({ asOf: '2026-02-30' })).rejects.toThrow(/asOf must be a date/);
    await expect(generateInto({ namesDir: '/nonexistent' })).rejects.toThrow(/--names-dir/);
  });

  it('generates 10,000 workers fast', async () => {
    const started = performance.now();
    const summary = await generateInto({ workers: 10_000, employers: 200, vacancies: 1000, seed: 11 });
    const seconds = (performance.now() - started) / 1000;
    expect(summary.workers).toBe(10_000);
    // About 0.3 s on the 2-core build machine; the bound leaves room for a busy machine running other tests.
    expect(seconds).toBeLessThan(5);
  });
});
