import { blockingKeysPrepared, MAX_BLOCK_SIZE } from '../../../shared/dedup/blocking';
import { type Comparison, comparePrepared } from '../../../shared/dedup/compare';
import { type PersonRecord, type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import type { Conn, Db } from '../../db/database';
import type { WorkerRow } from '../workers/workers.table';
import { compareContext, loadNameFrequencies, phoneHolderCounts } from './compare-context';
import { personFromWorker } from './person-record';

export interface Candidate {
  row: WorkerRow;
  phones: string[];
  comparison: Comparison;
}

/** Per key, at most this many workers are read: a huge block holds only a common value, not duplicates. */
const PER_KEY_LIMIT = MAX_BLOCK_SIZE;

/**
 * Workers that may be the same person as `person`: those sharing a blocking key, scored field by field.
 * Returns link and review outcomes only, best first. `centreIds` limits the search to a user's centres.
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
  const keys = blockingKeysPrepared(prepared);
  if (!keys.length) return [];
  const ids = new Set<string>();
  for (const key of keys) {
    const rows = await conn
      .selectFrom('worker_keys')
      .select('worker_id')
      .where('key', '=', key)
      .limit(PER_KEY_LIMIT + 1)
      .execute();
    if (rows.length > PER_KEY_LIMIT) continue;
    for (const r of rows) ids.add(r.worker_id);
  }
  for (const id of options.excludeIds ?? []) ids.delete(id);
  if (!ids.size) return [];
  let query = conn
    .selectFrom('workers')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('status', '!=', 'merged');
  if (options.centreIds) {
    if (!options.centreIds.length) return [];
    query = query.where('centre_id', 'in', options.centreIds);
  }
  const rows = await query.execute();
  if (!rows.length) return [];
  const phoneRows = await conn
    .selectFrom('worker_phones')
    .select(['worker_id', 'e164'])
    .where(
      'worker_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  const phonesOf = new Map<string, string[]>();
  for (const p of phoneRows) phonesOf.set(p.worker_id, [...(phonesOf.get(p.worker_id) ?? []), p.e164]);
  const ctx = compareContext(await loadNameFrequencies(db), await phoneHolderCounts(conn, prepared.phones));
  const out: Candidate[] = [];
  for (const row of rows) {
    const phones = phonesOf.get(row.id) ?? [];
    const comparison = comparePrepared(prepared, prepareRecord(personFromWorker(row, phones)), ctx);
    if (options.includeDistinct || comparison.decision !== 'distinct') out.push({ row, phones, comparison });
  }
  out.sort((a, b) => b.comparison.score - a.comparison.score);
  return out.slice(0, options.limit ?? 10);
}
