/**
 * Vacancies as the scoring core reads them: one select with the employer's NSSF registration, the active
 * referrals (congestion) and the employer's past placement outcomes.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { MatchVacancy } from '../../../shared/matching/types';
import type { Conn, Database } from '../../db/database';
import { ACTIVE_REFERRAL_STATUSES } from '../referrals/referrals.table';

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
      // Congestion: referrals holding a place in the employer's queue (jobs-core's activeReferralCounts, inline
      // so one query brings everything a page of vacancies needs).
      sql<string>`(select count(*) from job_referrals r where r.vacancy_id = v.id
                   and r.status in (${sql.join(ACTIVE_REFERRAL_STATUSES.map((x) => sql.lit(x)))}))`.as(
        'active_referrals',
      ),
      // The employer's track record: past placements with a recorded follow-up, and those decent at the latest.
      sql<string>`(select count(*) from placements p where p.employer_id = v.employer_id and exists (
                   select 1 from placement_follow_ups f where f.placement_id = p.id and f.done_on is not null
                   and f.decent is not null))`.as('placements'),
      sql<string>`(select count(*) from placements p where p.employer_id = v.employer_id and (
                   select f.decent from placement_follow_ups f where f.placement_id = p.id and f.done_on is not null
                   and f.decent is not null order by f.due_on desc limit 1))`.as('good_placements'),
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
    activeReferrals: Number(r.active_referrals),
    employer: {
      nssfRegistered: r.nssf_registered,
      placements: Number(r.placements),
      goodPlacements: Number(r.good_placements),
    },
    display: { title: r.title, employerName: r.name_km ?? r.name_latin },
  };
}
