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

  it('rejects rows that identify nobody or carry unreadable values, saying which', () => {
    const reason = (raw: Record<string, string>) => {
      const r = parseRow(raw);
      return r.ok ? null : r.reason;
    };
    expect(reason({ full_name: 'Dara' })).toMatch(/source_id/);
    expect(reason({ source_id: '1', sex: 'M' })).toMatch(/no name/);
    expect(reason({ source_id: '1', full_name: 'Dara', sex: 'maybe' })).toMatch(/sex/);
    expect(reason({ source_id: '1', full_name: 'Dara', date_of_birth: '31/02/1990' })).toMatch(
      /date_of_birth/,
    );
    expect(reason({ source_id: '1', full_name: 'Dara', phone: '12' })).toMatch(/phone/);
    expect(reason({ source_id: '1', full_name: 'Dara', age: '7' })).toMatch(/age/);
    expect(reason({ source_id: '1', full_name: 'Dara', village_code: 'abc' })).toMatch(/place code/);
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
