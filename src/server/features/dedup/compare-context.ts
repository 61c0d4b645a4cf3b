import { sql } from 'kysely';
import type { CompareContext } from '../../../shared/dedup/compare';
import {
  DEFAULT_NAME_FREQUENCIES,
  type NameFrequencies,
  type ScriptCounts,
  scriptCounts,
} from '../../../shared/dedup/frequencies';
import { DEFAULT_DUPLICATES_PER_RECORD } from '../../../shared/dedup/weights';
import type { Conn, Db } from '../../db/database';

/**
 * Below this many workers the registry's own counts say little: the built-in name estimates are used, and the
 * prior is that of a registry this size (a registry of five workers is a test, not a population).
 */
export const MIN_REGISTRY_FOR_OWN_COUNTS = 1000;
const TTL_MS = 5 * 60_000;
/** Counts up to this old answer while a reload runs; older ones wait for it. */
const STALE_MS = 2 * TTL_MS;

export interface RegistryFrequencies {
  names: NameFrequencies;
  /** Workers (not merged). */
  total: number;
  /** Source records: more than workers by the duplicates already linked. */
  records: number;
}

type Loaded = RegistryFrequencies & { at: number };
/** Per database: the counts last loaded, and the load under way (one at a time, however many ask). */
const cache = new WeakMap<Db, { entry?: Loaded; loading?: Promise<Loaded> }>();

/** The name_counts table as maps, whatever the registry's size. */
export async function registryNames(
  conn: Conn,
): Promise<{ family: Map<string, number>; given: Map<string, number> }> {
  const rows = await conn.selectFrom('name_counts').select(['part', 'key', 'n']).where('n', '>', 0).execute();
  const family = new Map<string, number>();
  const given = new Map<string, number>();
  for (const r of rows) (r.part === 'family' ? family : given).set(r.key, r.n);
  return { family, given };
}

/** The counts to weigh names with: the registry's own once it has enough workers, the estimates before. */
export function nameFrequencies(counts: {
  family: ReadonlyMap<string, number>;
  given: ReadonlyMap<string, number>;
  total: number;
  counted?: ScriptCounts;
}): NameFrequencies {
  if (counts.total < MIN_REGISTRY_FOR_OWN_COUNTS) return DEFAULT_NAME_FREQUENCIES;
  return {
    family: counts.family,
    given: counts.given,
    total: counts.total,
    counted: counts.counted ?? scriptCounts(counts.family, counts.given),
  };
}

/**
 * Name frequencies counted over the registry, refreshed every few minutes: they drift slowly. One load runs
 * at a time: at a million workers it counts two large tables, and ten duplicate checks arriving together
 * once each ran it (4.5 s at the 99th percentile, session 13). Counts up to STALE_MS old answer while the
 * reload runs; `force` waits for counts read after the call.
 */
export async function loadNameFrequencies(db: Db, force = false): Promise<RegistryFrequencies> {
  let slot = cache.get(db);
  if (!slot) {
    slot = {};
    cache.set(db, slot);
  }
  const { entry } = slot;
  if (entry && !force && Date.now() - entry.at < TTL_MS) return entry;
  if (!slot.loading || force) {
    const owner = slot;
    const loading = readFrequencies(db).then((loaded) => {
      if (!owner.entry || owner.entry.at <= loaded.at) owner.entry = loaded;
      return loaded;
    });
    owner.loading = loading;
    loading
      .finally(() => {
        if (owner.loading === loading) owner.loading = undefined;
      })
      .catch(() => {});
  }
  // Counts a little stale answer at once; counts older than that (an idle server after a large import) wait.
  if (entry && !force && Date.now() - entry.at < STALE_MS) return entry;
  return slot.loading!;
}

async function readFrequencies(db: Db): Promise<Loaded> {
  const at = Date.now();
  const { total } = await db
    .selectFrom('workers')
    .select(sql<number>`count(*)::int`.as('total'))
    .where('status', '!=', 'merged')
    .executeTakeFirstOrThrow();
  const { records } = await db
    .selectFrom('source_records')
    .select(sql<number>`count(*)::int`.as('records'))
    .executeTakeFirstOrThrow();
  const names =
    total >= MIN_REGISTRY_FOR_OWN_COUNTS
      ? nameFrequencies({ ...(await registryNames(db)), total })
      : DEFAULT_NAME_FREQUENCIES;
  return { at, names, total, records };
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

/**
 * The prior of a check against the registry as it stands (prior.ts): q / W, for W workers and q the chance
 * that a new registration is someone already registered, measured as the share of source records that
 * joined an existing worker rather than founding one. Imports measure q on their own rows instead.
 */
export function registryPrior(freq: Pick<RegistryFrequencies, 'total' | 'records'>): {
  registrySize: number;
  duplicatesPerRecord: number;
} {
  const registrySize = Math.max(freq.total, MIN_REGISTRY_FOR_OWN_COUNTS);
  const duplicatesPerRecord =
    freq.records >= MIN_REGISTRY_FOR_OWN_COUNTS
      ? Math.min(1, Math.max(0.01, (freq.records - freq.total) / freq.records))
      : DEFAULT_DUPLICATES_PER_RECORD;
  return { registrySize, duplicatesPerRecord };
}

export function compareContext(freq: RegistryFrequencies, holders: Map<string, number>): CompareContext {
  return {
    names: freq.names,
    ...registryPrior(freq),
    // The new record itself holds the phone too: count it once.
    phoneHolders: (e164) => (holders.get(e164) ?? 0) + 1,
  };
}
