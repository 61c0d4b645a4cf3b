/**
 * An upper bound on a worker's score for each open vacancy, computed by the database from the vacancy's own
 * columns, so the fast path reads vacancies best bound first and stops early. Occupation, place, sector, the
 * policy priority and the hard filters on status, positions and age are the scoring core's own rules written
 * in SQL; experience, wage, skills and the decent-work record are bounded from above where SQL cannot be exact
 * (skill normalisation, the sector's minimum wage, past placement outcomes). `combine` is non-decreasing in
 * every factor, so the bound is never below the score (bounds.ts).
 */
import { type RawBuilder, sql } from 'kysely';
import { stayYears, workerOccupationCodes } from '../../../shared/matching/factors';
import { ageOn, HAZARDOUS_WORK_AGE, LEGAL_WORKING_AGE } from '../../../shared/matching/filters';
import { codesAround, OCCUPATION_FIT } from '../../../shared/matching/isco';
import { neighbouringProvinces } from '../../../shared/matching/provinces';
import { LIKELIHOOD_WEIGHTS, SUITABILITY_WEIGHTS } from '../../../shared/matching/score';
import { normaliseSkills } from '../../../shared/matching/skills';
import type { MatchSettings, MatchWorker } from '../../../shared/matching/types';

const lit = (n: number) => sql.raw(`${Number(n)}::float8`);
const anyText = (xs: readonly string[]) => sql`any(${[...xs]}::text[])`;
const isco = sql`coalesce(v.occupation_isco, '')`;

function occupationFit(w: MatchWorker): { fit: RawBuilder<number>; close: RawBuilder<boolean> } {
  const around = codesAround(workerOccupationCodes(w));
  // Closest level first, as bestOccupationLevel ranks them.
  const levels = [
    { fit: OCCUPATION_FIT.unit, codes: around.unit, test: isco },
    { fit: OCCUPATION_FIT.minor, codes: around.minor, test: sql`left(${isco}, 3)` },
    { fit: OCCUPATION_FIT.adjacent, codes: around.adjacent, test: isco },
    { fit: OCCUPATION_FIT.submajor, codes: around.submajor, test: sql`left(${isco}, 2)` },
    { fit: OCCUPATION_FIT.major, codes: around.major, test: sql`left(${isco}, 1)` },
  ].filter((l) => l.codes.length);
  if (!levels.length) return { fit: sql`${lit(0)}`, close: sql`false` };
  const whens = levels.map((l) => sql`when ${l.test} = ${anyText(l.codes)} then ${lit(l.fit)}`);
  // Experience only counts at the unit, minor or adjacent level (experienceFactor).
  const close = levels.filter((l) => l.fit >= OCCUPATION_FIT.adjacent);
  return {
    fit: sql`case when ${isco} = '' then ${lit(0)} ${sql.join(whens, sql` `)} else ${lit(0)} end`,
    close: close.length
      ? sql`(${isco} <> '' and (${sql.join(
          close.map((l) => sql`${l.test} = ${anyText(l.codes)}`),
          sql` or `,
        )}))`
      : sql`false`,
  };
}

function placeFit(w: MatchWorker): RawBuilder<number> {
  const homes = [w.provinceCode, ...w.preferredProvinces].filter((p): p is string => !!p);
  const neighbours = [...new Set(homes.flatMap((p) => neighbouringProvinces(p)))];
  const rest = w.willingToRelocate ? 0.35 : homes.length ? 0.1 : 0.3;
  const whens: RawBuilder<unknown>[] = [sql`when coalesce(v.province_code, '') = '' then ${lit(0.3)}`];
  if (w.communeCode) whens.push(sql`when v.commune_code = ${w.communeCode} then ${lit(1)}`);
  if (w.districtCode) whens.push(sql`when v.district_code = ${w.districtCode} then ${lit(0.85)}`);
  if (w.provinceCode) whens.push(sql`when v.province_code = ${w.provinceCode} then ${lit(0.7)}`);
  if (w.preferredProvinces.length)
    whens.push(sql`when v.province_code = ${anyText(w.preferredProvinces)} then ${lit(0.7)}`);
  if (neighbours.length) whens.push(sql`when v.province_code = ${anyText(neighbours)} then ${lit(0.45)}`);
  return sql`case ${sql.join(whens, sql` `)} else ${lit(rest)} end`;
}

/** wageValue with the lowest minimum of any sector and without the below-minimum cap: never below the factor. */
function wageFit(w: MatchWorker, s: MatchSettings): RawBuilder<number> {
  const offered = sql`coalesce(v.match_wage_max_usd, v.match_wage_min_usd)::float8`;
  const e = w.expectedWageUsd;
  const priced =
    e && e > 0
      ? sql`case when ${offered} >= ${lit(e)} then ${lit(1)}
             else greatest(${lit(0)}, 1 - (2 * (${lit(e)} - ${offered})) / ${lit(e)}) end`
      : sql`least(${lit(1)}, greatest(${lit(0)}, 0.6 + (${offered} - ${lit(s.lowestMinimumWageUsd)}) / 250))`;
  return sql`case when ${offered} is null then ${lit(0.4)} else ${priced} end`;
}

function sectorFit(w: MatchWorker): RawBuilder<number> {
  const past = [...new Set(w.stays.map((x) => x.sector).filter((x): x is string => !!x))];
  const isPast = past.length ? sql`v.sector = ${anyText(past)}` : sql`false`;
  const others = w.preferredSectors.length
    ? sql`when v.sector = ${anyText(w.preferredSectors)} then ${lit(1)}
          when ${isPast} then ${lit(0.4)} else ${lit(0.2)}`
    : sql`when ${isPast} then ${lit(0.7)} else ${lit(0.5)}`;
  return sql`case when coalesce(v.sector, '') = '' then ${lit(0.5)} ${others} end`;
}

/** Past placement outcomes are bounded by 1 (they would need a query per employer). */
const decentWorkBound = sql<number>`(0.3 * (case when v.nssf or coalesce(e.nssf_registered, false) then 1 else 0 end)
  + 0.3 * (case when v.contract_written then 1 else 0 end)
  + 0.1 * (case when v.hours_per_week is null then 0.5 when v.hours_per_week <= 48 then 1 else 0 end) + 0.3)::float8`;

/** Skills need normalisation SQL cannot repeat exactly: bounded by what the worker's skill list allows. */
function skillsBound(w: MatchWorker): RawBuilder<number> {
  // With no skill, a job asking for some scores 0 (essential asked) or 0.8 (optional only).
  const most = normaliseSkills(w.skills.map((x) => x.label)).length ? 1 : 0.8;
  return sql`case when cardinality(v.skills_required) = 0 and cardinality(v.skills_optional) = 0
             then ${lit(0.6)} else ${lit(most)} end`;
}

/** The hard filters on the vacancy the database can apply: open, not past closing, positions left, age. */
export function eligibleVacancySql(w: MatchWorker, today: string): RawBuilder<boolean> | null {
  const age = ageOn(w, today);
  if (age === null || w.status !== 'active') return null;
  return sql`v.status = 'open' and (v.closes_on is null or v.closes_on >= ${today}) and
    v.positions_filled < v.positions and
    greatest(coalesce(v.min_age, ${sql.lit(LEGAL_WORKING_AGE)}),
             case when v.hazardous then ${sql.lit(HAZARDOUS_WORK_AGE)} else 0 end) <= ${sql.lit(age)}`;
}

/** The bound as one SQL expression over `v` (vacancies) and `e` (its employer). */
export function vacancyBoundSql(w: MatchWorker, s: MatchSettings, today: string): RawBuilder<number> {
  const occupation = occupationFit(w);
  const place = placeFit(w);
  // Every stay counted at full weight: at least the weighted years experienceFactor counts.
  const years = w.stays.reduce(
    (sum, x) => sum + (x.occupationIsco ? stayYears(x.startedOn, x.endedOn, today) : 0),
    0,
  );
  const experience = sql`case when ${occupation.close} then least(${lit(1)},
    ${lit(years)} / greatest(coalesce(v.min_experience_years, 0)::float8, 2)) else ${lit(0)} end`;
  const S = SUITABILITY_WEIGHTS;
  const L = LIKELIHOOD_WEIGHTS;
  const occ = occupation.fit;
  const suitability = sql`(${lit(S.occupation)} * ${occ} + ${lit(S.place)} * ${place} + ${lit(S.wage)} * ${wageFit(w, s)}
    + ${lit(S.sector)} * ${sectorFit(w)} + ${lit(S.decent_work)} * ${decentWorkBound})`;
  const likelihood = sql`(${lit(L.occupation)} * ${occ} + ${lit(L.experience)} * ${experience}
    + ${lit(L.skills)} * ${skillsBound(w)} + ${lit(L.place)} * ${place})`;
  const personal =
    (w.sex === 'female' ? s.priority.women : 0) + (w.hasDisability ? s.priority.disability : 0);
  const priority = sql`(${lit(1 + personal)} + case when v.sector = 'agriculture' then ${lit(s.priority.agriculture)}
    else ${lit(0)} end)`;
  return sql`(100 * sqrt(${suitability} * ${likelihood}) * ${priority})`;
}
