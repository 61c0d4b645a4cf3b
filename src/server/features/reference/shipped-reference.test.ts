import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeKhmer } from '../../../shared/khmer';
import type { DbHandle } from '../../db/create-db';
import type { Db } from '../../db/database';
import { createTestDb } from '../../testing/test-db';
import { OCCUPATIONS } from './data/occupations';
import { SECTORS } from './data/sectors';
import { syncShippedReference } from './shipped-reference';

let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

describe('reference data shipped with the product', () => {
  it('has the eight sectors, mapped to ISIC sections, in order', async () => {
    const rows = await db.selectFrom('sectors').selectAll().orderBy('sort_order').execute();
    expect(rows.map((r) => r.code)).toEqual([
      'agriculture',
      'construction',
      'garment_manufacturing',
      'fisheries',
      'hospitality_services',
      'domestic_work',
      'transport',
      'other',
    ]);
    expect(rows.find((r) => r.code === 'construction')?.isic_sections).toEqual(['F']);
    // Every ISIC Rev.4 section A-U belongs to at least one sector.
    const covered = new Set(rows.flatMap((r) => r.isic_sections));
    expect([...'ABCDEFGHIJKLMNOPQRSTU'].filter((s) => !covered.has(s))).toEqual([]);
  });

  it('has the curated occupations with unique ids, 4-digit ISCO codes and known sectors', async () => {
    const rows = await db.selectFrom('occupations').selectAll().orderBy('sort_order').execute();
    expect(rows.length).toBe(OCCUPATIONS.length);
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const sectors = new Set(SECTORS.map((s) => s.code));
    for (const r of rows) {
      expect(r.isco_code).toMatch(/^\d{4}$/);
      expect(sectors.has(r.sector_code)).toBe(true);
      expect(r.label_km).toBe(normalizeKhmer(r.label_km));
      expect(r.label_km).toMatch(/[\u1780-\u17FF]/);
    }
    const labourer = rows.find((r) => r.id === 'construction_labourer');
    expect(labourer).toMatchObject({ isco_code: '9313', label_km: 'កម្មករសំណង់', sector_code: 'construction' });
  });

  it('rewrites product-owned labels at every start but keeps province names a gazetteer import changed', async () => {
    await db.updateTable('occupations').set({ label_en: 'edited' }).where('id', '=', 'welder').execute();
    await db.updateTable('sectors').set({ name_km: 'edited' }).where('code', '=', 'transport').execute();
    await db.updateTable('geo_units').set({ name_latin: 'Poursat' }).where('code', '=', '15').execute();
    await syncShippedReference(db);
    const welder = await db
      .selectFrom('occupations')
      .selectAll()
      .where('id', '=', 'welder')
      .executeTakeFirstOrThrow();
    expect(welder.label_en).toBe('Welder');
    const transport = await db
      .selectFrom('sectors')
      .selectAll()
      .where('code', '=', 'transport')
      .executeTakeFirstOrThrow();
    expect(transport.name_km).toBe('ដឹកជញ្ជូន');
    const pursat = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '15')
      .executeTakeFirstOrThrow();
    expect(pursat.name_latin).toBe('Poursat');
  });
});
