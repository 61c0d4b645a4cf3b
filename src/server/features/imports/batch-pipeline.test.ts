import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasConnectionPool } from '../../db/create-db';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_FILE_NAMES, WORKER_SOURCES, writeDemoFiles } from '../demo/index';
import { importWorkers } from './import-workers.service';

let file: string;
const apps: TestApp[] = [];
/**
 * The five generated lists dealt into one, a row from each in turn: a person's rows then lie a few batches
 * apart, often in the very next batch, which is the one still being written when a batch is planned.
 */
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-pipeline-'));
  await writeDemoFiles({ out: dir, workers: 500, employers: 1, vacancies: 0, seed: 11 });
  const lists = WORKER_SOURCES.map((source) =>
    (
      parse(readFileSync(path.join(dir, DEMO_FILE_NAMES.workers(source))), { columns: true }) as Record<
        string,
        string
      >[]
    ).map((r) => ({ ...r, source_id: `${source}-${r.source_id}` })),
  );
  const dealt: Record<string, string>[] = [];
  for (let i = 0; dealt.length < lists.reduce((n, l) => n + l.length, 0); i++)
    for (const list of lists) if (list[i]) dealt.push(list[i]!);
  file = path.join(dir, 'dealt.csv');
  writeFileSync(file, stringify(dealt, { header: true }));
});
afterAll(async () => {
  for (const app of apps) await app.close();
});

/** Imports the dealt list in batches of 20 and describes the registry by source rows, not by worker ids. */
async function importAll(overlap: boolean, upkeepMinRows?: number) {
  const t = await createTestApp();
  apps.push(t);
  const pst = await t.db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  const {
    jobId: _,
    seconds: __,
    ...summary
  } = await importWorkers(t.db, file, {
    source: 'partner-dealt',
    actor: { userId: null, email: 'test', requestId: null },
    defaultCentreId: pst.id,
    batchSize: 20,
    overlap,
    ...(upkeepMinRows ? { upkeepMinRows } : {}),
  });
  const rows = await t.db.selectFrom('source_records').select(['source', 'source_id', 'worker_id']).execute();
  const byWorker = new Map<string, string[]>();
  for (const r of rows)
    byWorker.set(r.worker_id, [...(byWorker.get(r.worker_id) ?? []), `${r.source}/${r.source_id}`]);
  const nameOf = new Map([...byWorker].map(([id, list]) => [id, list.sort()[0]!]));
  const workers = [...byWorker.values()].map((list) => list.sort().join(' ')).sort();
  const pairs = await t.db.selectFrom('dedup_pairs').select(['worker_a', 'worker_b', 'score']).execute();
  const reviews = pairs
    .map(
      (p) => `${[nameOf.get(p.worker_a), nameOf.get(p.worker_b)].sort().join(' ~ ')} ${p.score.toFixed(4)}`,
    )
    .sort();
  const keys = await t.db
    .selectFrom('worker_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const vacuumed = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_user_tables
    where relname in ('worker_keys', 'workers') and vacuum_count > 0`.execute(t.db);
  // Registration numbers are counted out batch by batch: each centre and year numbers its workers 1, 2, 3...
  const regNos = await t.db.selectFrom('workers').select('reg_no').execute();
  const numbers = new Map<string, number[]>();
  for (const { reg_no } of regNos) {
    const [, prefix, n] = /^(.+-\d{4})-(\d{6,})$/.exec(reg_no)!;
    numbers.set(prefix!, [...(numbers.get(prefix!) ?? []), Number(n)]);
  }
  const numbering = [...numbers].map(([prefix, list]) => {
    const sorted = list.sort((x, y) => x - y);
    return { prefix, gapless: sorted.every((n, i) => n === i + 1) };
  });
  return {
    numbering: numbering.sort((x, y) => x.prefix.localeCompare(y.prefix)),
    vacuumed: vacuumed.rows[0]!.n,
    overlapped: hasConnectionPool(t.db) && overlap,
    summary,
    workers,
    reviews,
    keys: Number(keys.n),
  };
}

describe('planning a batch while the one before is written', () => {
  it('places every row as one batch after another would: same workers, same review items, same counts', async () => {
    const sequential = await importAll(false);
    // The pipelined import also vacuums the tables it grows every few hundred rows: that changes nothing either.
    const pipelined = await importAll(true, 200);
    expect(sequential.summary.linked).toBeGreaterThan(100);
    expect(sequential.reviews.length).toBeGreaterThan(0);
    expect(pipelined.workers).toEqual(sequential.workers);
    expect(pipelined.reviews).toEqual(sequential.reviews);
    expect(pipelined.summary).toEqual(sequential.summary);
    expect(pipelined.keys).toBe(sequential.keys);
    expect(sequential.numbering.length).toBeGreaterThan(1);
    for (const run of [sequential, pipelined]) expect(run.numbering.every((n) => n.gapless)).toBe(true);
    expect(pipelined.numbering).toEqual(sequential.numbering);
    expect(sequential.vacuumed).toBe(0);
    expect(pipelined.vacuumed).toBe(2);
    // On PostgreSQL the second import really overlapped; PGlite has one connection and runs batches in turn.
    expect(pipelined.overlapped).toBe(Boolean(process.env.TEST_DATABASE_URL));
  }, 180_000);
});
