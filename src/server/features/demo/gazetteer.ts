/**
 * Villages from the NCDD gazetteer (the shared pumi CSV, read at run time) and where returnees live. The
 * returnees of 2025 came home mostly to the provinces along the Thai border, where most of them had left from
 * and where the new MRCs are (Oddar Meanchey 22, Pursat 15, Preah Vihear 13); the big sending provinces of the
 * south-east (Prey Veng, Kampong Cham, Svay Rieng, Takeo) follow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type Random, Weighted } from './random';

export interface Village {
  readonly code: string;
  readonly commune: string;
  readonly district: string;
  readonly province: string;
}

export interface Gazetteer {
  readonly villagesByProvince: ReadonlyMap<string, readonly Village[]>;
  readonly communesByProvince: ReadonlyMap<string, readonly string[]>;
  readonly villageCount: number;
}

/** Provinces on or next to the Thai border, named in the brief of issue 4, plus Koh Kong (Cham Yeam crossing). */
export const BORDER_PROVINCES: readonly string[] = ['01', '02', '09', '13', '15', '17', '22', '24'];

/**
 * Share of returnees by home province (relative weights). Border provinces take about two thirds; the weights
 * are an informed guess for realistic load, not published figures.
 */
export const RETURNEE_PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  '01': 16, // Banteay Meanchey (Poipet)
  '02': 13, // Battambang
  '17': 10, // Siem Reap
  '22': 9, // Oddar Meanchey (O'Smach), MRC
  '15': 6, // Pursat, MRC
  '13': 5, // Preah Vihear, MRC
  '24': 3, // Pailin
  '09': 2, // Koh Kong
  '14': 7, // Prey Veng
  '03': 5, // Kampong Cham
  '06': 4, // Kampong Thom
  '20': 4, // Svay Rieng
  '21': 3, // Takeo
  '25': 3, // Tbong Khmum
  '04': 3, // Kampong Chhnang
  '05': 2, // Kampong Speu
  '08': 2, // Kandal
  '12': 1, // Phnom Penh
  '07': 1, // Kampot
  '10': 1, // Kratie
  '18': 0.5, // Preah Sihanouk
  '19': 0.4, // Stung Treng
  '11': 0.3, // Mondulkiri
  '16': 0.3, // Ratanakiri
  '23': 0.2, // Kep
};

/** Reads `cambodia_villages_pumi.csv`: codes are zero-padded, 8 digits, and hold their commune, district, province. */
export function readGazetteer(gazetteerDir: string): Gazetteer {
  const file = path.join(gazetteerDir, 'cambodia_villages_pumi.csv');
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const villagesByProvince = new Map<string, Village[]>();
  const communes = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = (row.code ?? '').trim();
    if (!/^\d{8}$/.test(code)) continue;
    const village: Village = {
      code,
      commune: code.slice(0, 6),
      district: code.slice(0, 4),
      province: code.slice(0, 2),
    };
    const list = villagesByProvince.get(village.province) ?? [];
    list.push(village);
    villagesByProvince.set(village.province, list);
    const set = communes.get(village.province) ?? new Set<string>();
    set.add(village.commune);
    communes.set(village.province, set);
  }
  if (villagesByProvince.size === 0) throw new Error(`No villages in ${file}`);
  // Sorted, so the same seed picks the same village whatever order the file lists them in.
  for (const list of villagesByProvince.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return {
    villagesByProvince,
    communesByProvince: new Map([...communes].map(([p, set]) => [p, [...set].sort()])),
    villageCount: rows.length,
  };
}

/** Draws a province by weight (only provinces the gazetteer has villages for), then a village in it. */
export class PlaceSampler {
  private readonly provinces: Weighted<string>;

  constructor(
    private readonly gazetteer: Gazetteer,
    weights: Readonly<Record<string, number>> = RETURNEE_PROVINCE_WEIGHTS,
  ) {
    const known = Object.entries(weights).filter(([code]) => gazetteer.villagesByProvince.has(code));
    this.provinces = new Weighted(
      known.length > 0 ? known : [...gazetteer.villagesByProvince.keys()].map((c) => [c, 1]),
    );
  }

  province(rng: Random): string {
    return this.provinces.pick(rng);
  }

  village(rng: Random, province = this.province(rng)): Village {
    return rng.pick(this.gazetteer.villagesByProvince.get(province) ?? []);
  }

  /** Another village of the same commune (a returnee staying with relatives nearby), or the same one. */
  neighbour(rng: Random, village: Village): Village {
    const inProvince = this.gazetteer.villagesByProvince.get(village.province) ?? [];
    const start = inProvince.findIndex((v) => v.commune === village.commune);
    let end = start;
    while (end < inProvince.length && inProvince[end]!.commune === village.commune) end++;
    return start < 0 ? village : inProvince[rng.between(start, end - 1)]!;
  }

  /** A village in a different district of the same province when there is one. */
  elsewhereInProvince(rng: Random, village: Village): Village {
    for (let attempt = 0; attempt < 8; attempt++) {
      const other = this.village(rng, village.province);
      if (other.district !== village.district) return other;
    }
    return this.village(rng, village.province);
  }

  commune(rng: Random, province: string): string {
    return rng.pick(this.gazetteer.communesByProvince.get(province) ?? []);
  }

  hasProvince(province: string): boolean {
    return this.gazetteer.villagesByProvince.has(province);
  }
}
