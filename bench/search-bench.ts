/**
 * Name and phone search through the product's `searchWorkers` as a national admin (every centre, so the largest
 * search there is), and the baseline: the same names found by a plain ILIKE scan over the name columns.
 */
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { searchWorkers } from '../src/server/features/workers/search-workers';
import type { AuthContext } from '../src/server/http/context';
import { ZWorkerSearch } from '../src/shared/contracts/workers';
import { type Latency, ratio, summarize, timeEach } from './latency';
import { NAME_KINDS, type NameQuery, PHONE_KINDS, type PhoneQuery } from './queries';

export interface SearchLatency extends Latency {
  /** Share of queries that found nobody: a tolerant search should keep this near 0 for names taken from data. */
  emptyShare: number;
}

export interface SearchResult<K extends string> extends SearchLatency {
  byKind: Record<K, SearchLatency>;
}

export interface SearchBaseline extends Latency {
  method: string;
  /** Product p50 / baseline p50, and the same at p95: below 1 means the product is faster. */
  ratioP50: number | null;
  ratioP95: number | null;
}

export async function adminAuth(db: Db, email: string): Promise<AuthContext> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return {
    user: { ...user, role: 'admin', centreIds: [] },
    via: 'session',
    sessionId: null,
    csrfToken: null,
  };
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

/** Times every query through `searchWorkers`, overall and per kind of query. */
export async function benchSearch<K extends string>(
  db: Db,
  auth: AuthContext,
  queries: readonly { kind: K; text: string }[],
  kinds: readonly K[],
  budgetSeconds: number,
): Promise<SearchResult<K>> {
  const perKind = new Map(kinds.map((k) => [k, { ms: [] as number[], empty: 0 }]));
  let empty = 0;
  const latency = await timeEach(
    queries,
    (q) => searchWorkers(db, auth, ZWorkerSearch.parse({ q: q.text })),
    {
      budgetSeconds,
      observe: (result, q, ms) => {
        const k = perKind.get(q.kind)!;
        k.ms.push(ms);
        if (!result.items.length) {
          k.empty++;
          empty++;
        }
      },
    },
  );
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const k = perKind.get(kind)!;
      return [kind, { ...summarize(k.ms, latency.stoppedEarly), emptyShare: share(k.empty, k.ms.length) }];
    }),
  ) as Record<K, SearchLatency>;
  return { ...latency, emptyShare: share(empty, latency.count), byKind };
}

export const benchNameSearch = (db: Db, auth: AuthContext, queries: NameQuery[], budgetSeconds: number) =>
  benchSearch(db, auth, queries, NAME_KINDS, budgetSeconds);

export const benchPhoneSearch = (db: Db, auth: AuthContext, queries: PhoneQuery[], budgetSeconds: number) =>
  benchSearch(db, auth, queries, PHONE_KINDS, budgetSeconds);

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of 25, like the product's default, from a sequential scan with no index to help. */
export async function benchIlikeBaseline(
  db: Db,
  queries: NameQuery[],
  product: Latency,
  budgetSeconds: number,
): Promise<SearchBaseline> {
  const latency = await timeEach(
    queries,
    (q) =>
      sql`select id from workers where status <> 'merged'
            and concat_ws(' ', family_name_km, given_name_km, family_name_latin, given_name_latin, full_name)
                ilike ${likePattern(q.text)}
            limit 25`.execute(db),
    { budgetSeconds },
  );
  return {
    method: 'ILIKE over the name columns, limit 25 (sequential scan)',
    ...latency,
    ratioP50: ratio(product.p50Ms, latency.p50Ms),
    ratioP95: ratio(product.p95Ms, latency.p95Ms),
  };
}
