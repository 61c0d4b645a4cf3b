import { sql } from 'kysely';
import { searchKey } from '../../../shared/khmer';
import type { Db } from '../../db/database';
import { DEFAULT_CENTRES, PROVINCES } from './data/provinces';

/**
 * Makes sure the reference data that ships with the product is present. Runs after every migration; it only
 * adds what is missing, so names updated by a gazetteer import and centres edited by an admin are kept.
 */
export async function syncShippedReference(db: Db): Promise<void> {
  await db
    .insertInto('geo_units')
    .values(
      PROVINCES.map((p) => ({
        code: p.code,
        level: 1,
        parent_code: null,
        province_code: p.code,
        name_km: p.nameKm,
        name_latin: p.nameLatin,
        type_km: p.typeKm,
        type_latin: p.typeLatin,
        search_key: searchKey(p.nameKm, p.nameLatin),
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const { n } = await db
    .selectFrom('centres')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (n === 0) {
    await db
      .insertInto('centres')
      .values(
        DEFAULT_CENTRES.map((c) => ({
          code: c.code,
          name_km: c.nameKm,
          name_en: c.nameEn,
          province_code: c.provinceCode,
          address: null,
          phone: null,
        })),
      )
      .execute();
  }
}
