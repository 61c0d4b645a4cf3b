import type { TEmployer, TEmployerContact } from '../../../shared/contracts/employers';
import type { EmployerContactRow, EmployerRow } from './employers.table';

export const employerName = (r: { name_km: string | null; name_latin: string | null }): string =>
  r.name_km ?? r.name_latin ?? '';

export function presentEmployer(r: EmployerRow, openVacancies = 0): TEmployer {
  return {
    id: r.id,
    source: r.source,
    sourceId: r.source_id,
    nameKm: r.name_km,
    nameLatin: r.name_latin,
    registrationNo: r.registration_no,
    sector: r.sector,
    size: r.size,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    communeCode: r.commune_code,
    addressDetail: r.address_detail,
    nssfRegistered: r.nssf_registered,
    nssfNo: r.nssf_no,
    phone: r.phone,
    email: r.email,
    contacts: (r.contacts ?? []).map((c) => ({
      name: c.name,
      role: c.role ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })),
    associationMember: r.association_member,
    associationName: r.association_name,
    notes: r.notes,
    openVacancies,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export function presentEmployerContact(r: EmployerContactRow & { email?: string | null }): TEmployerContact {
  return {
    id: r.id,
    employerId: r.employer_id,
    occurredOn: r.occurred_on,
    kind: r.kind,
    summary: r.summary,
    recordedBy: r.email ?? null,
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}
