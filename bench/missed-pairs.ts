/**
 * Why the import missed the true pairs it missed: after `bench/import-speed.ts N`, a sample of the missed pairs
 * is taken from the truth file, each pair's two rows are prepared and scored as the import would, and each pair
 * is put in one class: no shared blocking key, narrowing keeps them apart, every shared block over its limit,
 * scored apart ("distinct", against the final registry's name counts and the default duplicate rate, where the
 * import used each batch's own), or scored link/review but lost in clustering. The pairs scored apart are
 * also counted by posterior band, and EXAMPLES=n prints the first n of them with their rows and reasons. Usage:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/missed-pairs.ts [workers] [sample]
 */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { sql } from 'kysely';
import { createDb } from '../src/server/db/create-db';
import { blockQueries, keyRowFits, keyRowsOf, readBlockMembers } from '../src/server/features/dedup/blocks';
import { personOf } from '../src/server/features/dedup/candidates';
import { nameFrequencies, registryNames } from '../src/server/features/dedup/compare-context';
import { DEMO_FILE_NAMES, WORKER_SOURCES } from '../src/server/features/demo/index';
import { parseRow, type RawRow } from '../src/server/features/imports/row-parser';
import { blockingKeysPrepared } from '../src/shared/dedup/blocking';
import { comparePrepared } from '../src/shared/dedup/compare';
import { type PreparedRecord, prepareRecord } from '../src/shared/dedup/record';
import { measureQuality } from './quality';

const workers = Number(process.argv[2] ?? 100_000);
const sample = Number(process.argv[3] ?? 3000);
const dir = `/tmp/hw-gen-${workers}-42`;
const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
url.pathname = `/hw_importspeed_${workers}`;
const { db, close } = await createDb({ databaseUrl: url.toString(), poolSize: 2 });
const pairsFile = '/tmp/hw-missed-pairs.csv';
await measureQuality(db, path.join(dir, DEMO_FILE_NAMES.truth), pairsFile);

type Truth = { source: string; source_id: string; variants: string };
const truth = parseSync(readFileSync(path.join(dir, DEMO_FILE_NAMES.truth), 'utf8'), {
  columns: true,
}) as (Truth & { person_id: string })[];
const byPerson = new Map<string, Truth[]>();
for (const t of truth) {
  const list = byPerson.get(t.person_id);
  if (list) list.push(t);
  else byPerson.set(t.person_id, [t]);
}
const ref = (t: { source: string; source_id: string }) => `${t.source}|${t.source_id}`;
const pairKey = (a: string, b: string) => (a < b ? `${a}#${b}` : `${b}#${a}`);
const found = new Set<string>();
const pairs = parseSync(readFileSync(pairsFile, 'utf8'), { columns: true }) as Record<string, string>[];
for (const p of pairs) found.add(pairKey(`${p.source_a}|${p.source_id_a}`, `${p.source_b}|${p.source_id_b}`));
const missed: [Truth, Truth][] = [];
let total = 0;
for (const list of byPerson.values()) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      total++;
      if (!found.has(pairKey(ref(list[i]!), ref(list[j]!)))) missed.push([list[i]!, list[j]!]);
    }
  }
}
console.log(
  `${missed.length} of ${total} true pairs missed (recall ${(100 * (1 - missed.length / total)).toFixed(2)} %)`,
);

// A fixed-seed sample, so that two runs over one registry classify the same pairs.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const picked =
  missed.length <= sample
    ? missed
    : Array.from({ length: sample }, () => missed[Math.floor(random() * missed.length)]!);
const wanted = new Set(picked.flatMap(([a, b]) => [ref(a), ref(b)]));
const rows = new Map<string, RawRow>();
for (const source of WORKER_SOURCES) {
  const file = path.join(dir, DEMO_FILE_NAMES.workers(source));
  for await (const r of createReadStream(file).pipe(parse({ columns: true, relax_column_count: true }))) {
    const row = r as RawRow;
    if (wanted.has(`${source}|${row.source_id}`)) rows.set(`${source}|${row.source_id}`, row);
  }
}

const counted = await registryNames(db);
const { registry } = await db
  .selectFrom('workers')
  .select(sql<number>`count(*)::int`.as('registry'))
  .where('status', '!=', 'merged')
  .executeTakeFirstOrThrow();
const names = nameFrequencies({ ...counted, total: registry });
const prepare = (t: Truth): PreparedRecord | null => {
  const parsed = parseRow(rows.get(ref(t))!);
  return parsed.ok ? prepareRecord(personOf(parsed.worker, parsed.worker.addressCode)) : null;
};
const classes = new Map<string, { n: number; variants: Map<string, number> }>();
// Posterior of the pairs scored apart, by band: how many a lower review threshold would have found.
const apartBands = new Map<string, number>();
const BANDS = [0.2, 0.1, 0.05, 0.02, 0.01, 0];
// EXAMPLES=n prints the first n pairs scored apart, with their rows and reasons.
const examples = Number(process.env.EXAMPLES ?? 0);
let shown = 0;
for (const [ta, tb] of picked) {
  const a = prepare(ta);
  const b = prepare(tb);
  let kind: string;
  if (!a || !b) kind = 'a row rejected';
  else {
    const ofA = new Set(blockingKeysPrepared(a));
    const shared = blockingKeysPrepared(b).filter((k) => ofA.has(k));
    const rowsOfB = keyRowsOf('b', [{ prepared: b }]);
    const queries = blockQueries(a).filter(
      (q) => shared.includes(q.key) && rowsOfB.some((r) => keyRowFits(q, r)),
    );
    if (!shared.length) kind = 'no shared key';
    else if (!queries.length) kind = 'narrowing keeps them apart';
    else {
      const { overLimit } = await readBlockMembers(db, queries);
      const open = queries.some((q) => !overLimit.has(q.id));
      const c = comparePrepared(a, b, { names, registrySize: registry, phoneHolders: () => 2 });
      if (open && c.decision === 'distinct') {
        const p = 1 / (1 + 2 ** -c.score);
        const band = `>= ${BANDS.find((b) => p >= b)}`;
        apartBands.set(band, (apartBands.get(band) ?? 0) + 1);
        if (shown++ < examples) {
          const fields = (r: RawRow) => Object.values(r).filter(Boolean).join(' | ');
          console.log(`--- p=${p.toFixed(3)} prior=${c.prior.toFixed(1)} ${ta.variants} / ${tb.variants}`);
          console.log(`  ${fields(rows.get(ref(ta))!)}\n  ${fields(rows.get(ref(tb))!)}`);
          console.log(
            `  ${c.reasons.map((r) => `${r.field}:${r.outcome}${r.detail ? `(${r.detail})` : ''} ${r.weight.toFixed(1)}`).join(', ')}`,
          );
        }
      }
      kind = !open
        ? 'every shared block over its limit'
        : c.decision === 'distinct'
          ? 'scored apart'
          : `scored ${c.decision}, lost in clustering`;
    }
  }
  const entry = classes.get(kind) ?? { n: 0, variants: new Map<string, number>() };
  entry.n++;
  for (const v of `${ta.variants};${tb.variants}`.split(';').filter(Boolean))
    entry.variants.set(v, (entry.variants.get(v) ?? 0) + 1);
  classes.set(kind, entry);
}
for (const [kind, { n, variants }] of [...classes].sort((x, y) => y[1].n - x[1].n)) {
  const common = [...variants]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 6)
    .map(([v, c]) => `${v} ${c}`)
    .join(', ');
  console.log(`${kind}: ${n} (${((100 * n) / picked.length).toFixed(1)} %); variants: ${common}`);
}
console.log(
  `scored apart, by posterior: ${[...apartBands]
    .sort()
    .map(([b, n]) => `${b} ${n}`)
    .join(', ')}`,
);
await close();
