import type { TWorker, TWorkerSummary } from '../../../shared/contracts/workers';
import { formatPhoneKH } from '../../../shared/phones';
import type { WorkerBundle } from './workers.repository';
import type { WorkerRow } from './workers.table';

const iso = (d: Date | string) => new Date(d).toISOString();
/** Both drivers return dates as 'YYYY-MM-DD' text (see create-db.ts). */
const day = (d: string | null): string | null => (d === null ? null : String(d).slice(0, 10));
const num = (v: string | number | null) => (v === null ? null : Number(v));

export function presentWorker(b: WorkerBundle): TWorker {
  const r = b.row;
  return {
    id: r.id,
    regNo: r.reg_no,
    centreId: r.centre_id,
    status: r.status,
    mergedInto: r.merged_into,
    displayName: r.display_name,
    familyNameKm: r.family_name_km,
    givenNameKm: r.given_name_km,
    familyNameLatin: r.family_name_latin,
    givenNameLatin: r.given_name_latin,
    fullName: r.full_name,
    sex: r.sex,
    dateOfBirth: day(r.date_of_birth),
    birthYear: r.birth_year,
    birthPrecision: r.birth_precision,
    phones: b.phones.map((e164) => ({ e164, display: formatPhoneKH(e164) })),
    nationalId: r.national_id,
    passportNo: r.passport_no,
    thaiDocuments: (r.thai_documents ?? []) as TWorker['thaiDocuments'],
    addressCode: r.address_code,
    addressDetail: r.address_detail,
    household: (r.household ?? null) as TWorker['household'],
    disability: (r.disability ?? null) as TWorker['disability'],
    hasDisability: r.has_disability,
    education: r.education as TWorker['education'],
    literacy: (r.literacy ?? null) as TWorker['literacy'],
    languages: r.languages,
    migrations: b.migrations.map((m) => ({
      country: m.country,
      sector: m.sector,
      occupationIsco: m.occupation_isco,
      employer: m.employer,
      startedOn: day(m.started_on),
      endedOn: day(m.ended_on),
      monthlyWage: num(m.monthly_wage),
      wageCurrency: m.wage_currency as 'THB' | 'USD' | 'KHR' | null,
      documented: m.documented,
      recruitmentChannel: m.recruitment_channel,
      debtAmount: num(m.debt_amount),
      debtCurrency: m.debt_currency as 'THB' | 'USD' | 'KHR' | null,
    })),
    lastSector: r.last_sector,
    returnDate: day(r.return_date),
    returnCrossing: r.return_crossing,
    returnReason: r.return_reason,
    skills: b.skills.map((s) => ({
      label: s.label,
      iscoCode: s.isco_code,
      kind: s.kind,
      cqfLevel: s.cqf_level,
    })),
    preferences: (r.preferences ?? {}) as TWorker['preferences'],
    consents: b.consents.map((c) => ({
      kind: c.kind as TWorker['consents'][number]['kind'],
      granted: c.granted,
      recordedAt: iso(c.recorded_at),
      recordedBy: c.recorded_by,
    })),
    registrationChannel: r.registration_channel as TWorker['registrationChannel'],
    registeredOn: day(r.registered_on)!,
    flags: r.flags,
    sources: b.sources.map((s) => ({ source: s.source, sourceId: s.source_id })),
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export function presentWorkerSummary(r: WorkerRow, phones: string[], score?: number): TWorkerSummary {
  return {
    id: r.id,
    regNo: r.reg_no,
    centreId: r.centre_id,
    status: r.status,
    displayName: r.display_name,
    familyNameKm: r.family_name_km,
    givenNameKm: r.given_name_km,
    familyNameLatin: r.family_name_latin,
    givenNameLatin: r.given_name_latin,
    sex: r.sex,
    birthYear: r.birth_year,
    phones: phones.map(formatPhoneKH),
    addressCode: r.address_code,
    registeredOn: day(r.registered_on)!,
    ...(score === undefined ? {} : { score }),
  };
}
