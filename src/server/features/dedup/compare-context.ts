import { sql } from 'kysely';
import type { CompareContext } from '../../../shared/dedup/compare';
import { DEFAULT_NAME_FREQUENCIES, type NameFrequencies } from '../../../shared/dedup/frequencies';
import type { Conn, Db } from '../../db/database';

/** Below this many workers the registry's own counts say little; the built-in estimates are used instead. */
const MIN_REGISTRY_FOR_OWN_COUNTS = 1000;
const TTL_MS = 5 * 60_000;

const cache = new WeakMap<Db, { at: number; names: NameFrequencies; total: number }>();

/** Name frequencies counted over the registry, refreshed every few minutes: they drift slowly. */
export async function loadNameFrequencies(
  db: Db,
  force = false,
): Promise<{ names: NameFrequencies; total: number }> {
  const hit = cache.get(db);
  if (hit && !force && Date.now() - hit.at < TTL_MS) return hit;
  const { total } = await db
    .selectFrom('workers')
    .select(sql<number>`count(*)::int`.as('total'))
    .where('status', '!=', 'merged')
    .executeTakeFirstOrThrow();
  let names: NameFrequencies = DEFAULT_NAME_FREQUENCIES;
  if (total >= MIN_REGISTRY_FOR_OWN_COUNTS) {
    const rows = await db.selectFrom('name_counts').select(['part', 'key', 'n']).where('n', '>', 0).execute();
    const family = new Map<string, number>();
    const given = new Map<string, number>();
    for (const r of rows) (r.part === 'family' ? family : given).set(r.key, r.n);
    names = { family, given, total };
  }
  const entry = { at: Date.now(), names, total };
  cache.set(db, entry);
  return entry;
}

/** How many workers hold each of these phones: a household or broker phone is weak evidence. */
export async function phoneHolderCounts(conn: Conn, phones: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!phones.length) return out;
  const rows = await conn
    .selectFrom('worker_phones')
    .select(['e164', sql<number>`count(*)::int`.as('n')])
    .where('e164', 'in', [...phones])
    .groupBy('e164')
    .execute();
  for (const r of rows) out.set(r.e164, r.n);
  return out;
}

export function compareContext(
  freq: { names: NameFrequencies; total: number },
  holders: Map<string, number>,
): CompareContext {
  return {
    names: freq.names,
    ...(freq.total >= MIN_REGISTRY_FOR_OWN_COUNTS ? { registrySize: freq.total } : {}),
    // The new record itself holds the phone too: count it once.
    phoneHolders: (e164) => (holders.get(e164) ?? 0) + 1,
  };
}
