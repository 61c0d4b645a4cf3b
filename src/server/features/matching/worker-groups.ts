/**
 * The groups a worker's open vacancies fall into for the fast path: occupation level × place level, each as an
 * SQL predicate over `v` and the bound on any score inside it. Every vacancy lies in the group of its true
 * occupation and place level (groups may overlap on inconsistent place codes; the caller skips repeats).
 */
import { type RawBuilder, sql } from 'kysely';
import type { PlaceLevel } from '../../../shared/matching/factors';
import { workerOccupationCodes } from '../../../shared/matching/factors';
import { codesAround, type OccupationLevel } from '../../../shared/matching/isco';
import { neighbouringProvinces } from '../../../shared/matching/provinces';
import type { MatchWorker } from '../../../shared/matching/types';

export interface Group {
  occupation: OccupationLevel;
  place: PlaceLevel;
  where: RawBuilder<unknown>;
}

const isco = sql`coalesce(v.occupation_isco, '')`;
const anyText = (xs: readonly string[]) => sql`any(${[...xs]}::text[])`;
/** Excludes the closer place group; nothing to exclude when the worker has no code at that level. */
const notSame = (column: string, value: string | null) =>
  value ? sql`and ${sql.ref(column)} is distinct from ${value}` : sql``;

function occupationPredicates(w: MatchWorker): { level: OccupationLevel; where: RawBuilder<unknown> }[] {
  const around = codesAround(workerOccupationCodes(w));
  const parts: { level: OccupationLevel; match: RawBuilder<unknown> | null }[] = [
    { level: 'unit', match: around.unit.length ? sql`${isco} = ${anyText(around.unit)}` : null },
    { level: 'minor', match: around.minor.length ? sql`left(${isco}, 3) = ${anyText(around.minor)}` : null },
    { level: 'adjacent', match: around.adjacent.length ? sql`${isco} = ${anyText(around.adjacent)}` : null },
    {
      level: 'submajor',
      match: around.submajor.length ? sql`left(${isco}, 2) = ${anyText(around.submajor)}` : null,
    },
    { level: 'major', match: around.major.length ? sql`left(${isco}, 1) = ${anyText(around.major)}` : null },
  ];
  const out: { level: OccupationLevel; where: RawBuilder<unknown> }[] = [];
  const closer: RawBuilder<unknown>[] = [];
  for (const { level, match } of parts) {
    if (!match) continue;
    out.push({
      level,
      where: closer.length ? sql`(${match} and not (${sql.join(closer, sql` or `)}))` : match,
    });
    closer.push(match);
  }
  out.push({ level: 'none', where: closer.length ? sql`not (${sql.join(closer, sql` or `)})` : sql`true` });
  return out;
}

function placePredicates(w: MatchWorker): { level: PlaceLevel; where: RawBuilder<unknown> }[] {
  const out: { level: PlaceLevel; where: RawBuilder<unknown> }[] = [];
  if (w.communeCode) out.push({ level: 'commune', where: sql`v.commune_code = ${w.communeCode}` });
  if (w.districtCode)
    out.push({
      level: 'district',
      where: sql`v.district_code = ${w.districtCode} ${notSame('v.commune_code', w.communeCode)}`,
    });
  const named: string[] = [];
  if (w.provinceCode) {
    out.push({
      level: 'province',
      where: sql`v.province_code = ${w.provinceCode} ${notSame('v.district_code', w.districtCode)}
                 ${notSame('v.commune_code', w.communeCode)}`,
    });
    named.push(w.provinceCode);
  }
  const preferred = w.preferredProvinces.filter((p) => p !== w.provinceCode);
  if (preferred.length) {
    out.push({ level: 'preferred', where: sql`v.province_code = ${anyText(preferred)}` });
    named.push(...preferred);
  }
  const homes = [...named];
  const neighbours = [...new Set(homes.flatMap((p) => neighbouringProvinces(p)))].filter(
    (p) => !homes.includes(p),
  );
  if (neighbours.length) {
    out.push({ level: 'neighbour', where: sql`v.province_code = ${anyText(neighbours)}` });
    named.push(...neighbours);
  }
  const rest: PlaceLevel = w.willingToRelocate ? 'relocate' : homes.length ? 'far' : 'unknown';
  // Vacancies with no province score 'unknown' (0.3), which can beat 'far': the rest group's bound covers both.
  const restLevel: PlaceLevel = rest === 'far' ? 'unknown' : rest;
  out.push({
    level: restLevel,
    where: named.length
      ? sql`(v.province_code is null or not (v.province_code = ${anyText(named)}))`
      : sql`true`,
  });
  return out;
}

export function workerGroups(w: MatchWorker): Group[] {
  const places = placePredicates(w);
  return occupationPredicates(w).flatMap((o) =>
    places.map((p) => ({ occupation: o.level, place: p.level, where: sql`(${o.where}) and (${p.where})` })),
  );
}
