import { type RawBuilder, sql } from 'kysely';
import type { TPlace, TPlaceDetail, TPlaceSearchQuery } from '../../../shared/contracts/reference';
import { hasKhmer, khmerKey, latinKey } from '../../../shared/khmer';
import type { Conn } from '../../db/database';
import type { GeoUnitRow } from './reference.table';

type PlaceRow = Pick<
  GeoUnitRow,
  'code' | 'level' | 'name_km' | 'name_latin' | 'type_km' | 'type_latin' | 'retired_at'
>;
type PathStep = TPlace['path'][number];

const PLACE_COLUMNS = [
  'code',
  'level',
  'name_km',
  'name_latin',
  'type_km',
  'type_latin',
  'retired_at',
] as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** NCDD codes nest by prefix (22 › 2201 › 220101 › 22010101), so every ancestor is known from the code alone. */
const ancestorCodes = (code: string): string[] => {
  const out: string[] = [];
  for (let len = 2; len < code.length; len += 2) out.push(code.slice(0, len));
  return out;
};

async function withPaths(conn: Conn, rows: PlaceRow[]): Promise<TPlace[]> {
  const wanted = [...new Set(rows.flatMap((r) => ancestorCodes(r.code)))];
  const ancestors = new Map<string, PathStep>();
  if (wanted.length > 0) {
    const found = await conn
      .selectFrom('geo_units')
      .select(['code', 'name_km', 'name_latin'])
      .where('code', 'in', wanted)
      .execute();
    for (const a of found)
      ancestors.set(a.code, { code: a.code, nameKm: a.name_km, nameLatin: a.name_latin });
  }
  return rows.map((r) => ({
    code: r.code,
    level: r.level,
    nameKm: r.name_km,
    nameLatin: r.name_latin,
    typeKm: r.type_km,
    typeLatin: r.type_latin,
    retired: r.retired_at !== null,
    path: ancestorCodes(r.code).flatMap((c) => {
      const step = ancestors.get(c);
      return step ? [step] : [];
    }),
  }));
}

/**
 * As-you-type search. Khmer queries compare normalised keys (zero-width spaces, coeng order and the coeng
 * TA/DA variants do not matter); Latin queries compare lower-case words. Names that start with the query come
 * first, then names with a word that starts with it, then names that merely contain it; a query of digits
 * matches codes. Without a query, lists all the children of `parentCode` (or all the provinces).
 */
export async function searchPlaces(conn: Conn, query: TPlaceSearchQuery): Promise<TPlace[]> {
  const q = query.q?.trim() ?? '';
  let select = conn.selectFrom('geo_units').select(PLACE_COLUMNS);
  if (query.includeRetired !== 'true') select = select.where('retired_at', 'is', null);
  if (query.level) select = select.where('level', '=', query.level);

  const key = hasKhmer(q) ? khmerKey(q) : latinKey(q);
  if (!key) {
    // A picker needs all the children of a place (a commune has at most a few dozen villages), so the limit
    // only applies to a whole level listed without a parent.
    if (query.parentCode) select = select.where('parent_code', '=', query.parentCode);
    else if (query.level) select = select.limit(query.limit);
    else select = select.where('level', '=', 1);
    return withPaths(conn, await select.orderBy('code').execute());
  }
  select = select.limit(query.limit);

  if (query.parentCode) {
    select = select
      .where('code', 'like', `${escapeLike(query.parentCode)}%`)
      .where('code', '<>', query.parentCode);
  }
  let rank: RawBuilder<number>;
  if (/^\d+$/.test(key)) {
    select = select.where('code', 'like', `${key}%`);
    rank = sql<number>`length(code)`;
  } else if (hasKhmer(q)) {
    const k = escapeLike(key);
    select = select.where('search_key', 'like', `%${k}%`);
    rank = sql<number>`case when search_key like ${`${k}%`} then 0 else 2 end`;
  } else {
    const k = escapeLike(key);
    // The key is "<khmer key> <latin words>": the Khmer key has no spaces, so the Latin name starts after the first.
    select = select.where('search_key', 'like', `%${k}%`);
    rank = sql<number>`case when substr(search_key, strpos(search_key, ' ') + 1) like ${`${k}%`} then 0
      when search_key like ${`% ${k}%`} then 1 else 2 end`;
  }
  const rows = await select.orderBy(rank).orderBy('level').orderBy('name_latin').orderBy('code').execute();
  return withPaths(conn, rows);
}

export async function findPlace(conn: Conn, code: string): Promise<TPlaceDetail | null> {
  const row = await conn
    .selectFrom('geo_units')
    .select(PLACE_COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  const children = await conn
    .selectFrom('geo_units')
    .select(PLACE_COLUMNS)
    .where('parent_code', '=', code)
    .orderBy('code')
    .execute();
  const [place, ...rest] = await withPaths(conn, [row, ...children]);
  return { place: place!, children: rest };
}

export async function listProvinces(conn: Conn) {
  return conn
    .selectFrom('geo_units')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 1)
    .orderBy('code')
    .execute();
}
