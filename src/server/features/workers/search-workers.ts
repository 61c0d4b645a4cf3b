import { type SelectQueryBuilder, sql } from 'kysely';
import type { TWorkerSearch, TWorkerSummary } from '../../../shared/contracts/workers';
import { normalizePhoneKH } from '../../../shared/phones';
import type { Database, Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { centreScope } from '../../http/scope';
import { queryTokens } from './worker-keys';
import { presentWorkerSummary } from './workers.presenter';
import type { WorkerRow } from './workers.table';

type Q = SelectQueryBuilder<Database, 'workers', WorkerRow>;

const REG_NO = /^[A-Za-z]{2,5}-\d{4}-\d{1,6}$/;
/** Counting stops here: a page needs to know there are many, not exactly how many of a million. */
const COUNT_CAP = 10_000;

const AGE_RANGES: Record<string, [number, number]> = {
  '15-24': [15, 24],
  '25-34': [25, 34],
  '35-44': [35, 44],
  '45-54': [45, 54],
  '55+': [55, 120],
};

function applyFilters(query: Q, auth: AuthContext, f: TWorkerSearch): Q | null {
  const scope = centreScope(auth);
  let q = query;
  if (scope) {
    const allowed = f.centreId ? scope.filter((c) => c === f.centreId) : scope;
    if (!allowed.length) return null;
    q = q.where('workers.centre_id', 'in', allowed);
  } else if (f.centreId) q = q.where('workers.centre_id', '=', f.centreId);
  q = f.status ? q.where('workers.status', '=', f.status) : q.where('workers.status', '!=', 'merged');
  if (f.provinceCode) q = q.where('workers.province_code', '=', f.provinceCode);
  if (f.districtCode) q = q.where('workers.district_code', '=', f.districtCode);
  if (f.communeCode) q = q.where('workers.commune_code', '=', f.communeCode);
  if (f.sex) q = q.where('workers.sex', '=', f.sex);
  if (f.sector) q = q.where('workers.last_sector', '=', f.sector);
  if (f.ageBand) {
    const [lo, hi] = AGE_RANGES[f.ageBand]!;
    const year = new Date().getFullYear();
    q = q.where('workers.birth_year', '>=', year - hi).where('workers.birth_year', '<=', year - lo);
  }
  return q;
}

/**
 * Finds workers by name (either script, either order, spelling variants), phone in any written form, ID or
 * registration number, within the user's centres. Name matches: every query word's phonetic key present, then
 * trigram similarity for partly typed or misspelt names.
 */
export async function searchWorkers(db: Db, auth: AuthContext, f: TWorkerSearch) {
  const base = applyFilters(db.selectFrom('workers').selectAll('workers'), auth, f);
  if (!base) return { items: [] as TWorkerSummary[], total: 0 };
  const text = f.q?.trim() ?? '';
  let rows: (WorkerRow & { score?: number })[];
  let total: number;
  if (!text) {
    rows = await base
      .orderBy('workers.registered_on', 'desc')
      .orderBy('workers.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    total = await countCapped(db, base);
  } else {
    const matched = await matchText(db, base, text, f);
    rows = matched.rows;
    total = matched.total;
  }
  const phones = await phonesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentWorkerSummary(r, phones.get(r.id) ?? [], r.score)), total };
}

async function matchText(db: Db, base: Q, text: string, f: TWorkerSearch) {
  const page = (q: Q) => q.limit(f.limit).offset(f.offset);
  if (REG_NO.test(text)) {
    const q = base.where('workers.reg_no', '=', text.toUpperCase());
    return { rows: await page(q).execute(), total: await countCapped(db, q) };
  }
  const digits = text.replace(/[^\d០-៩]/g, '');
  const phone = digits.length >= 8 ? normalizePhoneKH(text) : null;
  const idLike = /\d/.test(text) && !/\s/.test(text.trim());
  if (phone || idLike) {
    // A string of digits can be a phone or a document number. Two index lookups, merged here: one query
    // with an OR across tables cannot use the indexes and scans every worker.
    const id = text.trim().toUpperCase();
    const byPhone = phone
      ? base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('worker_phones')
              .select('worker_phones.worker_id')
              .whereRef('worker_phones.worker_id', '=', 'workers.id')
              .where('worker_phones.e164', '=', phone),
          ),
        )
      : null;
    // Each kind of number through its own index; one OR across them (and a subquery) scans every worker.
    const idMatches = idLike
      ? [
          ...(await db.selectFrom('workers').select('id').where('national_id', '=', id).limit(50).execute()),
          ...(await db.selectFrom('workers').select('id').where('passport_no', '=', id).limit(50).execute()),
          ...(await db
            .selectFrom('source_records')
            .select('worker_id as id')
            .where('source_id', '=', text.trim())
            .limit(50)
            .execute()),
        ].map((r) => r.id)
      : [];
    const byId = idMatches.length ? base.where('workers.id', 'in', [...new Set(idMatches)]) : null;
    const found = new Map<string, WorkerRow>();
    for (const q of [byPhone, byId]) {
      if (!q) continue;
      for (const r of await q
        .orderBy('workers.registered_on', 'desc')
        .limit(f.offset + f.limit)
        .execute())
        found.set(r.id, r);
    }
    const all = [...found.values()].sort((x, y) => y.registered_on.localeCompare(x.registered_on));
    return { rows: all.slice(f.offset, f.offset + f.limit), total: all.length };
  }
  const tokens = queryTokens(text);
  if (!tokens.length) return { rows: [], total: 0 };
  const exact = base.where(sql<boolean>`workers.name_tokens @> ${sql.val(tokens)}::text[]`);
  const exactRows = await page(
    exact.orderBy('workers.registered_on', 'desc').orderBy('workers.id'),
  ).execute();
  // Fuzzy matching only when no name matched every word: it is the slow path, and exact answers are better.
  if (exactRows.length > 0 || f.offset > 0) {
    const total =
      exactRows.length < f.limit && f.offset === 0 ? exactRows.length : await countCapped(db, exact);
    return { rows: exactRows, total };
  }
  // Partly typed or misspelt: trigram similarity over the joined name keys finds "Sokh" and "Sokah".
  const needle = tokens.join(' ');
  const fuzzy = await base
    .select(sql<number>`similarity(workers.name_search, ${needle})`.as('score'))
    .where(sql<boolean>`workers.name_search % ${needle}`)
    .where(
      'workers.id',
      'not in',
      exactRows.length ? exactRows.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000'],
    )
    .orderBy('score', 'desc')
    .limit(f.limit - exactRows.length)
    .execute();
  return { rows: [...exactRows, ...fuzzy], total: exactRows.length + fuzzy.length };
}

async function countCapped(db: Db, q: Q): Promise<number> {
  const inner = q.clearSelect().select(sql`1`.as('one')).clearOrderBy().limit(COUNT_CAP);
  const row = await sql<{ n: number }>`select count(*)::int as n from (${inner}) as capped`.execute(db);
  return row.rows[0]?.n ?? 0;
}

async function phonesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('worker_phones')
    .select(['worker_id', 'e164'])
    .where('worker_id', 'in', ids)
    .orderBy('position')
    .execute();
  for (const r of rows) out.set(r.worker_id, [...(out.get(r.worker_id) ?? []), r.e164]);
  return out;
}
