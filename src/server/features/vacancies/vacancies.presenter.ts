import type { TVacancy } from '../../../shared/contracts/vacancies';
import type { VacancyRow } from './vacancies.table';

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function presentVacancy(r: VacancyRow, employerName: string, activeReferrals = 0): TVacancy {
  return {
    id: r.id,
    source: r.source,
    sourceId: r.source_id,
    employerId: r.employer_id,
    employerName,
    origin: r.origin,
    title: r.title,
    occupationIsco: r.occupation_isco,
    sector: r.sector,
    positions: r.positions,
    positionsFilled: r.positions_filled,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    communeCode: r.commune_code,
    wageMin: num(r.wage_min),
    wageMax: num(r.wage_max),
    wageCurrency: r.wage_currency,
    wagePer: r.wage_per,
    contractWritten: r.contract_written,
    contractDuration: r.contract_duration,
    hoursPerWeek: num(r.hours_per_week),
    nssf: r.nssf,
    accommodation: r.accommodation,
    transport: r.transport,
    meals: r.meals,
    skillsRequired: r.skills_required,
    skillsOptional: r.skills_optional,
    minExperienceYears: Number(r.min_experience_years),
    minAge: r.min_age,
    hazardous: r.hazardous,
    literacyRequired: r.literacy_required,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: r.status,
    description: r.description,
    activeReferrals,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
