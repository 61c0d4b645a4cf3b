/**
 * The groups of shareable workers for one vacancy: occupation level × place level over match_worker_keys
 * (`k`), each with the bound on any score inside it. A worker has one key row per occupation code and place of
 * interest, so it lies in the group of its best code and best place; repeats are skipped by the caller.
 */
import { type RawBuilder, sql } from 'kysely';
import type { PlaceLevel } from '../../../shared/matching/factors';
import { adjacentOccupations, type OccupationLevel } from '../../../shared/matching/isco';
import { neighbouringProvinces } from '../../../shared/matching/provinces';
import type { MatchVacancy } from '../../../shared/matching/types';

export interface KeyGroup {
  occupation: OccupationLevel;
  place: PlaceLevel;
  where: RawBuilder<unknown>;
}

const anyText = (xs: readonly string[]) => sql`any(${[...xs]}::text[])`;
/** Excludes the closer place group; nothing to exclude when the vacancy has no code at that level. */
const notSame = (column: string, value: string | null) =>
  value ? sql`and ${sql.ref(column)} is distinct from ${value}` : sql``;

function occupationPredicates(code: string | null): { level: OccupationLevel; where: RawBuilder<unknown> }[] {
  if (!code) return [{ level: 'none', where: sql`true` }];
  const parts: { level: OccupationLevel; match: RawBuilder<unknown> | null }[] = [
    { level: 'unit', match: sql`k.isco = ${code}` },
    {
      level: 'minor',
      match: code.length >= 3 ? sql`k.isco like ${`${code.slice(0, 3)}%`} and length(k.isco) >= 3` : null,
    },
    {
      level: 'adjacent',
      match: adjacentOccupations(code).length ? sql`k.isco = ${anyText(adjacentOccupations(code))}` : null,
    },
    {
      level: 'submajor',
      match: code.length >= 2 ? sql`k.isco like ${`${code.slice(0, 2)}%`} and length(k.isco) >= 2` : null,
    },
    { level: 'major', match: sql`k.isco like ${`${code.slice(0, 1)}%`}` },
  ];
  const out: { level: OccupationLevel; where: RawBuilder<unknown> }[] = [];
  const closer: RawBuilder<unknown>[] = [];
  for (const { level, match } of parts) {
    if (!match) continue;
    out.push({
      level,
      where: closer.length ? sql`(${match}) and not (${sql.join(closer, sql` or `)})` : match,
    });
    closer.push(sql`(${match})`);
  }
  out.push({ level: 'none', where: sql`not (${sql.join(closer, sql` or `)})` });
  return out;
}

function placePredicates(v: MatchVacancy): { level: PlaceLevel; where: RawBuilder<unknown> }[] {
  if (!v.provinceCode) return [{ level: 'unknown', where: sql`true` }];
  const out: { level: PlaceLevel; where: RawBuilder<unknown> }[] = [];
  if (v.communeCode) out.push({ level: 'commune', where: sql`k.commune_code = ${v.communeCode}` });
  if (v.districtCode)
    out.push({
      level: 'district',
      where: sql`k.district_code = ${v.districtCode} ${notSame('k.commune_code', v.communeCode)}`,
    });
  // Home province and preferred province rows alike: both earn the province level (0.7).
  out.push({
    level: 'province',
    where: sql`k.province_code = ${v.provinceCode} ${notSame('k.district_code', v.districtCode)}
               ${notSame('k.commune_code', v.communeCode)}`,
  });
  const near = [v.provinceCode, ...neighbouringProvinces(v.provinceCode)];
  if (near.length > 1)
    out.push({ level: 'neighbour', where: sql`k.province_code = ${anyText(near.slice(1))}` });
  out.push({ level: 'relocate', where: sql`k.relocate and not (k.province_code = ${anyText(near)})` });
  // No place of interest at all scores 'unknown' (0.3); a place elsewhere without moving, 'far' (0.1).
  out.push({ level: 'unknown', where: sql`not k.relocate and k.province_code = ''` });
  out.push({
    level: 'far',
    where: sql`not k.relocate and k.province_code <> '' and not (k.province_code = ${anyText(near)})`,
  });
  return out;
}

export function vacancyGroups(v: MatchVacancy): KeyGroup[] {
  const places = placePredicates(v);
  return occupationPredicates(v.occupationIsco).flatMap((o) =>
    places.map((p) => ({ occupation: o.level, place: p.level, where: sql`(${o.where}) and (${p.where})` })),
  );
}
