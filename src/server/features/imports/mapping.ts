import {
  type TColumnMapping,
  TEMPLATE_COLUMNS,
  type TemplateColumn,
} from '../../../shared/contracts/imports';
import { normalizeHeader } from '../reference/table-file';

/** Header names partner lists commonly use, normalised, for a first guess at the mapping. */
const SYNONYMS: Partial<Record<TemplateColumn, string[]>> = {
  source_id: ['id', 'no', 'ref', 'reference', 'registration_id', 'record_id', 'case_id'],
  full_name: ['name', 'full_name', 'worker_name', 'fullname', 'ឈ្មោះ', 'គោត្តនាម_និង_នាម', 'khmer_name'],
  family_name_latin: ['surname', 'last_name', 'family_name'],
  given_name_latin: ['first_name', 'given_name', 'firstname'],
  sex: ['gender', 'sex', 'ភេទ'],
  date_of_birth: ['dob', 'birth_date', 'birthdate', 'date_of_birth', 'ថ្ងៃខែឆ្នាំកំណើត'],
  age: ['age', 'អាយុ'],
  phone: ['phone', 'phone_number', 'mobile', 'tel', 'telephone', 'contact', 'លេខទូរស័ព្ទ', 'ទូរស័ព្ទ'],
  national_id: ['national_id', 'id_card', 'nid', 'khmer_id'],
  province_code: ['province', 'province_code', 'preferred_province', 'ខេត្ត'],
  registered_on: ['date', 'registered', 'registration_date', 'created_at'],
  last_sector: ['sector', 'last_sector'],
  expected_wage_usd: ['expected_salary', 'salary', 'expected_wage'],
};

/** Same name first, then a known synonym; each file column is used once. */
export function suggestMapping(headers: string[]): TColumnMapping {
  const normalised = headers.map((h) => [h, normalizeHeader(h)] as const);
  const used = new Set<string>();
  const out: TColumnMapping = {};
  for (const col of TEMPLATE_COLUMNS) {
    const hit =
      normalised.find(([h, n]) => n === col && !used.has(h)) ??
      normalised.find(([h, n]) => (SYNONYMS[col] ?? []).includes(n) && !used.has(h));
    if (hit) {
      out[col] = hit[0];
      used.add(hit[0]);
    }
  }
  return out;
}

export const TEMPLATE_EXAMPLE: Record<TemplateColumn, string> = {
  source_id: 'HL-2026-000001',
  full_name: '',
  family_name_km: 'ចាន់',
  given_name_km: 'សុខា',
  family_name_latin: 'Chan',
  given_name_latin: 'Sokha',
  sex: 'F',
  date_of_birth: '1994-03-12',
  age: '',
  phone: '012 345 678',
  national_id: '',
  province_code: '15',
  district_code: '1502',
  commune_code: '',
  village_code: '',
  registered_on: '2026-03-01',
  return_date: '2025-07-15',
  last_country: 'TH',
  last_sector: 'construction',
  last_occupation_isco: '9313',
  years_abroad: '3',
  skills: 'masonry;tiling',
  preferred_sector: 'construction',
  preferred_province_code: '15',
  willing_to_relocate: 'yes',
  expected_wage_usd: '250',
};
