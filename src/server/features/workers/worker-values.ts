import type { TCreateWorkerRequest, TUpdateWorkerRequest } from '../../../shared/contracts/workers';
import type { PersonRecord } from '../../../shared/dedup/record';
import type { WorkInput } from '../../../shared/dedup/work';
import { normalizePhoneKH } from '../../../shared/phones';
import type { Conn } from '../../db/database';
import { AppError } from '../../errors';
import { displayName, type NameInput, nameSearchText, nameSearchTokens, normaliseNames } from './worker-keys';

type Input = Omit<TCreateWorkerRequest, 'centreId' | 'consents' | 'acknowledgedDuplicates'> &
  Partial<Pick<TUpdateWorkerRequest, 'status'>>;

const fieldError = (field: string, issue: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'Some fields are not valid', [{ field, issue, message }]);

/** E.164 phones in the order given; an unreadable number is an error, not a silent drop. */
export function normalisePhones(phones: readonly string[] | undefined): string[] {
  const out: string[] = [];
  (phones ?? []).forEach((p, i) => {
    const e164 = normalizePhoneKH(p);
    if (!e164) throw fieldError(`phones.${i}`, 'invalid_phone', 'Not a phone number we can read');
    if (!out.includes(e164)) out.push(e164);
  });
  return out;
}

/** Birth as stored: an exact date, a year, or a year estimated from an age at registration. */
export function birthColumns(input: Input, registeredOn: string) {
  if (input.dateOfBirth) {
    return {
      date_of_birth: input.dateOfBirth,
      birth_year: Number(input.dateOfBirth.slice(0, 4)),
      birth_precision: 'date' as const,
    };
  }
  if (input.birthYear)
    return { date_of_birth: null, birth_year: input.birthYear, birth_precision: 'year' as const };
  if (input.age) {
    return {
      date_of_birth: null,
      birth_year: Number(registeredOn.slice(0, 4)) - input.age,
      birth_precision: 'age' as const,
    };
  }
  return { date_of_birth: null, birth_year: null, birth_precision: null };
}

/** The NCDD code split into its levels, checked against the gazetteer where the gazetteer knows that level. */
export async function addressColumns(conn: Conn, code: string | null | undefined) {
  if (!code)
    return {
      address_code: null,
      province_code: null,
      district_code: null,
      commune_code: null,
      village_code: null,
    };
  const known = await conn.selectFrom('geo_units').select('code').where('code', '=', code).executeTakeFirst();
  if (!known) {
    const level = code.length / 2;
    const sameLevel = await conn
      .selectFrom('geo_units')
      .select('code')
      .where('level', '=', level)
      .where('province_code', '=', code.slice(0, 2))
      .limit(1)
      .executeTakeFirst();
    const province = await conn
      .selectFrom('geo_units')
      .select('code')
      .where('code', '=', code.slice(0, 2))
      .executeTakeFirst();
    // Without an imported gazetteer only provinces are known: a finer code is kept if its province exists.
    if (sameLevel || !province)
      throw fieldError('addressCode', 'unknown_place', 'Not a place in the NCDD gazetteer');
  }
  return {
    address_code: code,
    province_code: code.slice(0, 2),
    district_code: code.length >= 4 ? code.slice(0, 4) : null,
    commune_code: code.length >= 6 ? code.slice(0, 6) : null,
    village_code: code.length >= 8 ? code : null,
  };
}

const WG_DIFFICULTY = new Set(['a_lot_of_difficulty', 'cannot_do_at_all']);

/** Washington Group convention: a disability is "a lot of difficulty" or "cannot do" in at least one domain. */
export function hasDisability(disability: Record<string, string> | null | undefined): boolean | null {
  if (!disability || Object.keys(disability).length === 0) return null;
  return Object.values(disability).some((a) => WG_DIFFICULTY.has(a));
}

/** Name columns and their search keys. */
export function nameColumns(input: NameInput) {
  const names = normaliseNames({
    familyNameKm: input.familyNameKm,
    givenNameKm: input.givenNameKm,
    familyNameLatin: input.familyNameLatin,
    givenNameLatin: input.givenNameLatin,
    fullName: input.fullName,
  });
  return {
    family_name_km: names.familyNameKm ?? null,
    given_name_km: names.givenNameKm ?? null,
    family_name_latin: names.familyNameLatin ?? null,
    given_name_latin: names.givenNameLatin ?? null,
    full_name: names.fullName ?? null,
    display_name: displayName(names),
    name_tokens: nameSearchTokens(names),
    name_search: nameSearchText(names),
  };
}

/** The comparator's view of a worker about to be written. */
export function personFromColumns(
  c: ReturnType<typeof nameColumns> & ReturnType<typeof birthColumns> & { address_code: string | null },
  extra: {
    sex?: string | null;
    phones: string[];
    nationalId?: string | null;
    passportNo?: string | null;
    registeredOn: string;
    age?: number | null;
    otherIds?: string[];
    /** Return date, last sector and wishes, where the form has them. */
    work?: WorkInput;
  },
): PersonRecord {
  return {
    familyKm: c.family_name_km,
    givenKm: c.given_name_km,
    familyLatin: c.family_name_latin,
    givenLatin: c.given_name_latin,
    fullName: c.full_name,
    sex: extra.sex === 'female' ? 'F' : extra.sex === 'male' ? 'M' : null,
    dateOfBirth: c.birth_precision === 'date' ? c.date_of_birth : null,
    birthYear: c.birth_precision === 'year' ? c.birth_year : null,
    age: c.birth_precision === 'age' ? (extra.age ?? null) : null,
    asOf: extra.registeredOn,
    phones: extra.phones,
    nationalId: extra.nationalId ?? null,
    passport: extra.passportNo ?? null,
    otherIds: extra.otherIds ?? [],
    placeCode: c.address_code,
    ...extra.work,
  };
}
