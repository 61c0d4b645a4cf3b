/**
 * Vacancies as the scoring core reads them: one select with the employer's NSSF registration, then the
 * active referrals (congestion) and the employer's past placement outcomes for just the vacancies read.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { MatchVacancy } from '../../../shared/matching/types';
import type { Conn, Database } from '../../db/database';
import { activeReferralCounts } from '../referrals/active-referrals';

export interface VacancyDisplay {
  title: string;
  employerName: string | null;
}

export type LoadedVacancy = MatchVacancy & { display: VacancyDisplay };

type VacancyEb = ExpressionBuilder<
  Database & { v: Database['vacancies']; e: Database['employers'] },
  'v' | 'e'
>;

/** The offered wage in US$ a month, as the partial index of 0007 orders it. */
export const offeredSql = sql<string | null>`coalesce(v.match_wage_max_usd, v.match_wage_min_usd)`;

const num = (x: string | number | null): number | null => (x === null ? null : Number(x));

export function vacancyQuery(db: Conn) {
  return db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select([
      'v.id',
      'v.source_id',
      'v.employer_id',
      'v.status',
      'v.opens_on',
      'v.closes_on',
      'v.positions',
      'v.positions_filled',
      'v.occupation_isco',
      'v.sector',
      'v.province_code',
      'v.district_code',
      'v.commune_code',
      'v.match_wage_min_usd',
      'v.match_wage_max_usd',
      'v.contract_written',
      'v.hours_per_week',
      'v.nssf',
      'v.min_age',
      'v.hazardous',
      'v.min_experience_years',
      'v.skills_required',
      'v.skills_optional',
      'v.title',
      'e.nssf_registered',
      'e.name_km',
      'e.name_latin',
    ]);
}

/** The hard filters SQL can apply itself (the scoring core checks them again). */
export const openAndUnfilled =
  (today: string) =>
  (eb: VacancyEb): Expression<SqlBool> =>
    eb.and([
      eb('v.status', '=', 'open'),
      eb.or([eb('v.closes_on', 'is', null), eb('v.closes_on', '>=', today)]),
      eb('v.positions_filled', '<', eb.ref('v.positions')),
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof vacancyQuery>['execute']>>[number];

export function toMatchVacancy(r: Row): LoadedVacancy {
  return {
    id: r.id,
    sourceId: r.source_id,
    employerId: r.employer_id,
    status: r.status,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    positions: r.positions,
    positionsFilled: r.positions_filled,
    occupationIsco: r.occupation_isco,
    sector: r.sector,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    communeCode: r.commune_code,
    wageMinUsd: num(r.match_wage_min_usd),
    wageMaxUsd: num(r.match_wage_max_usd),
    contractWritten: r.contract_written,
    hoursPerWeek: num(r.hours_per_week),
    nssf: r.nssf,
    minAge: r.min_age,
    hazardous: r.hazardous,
    minExperienceYears: num(r.min_experience_years),
    requiredSkills: r.skills_required,
    optionalSkills: r.skills_optional,
    activeReferrals: 0,
    employer: { nssfRegistered: r.nssf_registered, placements: 0, goodPlacements: 0 },
    display: { title: r.title, employerName: r.name_km ?? r.name_latin },
  };
}

/**
 * Past placements per employer that have a recorded follow-up, and how many of them were decent at their
 * latest one: the employer's track record.
 */
export async function employerOutcomes(
  db: Conn,
  employerIds: readonly string[],
): Promise<Map<string, { placements: number; good: number }>> {
  const out = new Map<string, { placements: number; good: number }>();
  if (employerIds.length === 0) return out;
  const rows = await sql<{ employer_id: string; n: string; good: string }>`
    select employer_id, count(*) as n, count(*) filter (where decent) as good from (
      select distinct on (p.id) p.employer_id, f.decent
      from placements p join placement_follow_ups f on f.placement_id = p.id
      where p.employer_id = any(${[...employerIds]}::uuid[]) and f.done_on is not null and f.decent is not null
      order by p.id, f.due_on desc
    ) latest group by employer_id`.execute(db);
  for (const r of rows.rows) out.set(r.employer_id, { placements: Number(r.n), good: Number(r.good) });
  return out;
}

const CHUNK = 5000;

/** Adds active referral counts and employer outcomes to vacancies read by `vacancyQuery`. */
export async function enrichVacancies(db: Conn, vacancies: LoadedVacancy[]): Promise<LoadedVacancy[]> {
  if (vacancies.length === 0) return vacancies;
  // Keeps each query under the drivers' parameter limit when the exhaustive scorer reads every vacancy.
  if (vacancies.length > CHUNK) {
    for (let i = 0; i < vacancies.length; i += CHUNK)
      await enrichVacancies(db, vacancies.slice(i, i + CHUNK));
    return vacancies;
  }
  const [referrals, outcomes] = await Promise.all([
    activeReferralCounts(
      db,
      vacancies.map((v) => v.id),
    ),
    employerOutcomes(db, [...new Set(vacancies.map((v) => v.employerId).filter((e): e is string => !!e))]),
  ]);
  for (const v of vacancies) {
    v.activeReferrals = referrals.get(v.id) ?? 0;
    const o = v.employerId ? outcomes.get(v.employerId) : undefined;
    if (o) v.employer = { ...v.employer, placements: o.placements, goodPlacements: o.good };
  }
  return vacancies;
}
