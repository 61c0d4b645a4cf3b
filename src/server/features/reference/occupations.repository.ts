import type { TOccupation, TOccupationSearchQuery, TSector } from '../../../shared/contracts/reference';
import { hasKhmer, khmerKey, latinKey } from '../../../shared/khmer';
import type { Conn } from '../../db/database';

export async function listSectors(conn: Conn): Promise<TSector[]> {
  const rows = await conn.selectFrom('sectors').selectAll().orderBy('sort_order').execute();
  return rows.map((r) => ({
    code: r.code,
    nameKm: r.name_km,
    nameEn: r.name_en,
    isicSections: r.isic_sections,
  }));
}

/** 0 when a label starts with the key, 1 when one of its words does, 2 when it only contains it, null otherwise. */
function matchRank(label: string, key: string): number | null {
  if (label.startsWith(key)) return 0;
  if (label.includes(` ${key}`)) return 1;
  if (label.includes(key)) return 2;
  return null;
}

interface Candidate {
  occupation: TOccupation;
  rank: number;
  order: number;
}

function rankOf(
  key: string,
  khmer: boolean,
  labels: { km: string | null; en: string; code: string },
): number | null {
  if (/^\d+$/.test(key)) return labels.code.startsWith(key) ? 0 : null;
  if (khmer) return labels.km ? matchRank(khmerKey(labels.km), key) : null;
  return matchRank(latinKey(labels.en), key);
}

/**
 * The curated list is small (about 70 rows) and ISCO-08 has 436 unit groups, so both are ranked in memory with
 * the same keys as place search. Curated occupations always come before ISCO groups; only unit groups (4 digits)
 * are offered from ISCO, since records are coded at that level.
 */
export async function searchOccupations(conn: Conn, query: TOccupationSearchQuery): Promise<TOccupation[]> {
  const q = query.q?.trim() ?? '';
  const khmer = hasKhmer(q);
  const key = khmer ? khmerKey(q) : latinKey(q);
  const found: Candidate[] = [];

  const curated = await conn.selectFrom('occupations').selectAll().orderBy('sort_order').execute();
  curated.forEach((o, order) => {
    const rank = key ? rankOf(key, khmer, { km: o.label_km, en: o.label_en, code: o.isco_code }) : 0;
    if (rank === null) return;
    found.push({
      rank,
      order,
      occupation: {
        id: o.id,
        iscoCode: o.isco_code,
        labelKm: o.label_km,
        labelEn: o.label_en,
        sectorCode: o.sector_code,
        source: 'curated',
      },
    });
  });

  if (query.scope === 'all') {
    const groups = await conn
      .selectFrom('isco_groups')
      .select(['code', 'title_en', 'title_km'])
      .where('level', '=', 4)
      .orderBy('code')
      .execute();
    groups.forEach((g, order) => {
      const rank = key ? rankOf(key, khmer, { km: g.title_km, en: g.title_en, code: g.code }) : 0;
      if (rank === null) return;
      found.push({
        rank: rank + 10,
        order,
        occupation: {
          id: null,
          iscoCode: g.code,
          labelKm: g.title_km,
          labelEn: g.title_en,
          sectorCode: null,
          source: 'isco',
        },
      });
    });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, query.limit)
    .map((c) => c.occupation);
}
