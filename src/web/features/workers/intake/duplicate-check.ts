import { normalizePhoneKH } from '../../../../shared/phones';
import type { TDuplicateCheck } from '../../dedup/dedup.api';
import type { WorkerFormValues } from '../form/worker-form';

const name = (v: string) => (v.trim().length >= 2 ? v.trim().slice(0, 100) : undefined);

/**
 * What the intake has typed so far, as a duplicate check, or null while there is nothing worth comparing. Only
 * complete, valid values are sent: a half-typed phone or an out-of-range year would only add noise (or a 400).
 */
export function duplicateCheckOf(v: WorkerFormValues): TDuplicateCheck | null {
  const names = {
    familyNameKm: name(v.familyNameKm),
    givenNameKm: name(v.givenNameKm),
    familyNameLatin: name(v.familyNameLatin),
    givenNameLatin: name(v.givenNameLatin),
  };
  const phones = v.phones.map((p) => normalizePhoneKH(p)).filter((p): p is string => p !== null);
  const nationalId = v.nationalId.trim().length >= 5 ? v.nationalId.trim().slice(0, 30) : undefined;
  const passportNo = v.passportNo.trim().length >= 5 ? v.passportNo.trim().slice(0, 30) : undefined;
  if (!Object.values(names).some(Boolean) && !phones.length && !nationalId && !passportNo) return null;
  const year = v.birthMode === 'year' && v.birthYear !== '' && v.birthYear >= 1920 && v.birthYear <= 2015;
  const age = v.birthMode === 'age' && v.age !== '' && v.age >= 10 && v.age <= 100;
  const date = v.birthMode === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v.dateOfBirth);
  return {
    ...names,
    ...(v.sex ? { sex: v.sex } : {}),
    ...(date ? { dateOfBirth: v.dateOfBirth } : {}),
    ...(year ? { birthYear: v.birthYear as number } : {}),
    ...(age ? { age: v.age as number } : {}),
    ...(phones.length ? { phones: [...new Set(phones)].slice(0, 5) } : {}),
    ...(nationalId ? { nationalId } : {}),
    ...(passportNo ? { passportNo } : {}),
    ...(/^\d{2}(\d{2}){0,3}$/.test(v.addressCode) ? { addressCode: v.addressCode } : {}),
  };
}
