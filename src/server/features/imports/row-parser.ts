import type { ImportProblem } from '../../../shared/contracts/import-problems';
import type { TemplateColumn } from '../../../shared/contracts/imports';
import { parseDate } from '../../../shared/dedup/birth';
import { parseSex } from '../../../shared/dedup/record';
import { hasKhmer, looksLikeLimon, normalizeKhmer } from '../../../shared/khmer';
import { normalizePhoneKH } from '../../../shared/phones';
import { type Rejected, rejected } from '../reference/import-failure';

export type RawRow = Partial<Record<TemplateColumn, string>>;

export interface ImportedWorker {
  sourceId: string;
  familyNameKm: string | null;
  givenNameKm: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  fullName: string | null;
  sex: 'female' | 'male' | null;
  dateOfBirth: string | null;
  age: number | null;
  phones: string[];
  nationalId: string | null;
  addressCode: string | null;
  registeredOn: string;
  returnDate: string | null;
  lastCountry: string | null;
  lastSector: string | null;
  lastOccupationIsco: string | null;
  yearsAbroad: number | null;
  skills: string[];
  preferences: {
    sectors?: string[];
    provinces?: string[];
    willingToRelocate?: boolean;
    expectedWageUsd?: number;
  };
  /** Problems that did not stop the row, e.g. a name typed in the legacy Limon font. */
  flags: string[];
}

/** A refused row as stored in import_rejects. */
export interface RowReject {
  rowNumber: number;
  sourceId: string | null;
  problem: ImportProblem;
  reason: string;
  raw: RawRow;
}

export type ParsedRow = { ok: true; worker: ImportedWorker } | Rejected;

const YES = new Set(['yes', 'y', 'true', '1', 'បាទ', 'ចាស', 'មាន', 'ព្រម']);
const NO = new Set(['no', 'n', 'false', '0', 'ទេ', 'គ្មាន', 'មិនព្រម']);

function text(v: string | undefined): string | null {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** NCDD codes arrive padded or not ("1502" or "01502"?): pad to the level's width from the column it is in. */
function ncdd(value: string | undefined, width: 2 | 4 | 6 | 8): string | null | 'bad' {
  const t = text(value);
  if (!t) return null;
  if (!/^\d{1,8}$/.test(t)) return 'bad';
  const padded = t.padStart(width, '0');
  return padded.length === width ? padded : 'bad';
}

function boolean(value: string | undefined): boolean | null | 'bad' {
  const t = text(value)?.toLowerCase();
  if (!t) return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return 'bad';
}

function number(value: string | undefined): number | null | 'bad' {
  const t = text(value)?.replace(/[$,\s]/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : 'bad';
}

/** A name field: normalised Khmer, or Latin; Limon-font text is set aside and flagged, never kept as a name. */
function nameField(value: string | undefined, flags: string[], column: string): string | null {
  const t = text(value);
  if (!t) return null;
  if (!hasKhmer(t) && looksLikeLimon(t)) {
    flags.push(`legacy_limon:${column}`);
    return null;
  }
  return hasKhmer(t) ? normalizeKhmer(t) : t;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Reads one template row. A row is rejected only when it cannot identify anybody or a value is unreadable. */
export function parseRow(raw: RawRow): ParsedRow {
  const sourceId = text(raw.source_id);
  if (!sourceId) return rejected('REJECT_NO_SOURCE_ID');
  if (sourceId.length > 100) return rejected('REJECT_SOURCE_ID_TOO_LONG', { max: 100 });
  const flags: string[] = [];
  const familyNameKm = nameField(raw.family_name_km, flags, 'family_name_km');
  const givenNameKm = nameField(raw.given_name_km, flags, 'given_name_km');
  const familyNameLatin = nameField(raw.family_name_latin, flags, 'family_name_latin');
  const givenNameLatin = nameField(raw.given_name_latin, flags, 'given_name_latin');
  const fullName = nameField(raw.full_name, flags, 'full_name');
  const phones: string[] = [];
  for (const part of (text(raw.phone) ?? '').split(/[;,/]| or /)) {
    if (!part.trim()) continue;
    const e164 = normalizePhoneKH(part);
    if (!e164) return rejected('REJECT_BAD_PHONE', { value: part.trim() });
    if (!phones.includes(e164)) phones.push(e164);
  }
  const hasName = familyNameKm || givenNameKm || familyNameLatin || givenNameLatin || fullName;
  if (!hasName && !flags.length) return rejected('REJECT_NO_NAME');
  const sexText = text(raw.sex);
  const sex = parseSex(sexText);
  if (sexText && !sex) return rejected('REJECT_BAD_SEX', { value: sexText });
  const dobText = text(raw.date_of_birth);
  const dateOfBirth = dobText ? parseDate(dobText) : null;
  if (dobText && !dateOfBirth)
    return rejected('REJECT_BAD_DATE', { column: 'date_of_birth', value: dobText });
  const age = number(raw.age);
  if (age === 'bad' || (age !== null && (age < 10 || age > 100 || !Number.isInteger(age)))) {
    return rejected('REJECT_BAD_AGE', { value: text(raw.age) ?? '' });
  }
  const regText = text(raw.registered_on);
  const registeredOn = regText ? parseDate(regText) : today();
  if (!registeredOn) return rejected('REJECT_BAD_DATE', { column: 'registered_on', value: regText ?? '' });
  const retText = text(raw.return_date);
  const returnDate = retText ? parseDate(retText) : null;
  if (retText && !returnDate) return rejected('REJECT_BAD_DATE', { column: 'return_date', value: retText });
  const places = [
    ['village_code', 8],
    ['commune_code', 6],
    ['district_code', 4],
    ['province_code', 2],
  ] as const;
  const codes = places.map(([column, width]) => ncdd(raw[column], width));
  const bad = codes.indexOf('bad');
  if (bad >= 0) {
    const column = places[bad]![0];
    return rejected('REJECT_BAD_PLACE_CODE', { column, value: text(raw[column]) ?? '' });
  }
  const addressCode = (codes.find((c) => c !== null) as string | undefined) ?? null;
  const isco = text(raw.last_occupation_isco);
  if (isco && !/^\d{1,4}$/.test(isco))
    return rejected('REJECT_BAD_ISCO', { column: 'last_occupation_isco', value: isco });
  const years = number(raw.years_abroad);
  if (years === 'bad')
    return rejected('REJECT_BAD_NUMBER', { column: 'years_abroad', value: text(raw.years_abroad)! });
  const wage = number(raw.expected_wage_usd);
  if (wage === 'bad')
    return rejected('REJECT_BAD_NUMBER', {
      column: 'expected_wage_usd',
      value: text(raw.expected_wage_usd)!,
    });
  const relocate = boolean(raw.willing_to_relocate);
  if (relocate === 'bad')
    return rejected('REJECT_BAD_YES_NO', {
      column: 'willing_to_relocate',
      value: text(raw.willing_to_relocate)!,
    });
  const prefProvince = ncdd(raw.preferred_province_code, 2);
  if (prefProvince === 'bad')
    return rejected('REJECT_BAD_PLACE_CODE', {
      column: 'preferred_province_code',
      value: text(raw.preferred_province_code)!,
    });
  const preferredSector = text(raw.preferred_sector);
  return {
    ok: true,
    worker: {
      sourceId,
      familyNameKm,
      givenNameKm,
      familyNameLatin,
      givenNameLatin,
      fullName,
      sex: sex === 'F' ? 'female' : sex === 'M' ? 'male' : null,
      dateOfBirth,
      age,
      phones: phones.slice(0, 5),
      nationalId: text(raw.national_id)?.toUpperCase().replace(/\s/g, '') ?? null,
      addressCode,
      registeredOn,
      returnDate,
      lastCountry: text(raw.last_country),
      lastSector: text(raw.last_sector)?.toLowerCase() ?? null,
      lastOccupationIsco: isco,
      yearsAbroad: years,
      skills: (text(raw.skills) ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 50),
      preferences: {
        ...(preferredSector ? { sectors: [preferredSector.toLowerCase()] } : {}),
        ...(prefProvince ? { provinces: [prefProvince] } : {}),
        ...(relocate !== null ? { willingToRelocate: relocate } : {}),
        ...(wage !== null ? { expectedWageUsd: wage } : {}),
      },
      flags,
    },
  };
}
