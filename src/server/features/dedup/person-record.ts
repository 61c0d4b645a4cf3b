import type { PersonRecord } from '../../../shared/dedup/record';
import type { WorkInput } from '../../../shared/dedup/work';
import type { WorkerRow } from '../workers/workers.table';

/** The comparator's view of a stored worker. */
export function personFromWorker(row: WorkerRow, phones: readonly string[]): PersonRecord {
  return {
    familyKm: row.family_name_km,
    givenKm: row.given_name_km,
    familyLatin: row.family_name_latin,
    givenLatin: row.given_name_latin,
    fullName: row.full_name,
    sex: row.sex === 'female' ? 'F' : row.sex === 'male' ? 'M' : null,
    dateOfBirth: row.birth_precision === 'date' ? row.date_of_birth : null,
    birthYear: row.birth_precision === 'year' ? row.birth_year : null,
    // An age-derived birth year is a range: hand the comparator the age as it was recorded.
    age:
      row.birth_precision === 'age' && row.birth_year
        ? Number(row.registered_on.slice(0, 4)) - row.birth_year
        : null,
    asOf: row.registered_on,
    phones,
    nationalId: row.national_id,
    passport: row.passport_no,
    otherIds: ((row.thai_documents ?? []) as { number?: string | null }[])
      .map((d) => d.number ?? '')
      .filter((n) => n !== ''),
    placeCode: row.address_code,
    ...workOfWorker(row),
  };
}

/** The work fields the comparator reads (shared/dedup/work.ts) from a stored worker. */
function workOfWorker(row: Pick<WorkerRow, 'return_date' | 'last_sector' | 'preferences'>): WorkInput {
  const wishes = (row.preferences ?? {}) as { sectors?: unknown; expectedWageUsd?: unknown };
  const sectors = Array.isArray(wishes.sectors) ? wishes.sectors : [];
  return {
    returnDate: row.return_date,
    lastSector: row.last_sector,
    wantedSectors: sectors.filter((x): x is string => typeof x === 'string'),
    expectedWageUsd: typeof wishes.expectedWageUsd === 'number' ? wishes.expectedWageUsd : null,
  };
}
