/**
 * What an import batch writes, as statements built once the batch is decided (batch-pipeline.ts runs them in
 * one transaction): updated and new source records, new workers with their phones, stays and skills, name
 * counts, key rows and review items. No statement needs another's answer, so all are built at once, without
 * a round trip: registration numbers are counted out in the workers' own statement.
 */
import { type CompiledQuery, type RawBuilder, sql } from 'kysely';
import { encodeFeatures } from '../../../shared/dedup/features';
import { frequencyKeys } from '../../../shared/dedup/record';
import { bulkInsertQuery, unnested } from '../../db/bulk-insert';
import type { Db } from '../../db/database';
import { uuidArray } from '../../db/uuid-array';
import { uuidv7 } from '../../db/uuid-v7';
import { storeKeysQueries } from '../dedup/blocks';
import { preparedFromRaw } from '../dedup/candidates';
import { birthColumns, nameColumns } from '../workers/worker-values';
import type { NewWorker } from './batch-reads';
import type { BatchPlan } from './import-batch';
import type { ImportContext } from './import-context';
import { importTimings } from './import-timings';

export function batchStatements(db: Db, ctx: ImportContext, plan: BatchPlan): CompiledQuery[] {
  const started = performance.now();
  const out: CompiledQuery[] = [];
  for (const r of plan.updates) {
    // From the raw row, as workerRecords would read it: the batch may have rewritten the parsed place.
    const prepared = preparedFromRaw(r.raw);
    out.push(
      db
        .updateTable('source_records')
        .set({
          data: JSON.stringify(r.raw),
          features: prepared ? encodeFeatures(prepared) : null,
          import_job_id: ctx.jobId,
          updated_at: sql<Date>`now()`,
        })
        .where('source', '=', ctx.source)
        .where('source_id', '=', r.worker.sourceId)
        .compile(),
    );
  }
  const raw: RawBuilder<unknown>[] = [];
  if (plan.created.length) {
    // The new workers' matching rows are written once, after their stays and skills (migration 0017).
    raw.push(sql`select set_config('homeward.match_refresh', 'deferred', true)`);
    raw.push(...workerStatements(ctx, plan.created));
    raw.push(sql`select match_refresh_workers(${uuidArray(plan.created.map((f) => f.id))})`);
    raw.push(sql`select set_config('homeward.match_refresh', '', true)`);
  }
  if (plan.sourceRows.length) raw.push(bulkInsertQuery('source_records', SOURCE_COLUMNS, plan.sourceRows));
  raw.push(...storeKeysQueries(plan.keyRows));
  for (const q of raw) out.push(q.compile(db));
  if (plan.created.length) {
    const names = nameCounts(db, plan.created);
    if (names) out.push(names);
  }
  if (plan.pairs.length) {
    out.push(
      db
        .insertInto('dedup_pairs')
        .values(
          plan.pairs.map((p) => ({
            worker_a: p.a,
            worker_b: p.b,
            score: p.c.score,
            status: 'review' as const,
            reasons: JSON.stringify(p.c.reasons),
          })),
        )
        .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
        .compile(),
    );
  }
  importTimings().count('writeBuildMs', Math.round(performance.now() - started));
  return out;
}

/** The version a new worker is written at, which its stored features describe. */
const NEW_WORKER_VERSION = 1;

/** The columns an import writes (the rest keep their defaults: no documents, no languages yet). */
const WORKER_COLUMNS = {
  id: 'uuid',
  centre_id: 'uuid',
  family_name_km: 'text',
  given_name_km: 'text',
  family_name_latin: 'text',
  given_name_latin: 'text',
  full_name: 'text',
  display_name: 'text',
  name_tokens: 'text[]',
  name_search: 'text',
  date_of_birth: 'date',
  birth_year: 'int',
  birth_precision: 'text',
  sex: 'text',
  national_id: 'text',
  address_code: 'text',
  province_code: 'text',
  district_code: 'text',
  commune_code: 'text',
  village_code: 'text',
  return_date: 'date',
  last_country: 'text',
  last_sector: 'text',
  preferences: 'jsonb',
  registration_channel: 'text',
  registered_on: 'date',
  flags: 'text[]',
  created_by: 'uuid',
  version: 'int',
  features: 'json',
  features_row_version: 'int',
} as const;

const STAY_COLUMNS = {
  id: 'uuid',
  worker_id: 'uuid',
  country: 'text',
  sector: 'text',
  occupation_isco: 'text',
  started_on: 'date',
  ended_on: 'date',
  position: 'int',
} as const;

const SOURCE_COLUMNS = {
  id: 'uuid',
  source: 'text',
  source_id: 'text',
  worker_id: 'uuid',
  link_score: 'real',
  data: 'jsonb',
  features: 'json',
  import_job_id: 'uuid',
} as const;

/** Registration number parts of a new worker: its centre's counter for its year, and its place among the
 * batch's workers of that centre and year. */
const REG_COLUMNS = { reg_prefix: 'text', reg_year: 'int', reg_rank: 'int', reg_count: 'int' } as const;

/**
 * The new workers, then their phones, stays and skills. The workers' statement counts each centre's
 * registration numbers for the year out of reg_counters (one update per centre and year for the whole
 * batch) and numbers the batch's workers of that centre and year after the counter's old value, in the
 * batch's order: PST-2026-000123.
 */
function workerStatements(ctx: ImportContext, created: NewWorker[]): RawBuilder<unknown>[] {
  const groups = new Map<string, { centre: string; year: number; count: number }>();
  const ranks = created.map((f) => {
    const year = Number(f.row.worker.registeredOn.slice(0, 4));
    const k = `${f.centreId}|${year}`;
    const g = groups.get(k) ?? { centre: f.centreId, year, count: 0 };
    g.count++;
    groups.set(k, g);
    return { group: g, rank: g.count };
  });
  const t = importTimings();
  const nameStart = performance.now();
  const names = created.map((f) => nameColumns(f.row.worker));
  t.count('nameColumnsMs', Math.round(performance.now() - nameStart));
  const rows = created.map((f, i) => {
    const w = f.row.worker;
    const birth = birthColumns({ dateOfBirth: w.dateOfBirth, age: w.age }, w.registeredOn);
    const code = w.addressCode;
    const { group, rank } = ranks[i]!;
    return {
      id: f.id,
      centre_id: f.centreId,
      ...names[i]!,
      ...birth,
      sex: w.sex,
      national_id: w.nationalId,
      address_code: code,
      province_code: code?.slice(0, 2) ?? null,
      district_code: code && code.length >= 4 ? code.slice(0, 4) : null,
      commune_code: code && code.length >= 6 ? code.slice(0, 6) : null,
      village_code: code && code.length >= 8 ? code : null,
      return_date: w.returnDate,
      last_country: w.lastCountry,
      last_sector: w.lastSector,
      preferences: JSON.stringify(w.preferences),
      registration_channel: channelOf(ctx.source),
      registered_on: w.registeredOn,
      flags: w.flags,
      created_by: ctx.actor.userId,
      // A new worker says what the row that founded it says (workerRecords reads one for the other).
      version: NEW_WORKER_VERSION,
      features: f.features,
      features_row_version: NEW_WORKER_VERSION,
      reg_prefix: `${ctx.centreCode.get(f.centreId) ?? 'MRC'}-${group.year}-`,
      reg_year: group.year,
      reg_rank: rank,
      reg_count: group.count,
    };
  });
  const all = unnested({ ...WORKER_COLUMNS, ...REG_COLUMNS }, rows);
  const own = Object.keys(WORKER_COLUMNS).length;
  const counters = [...groups.values()];
  const workers = sql`
    with counted as (
      insert into reg_counters (centre_id, year, last)
      select * from unnest(
        ${sql.val(counters.map((g) => g.centre))}::uuid[],
        ${sql.val(counters.map((g) => g.year))}::int[],
        ${sql.val(counters.map((g) => g.count))}::int[])
      on conflict (centre_id, year) do update set last = reg_counters.last + excluded.last
      returning centre_id, year, last
    )
    insert into workers (${sql.join(all.names.slice(0, own).map((n) => sql.id(n)))}, reg_no)
    select ${sql.join(all.selected.slice(0, own))},
      u.reg_prefix || lpad(k.n::text, greatest(6, length(k.n::text)), '0')
    from ${all.sources} as u(${sql.join(all.names.map((n) => sql.id(n)))})
    join counted c on c.centre_id = u.centre_id and c.year = u.reg_year
    cross join lateral (select c.last - u.reg_count + u.reg_rank as n) k`;

  const out: RawBuilder<unknown>[] = [workers];
  const phones = created.flatMap((f) =>
    f.row.worker.phones.map((e164, position) => ({ worker_id: f.id, e164, position })),
  );
  if (phones.length)
    out.push(bulkInsertQuery('worker_phones', { worker_id: 'uuid', e164: 'text', position: 'int' }, phones));
  const stays = created
    .filter((f) => f.row.worker.lastCountry)
    .map((f) => {
      const w = f.row.worker;
      const years = w.yearsAbroad;
      const started =
        years && w.returnDate ? `${Number(w.returnDate.slice(0, 4)) - Math.round(years)}-01-01` : null;
      return {
        id: uuidv7(),
        worker_id: f.id,
        country: w.lastCountry!,
        sector: w.lastSector,
        occupation_isco: w.lastOccupationIsco,
        started_on: started,
        ended_on: w.returnDate,
        position: 0,
      };
    });
  if (stays.length) out.push(bulkInsertQuery('worker_migrations', STAY_COLUMNS, stays));
  const skills = created.flatMap((f) =>
    [...new Set(f.row.worker.skills)].map((label) => ({
      id: uuidv7(),
      worker_id: f.id,
      label,
      kind: 'self_declared' as const,
    })),
  );
  if (skills.length)
    out.push(
      bulkInsertQuery(
        'worker_skills',
        { id: 'uuid', worker_id: 'uuid', label: 'text', kind: 'text' },
        skills,
      ),
    );
  return out;
}

/** The new workers' name parts added to the name counts the comparator weighs names by. */
function nameCounts(db: Db, created: NewWorker[]): CompiledQuery | null {
  const counts = new Map<string, number>();
  for (const f of created) {
    const { familyKeys, givenKeys } = frequencyKeys(f.prepared);
    for (const k of new Set(familyKeys))
      if (k) counts.set(`family\t${k}`, (counts.get(`family\t${k}`) ?? 0) + 1);
    for (const k of new Set(givenKeys))
      if (k) counts.set(`given\t${k}`, (counts.get(`given\t${k}`) ?? 0) + 1);
  }
  if (!counts.size) return null;
  const rows = [...counts].map(([pk, n]) => {
    const [part, key] = pk.split('\t') as ['family' | 'given', string];
    return { part, key, n };
  });
  return db
    .insertInto('name_counts')
    .values(rows)
    .onConflict((oc) => oc.columns(['part', 'key']).doUpdateSet({ n: sql`name_counts.n + excluded.n` }))
    .compile();
}

const CHANNELS: Record<string, string> = {
  hotline: 'hotline_1297',
  '1297': 'hotline_1297',
  telegram: 'telegram_qr',
  qr: 'telegram_qr',
  fair: 'job_fair',
  partner: 'partner_list',
  ngo: 'partner_list',
  outreach: 'outreach',
};

/** The registration channel a source name implies (hotline_1297, jobfair-pursat...); otherwise "other". */
function channelOf(source: string): string {
  for (const [needle, channel] of Object.entries(CHANNELS)) if (source.includes(needle)) return channel;
  return 'other';
}
