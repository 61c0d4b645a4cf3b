import { describe, expect, it } from 'vitest';
import { parseRow } from './row-parser';

describe('import row parser', () => {
  it('reads the template’s accepted forms', () => {
    const r = parseRow({
      source_id: ' HL-1 ',
      full_name: 'Sokha Chan',
      sex: 'ស្រី',
      date_of_birth: '12/03/1994',
      phone: '012 345 678 / +855 97 123 4567',
      province_code: '1',
      district_code: '102',
      skills: 'masonry; tiling ;',
      willing_to_relocate: 'YES',
      expected_wage_usd: '$250',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.worker).toMatchObject({
      sourceId: 'HL-1',
      sex: 'female',
      dateOfBirth: '1994-03-12',
      phones: ['+85512345678', '+855971234567'],
      addressCode: '0102',
      skills: ['masonry', 'tiling'],
      preferences: { willingToRelocate: true, expectedWageUsd: 250 },
    });
    expect(parseRow({ source_id: 'x', given_name_latin: 'Dara', sex: 'M' }).ok).toBe(true);
  });

  it('rejects rows that identify nobody or carry unreadable values, with a code and the value at fault', () => {
    const problem = (raw: Record<string, string>) => {
      const r = parseRow(raw);
      return r.ok ? null : { ...r.problem, reason: r.reason };
    };
    expect(problem({ full_name: 'Dara' })).toEqual({
      code: 'REJECT_NO_SOURCE_ID',
      reason: 'source_id is empty',
    });
    expect(problem({ source_id: '1', sex: 'M' })).toMatchObject({ code: 'REJECT_NO_NAME' });
    expect(problem({ source_id: '1', full_name: 'Dara', sex: 'maybe' })).toMatchObject({
      code: 'REJECT_BAD_SEX',
      params: { value: 'maybe' },
    });
    expect(problem({ source_id: '1', full_name: 'Dara', date_of_birth: '31/02/1990' })).toMatchObject({
      code: 'REJECT_BAD_DATE',
      params: { column: 'date_of_birth', value: '31/02/1990' },
      reason: 'date_of_birth "31/02/1990" is not a date (YYYY-MM-DD or DD/MM/YYYY)',
    });
    expect(problem({ source_id: '1', full_name: 'Dara', phone: '012 345 678; 12' })).toEqual({
      code: 'REJECT_BAD_PHONE',
      params: { value: '12' },
      reason: 'phone "12" is not a phone number',
    });
    expect(problem({ source_id: '1', full_name: 'Dara', age: '7' })).toMatchObject({
      code: 'REJECT_BAD_AGE',
      params: { value: '7' },
    });
    expect(problem({ source_id: '1', full_name: 'Dara', village_code: 'abc' })).toMatchObject({
      code: 'REJECT_BAD_PLACE_CODE',
      params: { column: 'village_code', value: 'abc' },
    });
    expect(problem({ source_id: '1', full_name: 'Dara', expected_wage_usd: 'much' })).toMatchObject({
      code: 'REJECT_BAD_NUMBER',
      params: { column: 'expected_wage_usd', value: 'much' },
    });
    expect(problem({ source_id: '1', full_name: 'Dara', willing_to_relocate: 'perhaps' })).toMatchObject({
      code: 'REJECT_BAD_YES_NO',
      params: { column: 'willing_to_relocate', value: 'perhaps' },
    });
    expect(problem({ source_id: '1', full_name: 'Dara', last_occupation_isco: 'mason' })).toMatchObject({
      code: 'REJECT_BAD_ISCO',
      params: { column: 'last_occupation_isco', value: 'mason' },
    });
  });

  it('flags a name typed in the legacy Limon font instead of storing it as a name', () => {
    const r = parseRow({
      source_id: '1',
      full_name: 'suxa Gam',
      given_name_km: 'j;kÉkBQÚ',
      phone: '011 222 333',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.worker.givenNameKm).toBeNull();
    expect(r.worker.flags).toContain('legacy_limon:given_name_km');
  });
});
