import type { TVacancy } from '../../../shared/contracts/vacancies';

export interface VacancyValues {
  /** Chosen on a new vacancy only; '' until then. */
  employerId: string;
  title: string;
  occupationIsco: string | null;
  sector: string | null;
  origin: string;
  positions: number | string;
  positionsFilled: number | string;
  place: string | null;
  wageMin: number | string;
  wageMax: number | string;
  wageCurrency: string;
  wagePer: string;
  contractWritten: '' | 'yes' | 'no';
  contractDuration: string | null;
  hoursPerWeek: number | string;
  nssf: boolean;
  accommodation: boolean;
  transport: boolean;
  meals: boolean;
  skillsRequired: string[];
  skillsOptional: string[];
  minExperienceYears: number | string;
  minAge: number | string;
  hazardous: boolean;
  literacyRequired: boolean;
  opensOn: string;
  closesOn: string;
  status: string;
  description: string;
}

export const vacancyValues = (v: TVacancy | null): VacancyValues => ({
  employerId: v?.employerId ?? '',
  title: v?.title ?? '',
  occupationIsco: v?.occupationIsco ?? null,
  sector: v?.sector ?? null,
  origin: v?.origin ?? 'employer_request',
  positions: v?.positions ?? 1,
  positionsFilled: v?.positionsFilled ?? 0,
  place: v?.communeCode ?? v?.districtCode ?? v?.provinceCode ?? null,
  wageMin: v?.wageMin ?? '',
  wageMax: v?.wageMax ?? '',
  wageCurrency: v?.wageCurrency ?? 'USD',
  wagePer: v?.wagePer ?? 'month',
  contractWritten: v?.contractWritten === true ? 'yes' : v?.contractWritten === false ? 'no' : '',
  contractDuration: v?.contractDuration ?? null,
  hoursPerWeek: v?.hoursPerWeek ?? '',
  nssf: v?.nssf ?? false,
  accommodation: v?.accommodation ?? false,
  transport: v?.transport ?? false,
  meals: v?.meals ?? false,
  skillsRequired: v?.skillsRequired ?? [],
  skillsOptional: v?.skillsOptional ?? [],
  minExperienceYears: v?.minExperienceYears ?? 0,
  minAge: v?.minAge ?? 18,
  hazardous: v?.hazardous ?? false,
  literacyRequired: v?.literacyRequired ?? false,
  opensOn: v?.opensOn ?? '',
  closesOn: v?.closesOn ?? '',
  status: v?.status ?? 'open',
  description: v?.description ?? '',
});

const n = (v: number | string) => (v === '' || v === null ? null : Number(v));

/** The form's values in the API's shape; the place code is split into its NCDD levels. */
export function vacancyBody(v: VacancyValues) {
  const code = v.place ?? '';
  return {
    title: v.title.trim(),
    occupationIsco: v.occupationIsco,
    sector: v.sector,
    origin: v.origin as TVacancy['origin'],
    positions: Number(v.positions),
    positionsFilled: Number(v.positionsFilled || 0),
    provinceCode: code.length >= 2 ? code.slice(0, 2) : null,
    districtCode: code.length >= 4 ? code.slice(0, 4) : null,
    communeCode: code.length >= 6 ? code.slice(0, 6) : null,
    wageMin: n(v.wageMin),
    wageMax: n(v.wageMax),
    wageCurrency: v.wageCurrency as TVacancy['wageCurrency'],
    wagePer: v.wagePer as TVacancy['wagePer'],
    contractWritten: v.contractWritten === '' ? null : v.contractWritten === 'yes',
    contractDuration: v.contractDuration as TVacancy['contractDuration'],
    hoursPerWeek: n(v.hoursPerWeek),
    nssf: v.nssf,
    accommodation: v.accommodation,
    transport: v.transport,
    meals: v.meals,
    skillsRequired: v.skillsRequired,
    skillsOptional: v.skillsOptional,
    minExperienceYears: Number(v.minExperienceYears || 0),
    minAge: Number(v.minAge || 18),
    hazardous: v.hazardous,
    literacyRequired: v.literacyRequired,
    opensOn: v.opensOn || null,
    closesOn: v.closesOn || null,
    status: v.status as TVacancy['status'],
    description: v.description.trim() || null,
  };
}
