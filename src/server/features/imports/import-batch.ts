import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { blockingKeysPrepared, MAX_BLOCK_SIZE } from '../../../shared/dedup/blocking';
import { type Comparison, comparePrepared } from '../../../shared/dedup/compare';
import { frequencyKeys, type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import type { Conn } from '../../db/database';
import { orderPair } from '../dedup/pairs.repository';
import { personFromWorker } from '../dedup/person-record';
import { birthColumns, nameColumns } from '../workers/worker-values';
import type { WorkerRow } from '../workers/workers.table';
import { type ImportContext, knownPlace } from './import-context';
import type { ImportedWorker, RawRow } from './row-parser';

export interface BatchRow {
  rowNumber: number;
  raw: RawRow;
  worker: ImportedWorker;
}

export interface BatchCounts {
  created: number;
  linked: number;
  review: number;
  updated: number;
  rejected: number;
}

interface NewWorker {
  id: string;
  row: BatchRow;
  prepared: PreparedRecord;
  keys: string[];
  centreId: string;
}

function personOf(w: ImportedWorker, address: string | null) {
  const names = nameColumns(w);
  return {
    familyKm: names.family_name_km,
    givenKm: names.given_name_km,
    familyLatin: names.family_name_latin,
    givenLatin: names.given_name_latin,
    fullName: names.full_name,
    sex: w.sex === 'female' ? 'F' : w.sex === 'male' ? 'M' : null,
    dateOfBirth: w.dateOfBirth,
    age: w.dateOfBirth ? null : w.age,
    asOf: w.registeredOn,
    phones: w.phones,
    nationalId: w.nationalId,
    placeCode: address,
  };
}

/**
 * Imports one batch in one transaction: rows already known by (source, source_id) update their source record;
 * each new row is compared with the registry's workers that share a blocking key, and with earlier new rows of
 * the batch, then linked to a worker (same person), created with a review pair (maybe), or created.
 */
export async function importBatch(
  conn: Conn,
  ctx: ImportContext,
  rows: BatchRow[],
  rejects: { rowNumber: number; sourceId: string | null; reason: string; raw: RawRow }[],
): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, linked: 0, review: 0, updated: 0, rejected: 0 };
  // A source id repeated inside one file is one registration written twice: the later row wins.
  const bySourceId = new Map<string, BatchRow>();
  for (const r of rows) bySourceId.set(r.worker.sourceId, r);
  const unique = [...bySourceId.values()];
  counts.updated += rows.length - unique.length;

  const existing = unique.length
    ? await conn
        .selectFrom('source_records')
        .select(['source_id', 'worker_id'])
        .where('source', '=', ctx.source)
        .where(
          'source_id',
          'in',
          unique.map((r) => r.worker.sourceId),
        )
        .execute()
    : [];
  const known = new Map(existing.map((e) => [e.source_id, e.worker_id]));
  for (const r of unique.filter((u) => known.has(u.worker.sourceId))) {
    await conn
      .updateTable('source_records')
      .set({ data: JSON.stringify(r.raw), import_job_id: ctx.jobId, updated_at: new Date() })
      .where('source', '=', ctx.source)
      .where('source_id', '=', r.worker.sourceId)
      .execute();
    counts.updated++;
  }

  const fresh: NewWorker[] = [];
  for (const r of unique.filter((u) => !known.has(u.worker.sourceId))) {
    const place = knownPlace(ctx, r.worker.addressCode);
    if (place.unknown) r.worker.flags.push(`unknown_place:${place.unknown}`);
    r.worker.addressCode = place.code;
    const province = place.code?.slice(0, 2);
    const centreId = (province && ctx.centreOfProvince.get(province)) || ctx.defaultCentreId;
    if (!centreId) {
      rejects.push({
        rowNumber: r.rowNumber,
        sourceId: r.worker.sourceId,
        reason: `no centre serves province ${province ?? '(none)'}: choose a default centre`,
        raw: r.raw,
      });
      counts.rejected++;
      continue;
    }
    const prepared = prepareRecord(personOf(r.worker, place.code));
    fresh.push({ id: randomUUID(), row: r, prepared, keys: blockingKeysPrepared(prepared), centreId });
  }
  if (!fresh.length) return counts;

  const candidates = await loadCandidates(conn, [...new Set(fresh.flatMap((f) => f.keys))]);
  const holders = await phoneHolders(conn, fresh);
  const ctxCompare = { ...ctx.compare, phoneHolders: (e164: string) => holders.get(e164) ?? 1 };

  const batchKeys = new Map<string, NewWorker[]>();
  const links = new Map<string, { workerId: string; score: number }>(); // new row id -> the worker it joins
  const pairs: { a: string; b: string; c: Comparison }[] = [];
  const created: NewWorker[] = [];
  for (const f of fresh) {
    let best: { id: string; c: Comparison } | null = null;
    const reviewWith: { id: string; c: Comparison }[] = [];
    const seen = new Set<string>();
    const consider = (id: string, other: PreparedRecord) => {
      if (seen.has(id)) return;
      seen.add(id);
      const c = comparePrepared(f.prepared, other, ctxCompare);
      if (c.decision === 'link' && (!best || c.score > best.c.score)) best = { id, c };
      else if (c.decision === 'review') reviewWith.push({ id, c });
    };
    for (const key of f.keys) {
      for (const w of candidates.byKey.get(key) ?? []) consider(w.row.id, w.prepared);
      for (const other of batchKeys.get(key) ?? [])
        consider(links.get(other.id)?.workerId ?? other.id, other.prepared);
    }
    const chosen = best as { id: string; c: Comparison } | null;
    if (chosen) {
      links.set(f.id, { workerId: chosen.id, score: chosen.c.score });
      counts.linked++;
    } else {
      created.push(f);
      if (reviewWith.length) counts.review++;
      else counts.created++;
      for (const r of reviewWith.sort((x, y) => y.c.score - x.c.score).slice(0, 5))
        pairs.push({ a: f.id, b: r.id, c: r.c });
    }
    for (const key of f.keys) batchKeys.set(key, [...(batchKeys.get(key) ?? []), f]);
  }

  await insertWorkers(conn, ctx, created);
  const sourceRows = fresh.map((f) => ({
    source: ctx.source,
    source_id: f.row.worker.sourceId,
    worker_id: links.get(f.id)?.workerId ?? f.id,
    link_score: links.get(f.id)?.score ?? null,
    data: JSON.stringify(f.row.raw),
    import_job_id: ctx.jobId,
  }));
  await conn.insertInto('source_records').values(sourceRows).execute();
  if (pairs.length) {
    await conn
      .insertInto('dedup_pairs')
      .values(
        pairs.map((p) => {
          const [worker_a, worker_b] = orderPair(p.a, p.b);
          return {
            worker_a,
            worker_b,
            score: p.c.score,
            status: 'review' as const,
            reasons: JSON.stringify(p.c.reasons),
          };
        }),
      )
      .onConflict((oc) => oc.columns(['worker_a', 'worker_b']).doNothing())
      .execute();
  }
  return counts;
}

async function loadCandidates(conn: Conn, keys: string[]) {
  const byKey = new Map<string, { row: WorkerRow; prepared: PreparedRecord }[]>();
  if (!keys.length) return { byKey };
  // Per key at most MAX_BLOCK_SIZE + 1 ids: a block larger than that holds a common value and is skipped.
  const hits = await sql<{ key: string; worker_id: string; n: number }>`
    select key, worker_id, n from (
      select key, worker_id, count(*) over (partition by key)::int as n,
             row_number() over (partition by key order by worker_id) as rn
      from worker_keys where key = any(${sql.val(keys)}::text[])
    ) k where rn <= ${MAX_BLOCK_SIZE} and n <= ${MAX_BLOCK_SIZE}`.execute(conn);
  const ids = [...new Set(hits.rows.map((h) => h.worker_id))];
  if (!ids.length) return { byKey };
  const rows = await conn
    .selectFrom('workers')
    .selectAll()
    .where('id', 'in', ids)
    .where('status', '!=', 'merged')
    .execute();
  const phones = await conn
    .selectFrom('worker_phones')
    .select(['worker_id', 'e164'])
    .where('worker_id', 'in', ids)
    .orderBy('position')
    .execute();
  const phonesOf = new Map<string, string[]>();
  for (const p of phones) phonesOf.set(p.worker_id, [...(phonesOf.get(p.worker_id) ?? []), p.e164]);
  const prepared = new Map(
    rows.map((r) => [
      r.id,
      { row: r, prepared: prepareRecord(personFromWorker(r, phonesOf.get(r.id) ?? [])) },
    ]),
  );
  for (const h of hits.rows) {
    const w = prepared.get(h.worker_id);
    if (w) byKey.set(h.key, [...(byKey.get(h.key) ?? []), w]);
  }
  return { byKey };
}

/** Holders of each phone: registry workers plus this batch's rows (a household phone repeats within a list). */
async function phoneHolders(conn: Conn, fresh: NewWorker[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const f of fresh) for (const p of f.prepared.phones) out.set(p, (out.get(p) ?? 0) + 1);
  if (!out.size) return out;
  const rows = await conn
    .selectFrom('worker_phones')
    .select(['e164', sql<number>`count(*)::int`.as('n')])
    .where('e164', 'in', [...out.keys()])
    .groupBy('e164')
    .execute();
  for (const r of rows) out.set(r.e164, (out.get(r.e164) ?? 0) + r.n);
  return out;
}

async function insertWorkers(conn: Conn, ctx: ImportContext, created: NewWorker[]): Promise<void> {
  if (!created.length) return;
  const regNos = await allocateRegNos(conn, ctx, created);
  await conn
    .insertInto('workers')
    .values(
      created.map((f) => {
        const w = f.row.worker;
        const birth = birthColumns({ dateOfBirth: w.dateOfBirth, age: w.age }, w.registeredOn);
        const code = w.addressCode;
        return {
          id: f.id,
          reg_no: regNos.get(f.id)!,
          centre_id: f.centreId,
          ...nameColumns(w),
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
          thai_documents: '[]',
          languages: [],
          created_by: ctx.actor.userId,
        };
      }),
    )
    .execute();
  const phones = created.flatMap((f) =>
    f.row.worker.phones.map((e164, position) => ({ worker_id: f.id, e164, position })),
  );
  if (phones.length) await conn.insertInto('worker_phones').values(phones).execute();
  const stays = created
    .filter((f) => f.row.worker.lastCountry)
    .map((f) => {
      const w = f.row.worker;
      const years = w.yearsAbroad;
      const started =
        years && w.returnDate ? `${Number(w.returnDate.slice(0, 4)) - Math.round(years)}-01-01` : null;
      return {
        worker_id: f.id,
        country: w.lastCountry!,
        sector: w.lastSector,
        occupation_isco: w.lastOccupationIsco,
        started_on: started,
        ended_on: w.returnDate,
        position: 0,
      };
    });
  if (stays.length) await conn.insertInto('worker_migrations').values(stays).execute();
  const skills = created.flatMap((f) =>
    [...new Set(f.row.worker.skills)].map((label) => ({
      worker_id: f.id,
      label,
      kind: 'self_declared' as const,
    })),
  );
  if (skills.length) await conn.insertInto('worker_skills').values(skills).execute();
  const keys = created.flatMap((f) => f.keys.map((key) => ({ key, worker_id: f.id })));
  if (keys.length)
    await conn
      .insertInto('worker_keys')
      .values(keys)
      .onConflict((oc) => oc.doNothing())
      .execute();
  await countNames(conn, created);
}

async function countNames(conn: Conn, created: NewWorker[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const f of created) {
    const { familyKeys, givenKeys } = frequencyKeys(f.prepared);
    for (const k of new Set(familyKeys))
      if (k) counts.set(`family\t${k}`, (counts.get(`family\t${k}`) ?? 0) + 1);
    for (const k of new Set(givenKeys))
      if (k) counts.set(`given\t${k}`, (counts.get(`given\t${k}`) ?? 0) + 1);
  }
  if (!counts.size) return;
  const rows = [...counts].map(([pk, n]) => {
    const [part, key] = pk.split('\t') as ['family' | 'given', string];
    return { part, key, n };
  });
  await conn
    .insertInto('name_counts')
    .values(rows)
    .onConflict((oc) => oc.columns(['part', 'key']).doUpdateSet({ n: sql`name_counts.n + excluded.n` }))
    .execute();
}

/** One counter update per centre and year for the whole batch. */
async function allocateRegNos(
  conn: Conn,
  ctx: ImportContext,
  created: NewWorker[],
): Promise<Map<string, string>> {
  const groups = new Map<string, NewWorker[]>();
  for (const f of created) {
    const k = `${f.centreId}|${f.row.worker.registeredOn.slice(0, 4)}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out = new Map<string, string>();
  for (const [k, list] of groups) {
    const [centreId, year] = k.split('|') as [string, string];
    const { last } = await conn
      .insertInto('reg_counters')
      .values({ centre_id: centreId, year: Number(year), last: list.length })
      .onConflict((oc) =>
        oc.columns(['centre_id', 'year']).doUpdateSet({ last: sql`reg_counters.last + ${list.length}` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    const code = ctx.centreCode.get(centreId) ?? 'MRC';
    list.forEach((f, i) => {
      out.set(f.id, `${code}-${year}-${String(last - list.length + i + 1).padStart(6, '0')}`);
    });
  }
  return out;
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
