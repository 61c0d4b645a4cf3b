import { sql } from 'kysely';
import { normalizeKhmer, searchKey } from '../../../shared/khmer';
import type { Db } from '../../db/database';
import { OCCUPATIONS } from './data/occupations';
import { DEFAULT_CENTRES, PROVINCES } from './data/provinces';
import { SECTORS } from './data/sectors';

/**
 * Makes sure the reference data that ships with the product is present. Runs after every migration. Provinces
 * and centres are only added when missing, so names updated by a gazetteer import and centres edited by an
 * admin are kept; sectors and curated occupations belong to the product, so their labels are rewritten.
 */
export async function syncShippedReference(db: Db): Promise<void> {
  await syncSectorsAndOccupations(db);
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

/** Sectors first: occupations reference them. Entries dropped from the lists stay, since records may use them. */
async function syncSectorsAndOccupations(db: Db): Promise<void> {
  await db
    .insertInto('sectors')
    .values(
      SECTORS.map((s, i) => ({
        code: s.code,
        name_km: normalizeKhmer(s.nameKm),
        name_en: s.nameEn,
        isic_sections: [...s.isicSections],
        sort_order: i + 1,
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_km: eb.ref('excluded.name_km'),
        name_en: eb.ref('excluded.name_en'),
        isic_sections: eb.ref('excluded.isic_sections'),
        sort_order: eb.ref('excluded.sort_order'),
      })),
    )
    .execute();
  await db
    .insertInto('occupations')
    .values(
      OCCUPATIONS.map((o, i) => ({
        id: o.id,
        isco_code: o.iscoCode,
        label_km: normalizeKhmer(o.labelKm),
        label_en: o.labelEn,
        sector_code: o.sectorCode,
        sort_order: i + 1,
      })),
    )
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        isco_code: eb.ref('excluded.isco_code'),
        label_km: eb.ref('excluded.label_km'),
        label_en: eb.ref('excluded.label_en'),
        sector_code: eb.ref('excluded.sector_code'),
        sort_order: eb.ref('excluded.sort_order'),
      })),
    )
    .execute();
}
