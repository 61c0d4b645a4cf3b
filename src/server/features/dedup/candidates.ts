import { sql } from 'kysely';
import { type Comparison, comparePrepared } from '../../../shared/dedup/compare';
import { decodeFeatures, isCurrentFeatures } from '../../../shared/dedup/features';
import { type PersonRecord, type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import type { Conn, Db } from '../../db/database';
import { uuidArray } from '../../db/uuid-array';
import { importTimings } from '../imports/import-timings';
import { type ImportedWorker, parseRow, type RawRow } from '../imports/row-parser';
import { normaliseNames } from '../workers/worker-keys';
import type { WorkerRow } from '../workers/workers.table';
import { blockQueries, readBlocks } from './blocks';
import { compareContext, loadNameFrequencies, phoneHolderCounts } from './compare-context';
import { personFromWorker } from './person-record';

export interface Candidate {
  row: WorkerRow;
  phones: string[];
  comparison: Comparison;
}

/** The comparator's view of an imported row; the names as the worker row stores them. */
export function personOf(w: ImportedWorker, address: string | null): PersonRecord {
  const names = normaliseNames(w);
  return {
    familyKm: names.familyNameKm,
    givenKm: names.givenNameKm,
    familyLatin: names.familyNameLatin,
    givenLatin: names.givenNameLatin,
    fullName: names.fullName,
    sex: w.sex === 'female' ? 'F' : w.sex === 'male' ? 'M' : null,
    dateOfBirth: w.dateOfBirth,
    age: w.dateOfBirth ? null : w.age,
    asOf: w.registeredOn,
    phones: w.phones,
    nationalId: w.nationalId,
    placeCode: address,
    returnDate: w.returnDate,
    lastSector: w.lastSector,
    wantedSectors: w.preferences.sectors ?? [],
    expectedWageUsd: w.preferences.expectedWageUsd ?? null,
  };
}

/** The columns of a worker the comparator reads (personFromWorker), its version and flags. */
export type WorkerIdentity = Pick<
  WorkerRow,
  | 'id'
  | 'version'
  | 'flags'
  | 'family_name_km'
  | 'given_name_km'
  | 'family_name_latin'
  | 'given_name_latin'
  | 'full_name'
  | 'sex'
  | 'date_of_birth'
  | 'birth_year'
  | 'birth_precision'
  | 'registered_on'
  | 'national_id'
  | 'passport_no'
  | 'thai_documents'
  | 'address_code'
  | 'return_date'
  | 'last_sector'
> & {
  /**
   * The sectors wanted and the expected wage, as IDENTITY_COLUMNS takes them out of `preferences` (the rest
   * is not compared, and the whole JSON would be parsed for every candidate); a whole worker row has its
   * `preferences` instead, read by personFromWorker.
   */
  wanted_sectors?: string[] | null;
  expected_wage_usd?: number | null;
  /** A whole row (the batch run's) brings its stored features, trusted only while features_row_version = version. */
  features?: string | null;
  features_row_version?: number | null;
};

/**
 * A worker as an import or the duplicate check first reads it: its stored features, when they still hold.
 * workerRecords reads the identity columns of those whose features do not.
 */
export type FeaturedWorker = Pick<WorkerRow, 'id' | 'version' | 'features' | 'features_row_version'>;

/**
 * FeaturedWorker's columns. The features are sent only while they describe the row's version; the row version
 * they were made at comes too, for workerRecords' own check, which whole rows (the batch run's) rely on.
 */
export const FEATURED_COLUMNS = sql.raw(
  `id, version, case when features_row_version = version then features end as features, features_row_version`,
);

/**
 * For every change to a worker that raises its version: stored features no longer describe it, and kept they
 * would hold names and numbers staff have corrected.
 */
export const FORGET_FEATURES = { features: null, features_row_version: null } as const;

export const IDENTITY_COLUMNS = sql.raw(
  `id, version, flags, family_name_km, given_name_km, family_name_latin, given_name_latin, full_name, sex,
   date_of_birth, birth_year, birth_precision, registered_on, national_id, passport_no, thai_documents,
   address_code, return_date, last_sector,
   case when jsonb_typeof(preferences->'sectors') = 'array' then preferences->'sectors' end as wanted_sectors,
   case when jsonb_typeof(preferences->'expectedWageUsd') = 'number'
        then (preferences->>'expectedWageUsd')::float8 end as expected_wage_usd`,
);

/**
 * Prepared records by source record (id and update time) or worker (id and version): they only change so.
 * Records decoded from stored features are not kept: decoding again costs little more than a lookup, and a
 * decoded record, unlike a prepared one, shares no name readings with its namesakes.
 */
export type PreparedCache = Map<string, PreparedRecord>;
/**
 * An import meets the workers of the common names' blocks batch after batch. A larger cache misses less
 * (100,000 records: 43 % of candidates at a million rows, against 71 %), but costs about 2 KB a record: 200 MB
 * more at the peak of a 300,000-row import, for at most 7 % of its time. Memory is the scarcer.
 */
const CACHE_LIMIT = 40_000;

/** Keeps the cache within its limit by dropping the records used least recently (a Map keeps insertion order). */
function evictOldest(cache: PreparedCache): void {
  let drop = cache.size - CACHE_LIMIT;
  if (drop <= 0) return;
  for (const key of cache.keys()) {
    if (drop-- <= 0) break;
    cache.delete(key);
  }
}

/** A cached record, moved to the recent end: common names meet the same workers batch after batch. */
function used(cache: PreparedCache, key: string): PreparedRecord | undefined {
  const p = cache.get(key);
  if (p !== undefined) {
    cache.delete(key);
    cache.set(key, p);
  }
  return p;
}

/**
 * What a source record's raw row prepares to: the row as it was written, its place code included where the
 * gazetteer stops short of it. Null for a row that is no import row (a desk registration keeps none).
 */
export function preparedFromRaw(raw: RawRow | null | undefined): PreparedRecord | null {
  const parsed = raw && typeof raw === 'object' && raw.source_id ? parseRow(raw) : null;
  return parsed?.ok ? prepareRecord(personOf(parsed.worker, parsed.worker.addressCode)) : null;
}

/** A source record with nothing to compare. */
const NOTHING = prepareRecord({});
const UNKNOWN_PLACE = 'unknown_place:';

/**
 * Every record of each worker, prepared for the comparator: the worker itself, and the source records linked
 * to it, read back from the rows they came from. A worker seen through a Khmer-only hotline entry and a
 * Latin-only job-fair row is compared through both. The row that founded an imported worker says what the
 * worker says (the import wrote one from the other; the place the gazetteer did not know is in a flag), so
 * it is read only once staff have edited the worker or a merge has joined another to it (version above 1).
 * Each record is decoded from the features stored with it where they hold (shared/dedup/features.ts), else
 * prepared from its columns or its raw row; workers given without their identity columns (FeaturedWorker)
 * and without valid features have those columns read here. A few queries, whatever the count.
 */
export async function workerRecords(
  conn: Conn,
  workers: readonly (WorkerIdentity | FeaturedWorker)[],
  cache: PreparedCache,
): Promise<Map<string, PreparedRecord[]>> {
  return (await storedRecords(conn, workers, cache, false)) as Map<string, PreparedRecord[]>;
}

/**
 * A record as read: prepared, or still the text of its stored features (which hold the current version's
 * prefix), decoded only when compared (decodeRecords).
 */
export type StoredRecord = PreparedRecord | string;

/**
 * workerRecords, but a record with stored features is left as their text. An import reads a batch's candidates
 * two batches ahead of deciding it: decoded then, each record's few dozen small objects lived through the
 * young generation's collections until its batch was decided, and were copied at each one.
 */
export function workerRecordsDeferred(
  conn: Conn,
  workers: readonly (WorkerIdentity | FeaturedWorker)[],
  cache: PreparedCache,
): Promise<Map<string, StoredRecord[]>> {
  return storedRecords(conn, workers, cache, true);
}

/**
 * The records workerRecordsDeferred left as text, decoded, for the workers given (their rows as read): a text
 * that does not decode (cut short, edited by hand) has its worker's records read again by workerRecords, which
 * prepares it from its columns or its raw row, as it would have done at first.
 */
export async function decodeRecords(
  conn: Conn,
  workers: readonly (WorkerIdentity | FeaturedWorker)[],
  stored: ReadonlyMap<string, readonly StoredRecord[]>,
  cache: PreparedCache,
): Promise<Map<string, PreparedRecord[]>> {
  const out = new Map<string, PreparedRecord[]>();
  const again: (WorkerIdentity | FeaturedWorker)[] = [];
  for (const w of workers) {
    const list = stored.get(w.id);
    if (!list) continue;
    const decoded: PreparedRecord[] = [];
    for (const r of list) {
      const p = typeof r === 'string' ? decodeFeatures(r) : r;
      if (p === null) break;
      decoded.push(p);
    }
    if (decoded.length === list.length) out.set(w.id, decoded);
    else again.push(w);
  }
  if (again.length) {
    for (const [id, list] of await workerRecords(conn, again, cache)) out.set(id, list);
  }
  return out;
}

async function storedRecords(
  conn: Conn,
  workers: readonly (WorkerIdentity | FeaturedWorker)[],
  cache: PreparedCache,
  defer: boolean,
): Promise<Map<string, StoredRecord[]>> {
  const out = new Map<string, StoredRecord[]>();
  if (!workers.length) return out;
  evictOldest(cache);
  const add = (id: string, p: StoredRecord) => {
    const list = out.get(id);
    if (list) list.push(p);
    else out.set(id, [p]);
  };
  // What the cache holds is taken now: another read may evict from it while this one waits for the database.
  const own = new Map<string, StoredRecord>();
  const unseen: WorkerIdentity[] = [];
  const bare: string[] = [];
  let decoded = 0;
  for (const w of workers) {
    const key = `w:${w.id}:${w.version}`;
    let p: StoredRecord | undefined = used(cache, key);
    if (!p && w.features && w.features_row_version === w.version) {
      p = defer && isCurrentFeatures(w.features) ? w.features : (decodeFeatures(w.features) ?? undefined);
      if (p) decoded++;
    }
    if (p) own.set(w.id, p);
    else if ('family_name_km' in w) unseen.push(w);
    else bare.push(w.id);
  }
  if (bare.length) {
    const read = await sql<WorkerIdentity>`
      select ${IDENTITY_COLUMNS} from workers where id = any(${uuidArray(bare)}) and status != 'merged'`.execute(
      conn,
    );
    unseen.push(...read.rows);
  }
  const t = importTimings();
  t.count('c.workersDecoded', decoded);
  t.count('c.workersPrepared', unseen.length);
  if (unseen.length) {
    const phones = await sql<{ worker_id: string; e164: string }>`
      select worker_id, e164 from worker_phones where worker_id = any(${uuidArray(unseen.map((w) => w.id))})
      order by worker_id, position`.execute(conn);
    const phonesOf = new Map<string, string[]>();
    for (const p of phones.rows) {
      const list = phonesOf.get(p.worker_id);
      if (list) list.push(p.e164);
      else phonesOf.set(p.worker_id, [p.e164]);
    }
    for (const w of unseen) {
      // personFromWorker reads only the identity columns; the wishes come out of `preferences` ready.
      const person = personFromWorker(w as unknown as WorkerRow, phonesOf.get(w.id) ?? []);
      if (w.wanted_sectors !== undefined) person.wantedSectors = w.wanted_sectors;
      if (w.expected_wage_usd !== undefined) person.expectedWageUsd = w.expected_wage_usd;
      // The code the row gave, even where the gazetteer stops short of it (import-batch.ts).
      const written = w.version === 1 ? w.flags.find((f) => f.startsWith(UNKNOWN_PLACE)) : undefined;
      if (written) person.placeCode = written.slice(UNKNOWN_PLACE.length);
      const p = prepareRecord(person);
      cache.set(`w:${w.id}:${w.version}`, p);
      own.set(w.id, p);
    }
  }
  // A worker listed by id alone and merged before its columns were read (the online check runs outside a
  // snapshot) has no record left to compare, nor its source records: they follow it to the survivor.
  for (const w of workers) {
    const p = own.get(w.id);
    if (p) add(w.id, p);
  }

  // The linked rows of every worker (a partial index holds just these), and every row of an edited one.
  const edited = workers.filter((w) => w.version > 1).map((w) => w.id);
  const sources = await sql<{ id: string; worker_id: string; stamp: string; features: string | null }>`
    select id, worker_id, extract(epoch from updated_at)::text as stamp, features from source_records
    where worker_id = any(${uuidArray(workers.map((w) => w.id))}) and link_score is not null
    union all
    select id, worker_id, extract(epoch from updated_at)::text as stamp, features from source_records
    where worker_id = any(${uuidArray(edited)}) and link_score is null`.execute(conn);
  const wanted = sources.rows;
  const keyOf = (s: { id: string; stamp: string }) => `s:${s.id}:${s.stamp}`;
  const rows = new Map<string, StoredRecord>();
  const unread: typeof wanted = [];
  decoded = 0;
  for (const s of wanted) {
    let p: StoredRecord | undefined = used(cache, keyOf(s));
    if (!p && s.features) {
      p = defer && isCurrentFeatures(s.features) ? s.features : (decodeFeatures(s.features) ?? undefined);
      if (p) decoded++;
    }
    if (p) rows.set(s.id, p);
    else unread.push(s);
  }
  t.count('c.sourcesWanted', wanted.length);
  t.count('c.sourcesDecoded', decoded);
  t.count('c.sourcesPrepared', unread.length);
  if (unread.length) {
    const data = await sql<{ id: string; data: RawRow }>`
      select id, data from source_records where id = any(${uuidArray(unread.map((s) => s.id))})`.execute(
      conn,
    );
    const byId = new Map(data.rows.map((d) => [d.id, d.data]));
    for (const s of unread) {
      const p = preparedFromRaw(byId.get(s.id)) ?? NOTHING;
      cache.set(keyOf(s), p);
      rows.set(s.id, p);
    }
  }
  for (const s of wanted) {
    const p = rows.get(s.id)!;
    if (p !== NOTHING && own.has(s.worker_id)) add(s.worker_id, p);
  }
  return out;
}

/**
 * A record against a worker's records: the best comparison, which is what a person would look at first; but
 * not an automatic link when another of the worker's records says "two people" (a different sex, birth year
 * or national ID), which clusters.ts treats the same way.
 */
export function compareWithWorker(
  person: PreparedRecord,
  records: readonly PreparedRecord[],
  compare: (a: PreparedRecord, b: PreparedRecord) => Comparison,
): Comparison | null {
  let best: Comparison | null = null;
  let conflict = false;
  for (const r of records) {
    const c = compare(person, r);
    conflict ||= c.conflict;
    if (best === null || c.score > best.score) best = c;
  }
  if (best !== null && conflict && best.decision === 'link')
    return { ...best, decision: 'review', linkable: false };
  return best;
}

const onlineCache: PreparedCache = new Map();

/**
 * Workers that may be the same person as `person`: those sharing a blocking key, scored field by field against
 * each of their records. Returns link and review outcomes only, best first. `centreIds` limits the search to a
 * user's centres.
 */
export async function findCandidates(
  db: Db,
  conn: Conn,
  person: PersonRecord | PreparedRecord,
  options: {
    excludeIds?: string[];
    centreIds?: string[] | null;
    limit?: number;
    includeDistinct?: boolean;
  } = {},
): Promise<Candidate[]> {
  const prepared = 'latin' in person ? person : prepareRecord(person);
  const queries = blockQueries(prepared);
  if (!queries.length) return [];
  const ids = new Set([...(await readBlocks(conn, queries)).values()].flat());
  for (const id of options.excludeIds ?? []) ids.delete(id);
  if (!ids.size) return [];
  // Only the stored features (or the columns the comparator reads) of every candidate; whole rows and phones
  // for the few returned.
  let query = sql<FeaturedWorker>`
    select ${FEATURED_COLUMNS} from workers where id = any(${uuidArray([...ids])}) and status != 'merged'`;
  if (options.centreIds) {
    if (!options.centreIds.length) return [];
    query = sql<FeaturedWorker>`${query} and centre_id = any(${uuidArray(options.centreIds)})`;
  }
  const identities = (await query.execute(conn)).rows;
  if (!identities.length) return [];
  const records = await workerRecords(conn, identities, onlineCache);
  const ctx = compareContext(await loadNameFrequencies(db), await phoneHolderCounts(conn, prepared.phones));
  const scored: { id: string; comparison: Comparison }[] = [];
  for (const w of identities) {
    const comparison = compareWithWorker(prepared, records.get(w.id) ?? [], (a, b) =>
      comparePrepared(a, b, ctx),
    );
    if (comparison === null) continue;
    if (options.includeDistinct || comparison.decision !== 'distinct') scored.push({ id: w.id, comparison });
  }
  scored.sort((a, b) => b.comparison.score - a.comparison.score);
  const best = scored.slice(0, options.limit ?? 10);
  if (!best.length) return [];
  const wanted = best.map((b) => b.id);
  const rows = new Map(
    (await conn.selectFrom('workers').selectAll().where('id', 'in', wanted).execute()).map((r) => [r.id, r]),
  );
  const phoneRows = await conn
    .selectFrom('worker_phones')
    .select(['worker_id', 'e164'])
    .where('worker_id', 'in', wanted)
    .orderBy('position')
    .execute();
  const phonesOf = new Map<string, string[]>();
  for (const p of phoneRows) phonesOf.set(p.worker_id, [...(phonesOf.get(p.worker_id) ?? []), p.e164]);
  return best.flatMap((b) => {
    const row = rows.get(b.id);
    return row ? [{ row, phones: phonesOf.get(b.id) ?? [], comparison: b.comparison }] : [];
  });
}
