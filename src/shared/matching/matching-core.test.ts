import { describe, expect, it } from 'vitest';
import { placeLevel, wageValue } from './factors';
import { ageOn, hardFilters, passesFilters } from './filters';
import { stay, TEST_SETTINGS, vacancy, worker } from './fixtures';
import { occupationLevel } from './isco';
import { neighbouringProvinces, PROVINCE_CODES } from './provinces';
import { scorePair } from './score';
import { normaliseSkill } from './skills';

const ctx = { settings: TEST_SETTINGS, today: '2026-03-01', direction: 'worker' as const };

describe('ISCO-08 levels', () => {
  it('walks the hierarchy and the adjacent table', () => {
    expect(occupationLevel('9313', '9313')).toBe('unit');
    expect(occupationLevel('9313', '9312')).toBe('minor');
    expect(occupationLevel('9313', '9211')).toBe('adjacent');
    expect(occupationLevel('9211', '9313')).toBe('adjacent');
    expect(occupationLevel('7112', '7131')).toBe('submajor');
    expect(occupationLevel('9313', '9111')).toBe('major');
    expect(occupationLevel('9313', '5120')).toBe('none');
  });
});

describe('provinces', () => {
  it('has 25 provinces whose borders are symmetric', () => {
    expect(PROVINCE_CODES).toHaveLength(25);
    for (const p of PROVINCE_CODES) {
      expect(neighbouringProvinces(p).length).toBeGreaterThan(0);
      for (const n of neighbouringProvinces(p)) expect(neighbouringProvinces(n)).toContain(p);
    }
    // The three MRC provinces: Oddar Meanchey touches Preah Vihear and Siem Reap, Pursat touches Battambang.
    expect(neighbouringProvinces('22')).toEqual(expect.arrayContaining(['13', '17', '01']));
    expect(neighbouringProvinces('15')).toContain('02');
  });

  it('ranks commune, district, province, preferred, neighbour, relocate', () => {
    const w = worker({ preferredProvinces: ['12'] });
    expect(placeLevel(w, vacancy())).toBe('commune');
    expect(placeLevel(w, vacancy({ communeCode: '150102' }))).toBe('district');
    expect(placeLevel(w, vacancy({ districtCode: '1502', communeCode: '150201' }))).toBe('province');
    expect(placeLevel(w, vacancy({ provinceCode: '12', districtCode: null, communeCode: null }))).toBe(
      'preferred',
    );
    expect(placeLevel(w, vacancy({ provinceCode: '02', districtCode: null, communeCode: null }))).toBe(
      'neighbour',
    );
    expect(placeLevel(w, vacancy({ provinceCode: '16', districtCode: null, communeCode: null }))).toBe('far');
    expect(
      placeLevel(
        { ...w, willingToRelocate: true },
        vacancy({ provinceCode: '16', districtCode: null, communeCode: null }),
      ),
    ).toBe('relocate');
  });
});

describe('skills and wages', () => {
  it('normalises skill names', () => {
    expect(normaliseSkill(' Concrete-mixing ')).toBe('concrete_mixing');
    expect(normaliseSkill('concrete_mixing')).toBe('concrete_mixing');
    expect(normaliseSkill('ដាំ\u200Bស្រូវ')).toBe('ដាំស្រូវ');
  });

  it('wage factor never decreases with the offer', () => {
    for (const expected of [null, 150, 300])
      for (let w = 0; w < 600; w += 10)
        expect(wageValue(w + 10, expected, 210)).toBeGreaterThanOrEqual(wageValue(w, expected, 210));
  });
});

describe('hard filters', () => {
  it('names every filter and blocks minors from hazardous work', () => {
    const young = worker({ birthYear: 2009 });
    const filters = hardFilters(young, vacancy({ hazardous: true, minAge: 15 }), TEST_SETTINGS, '2026-03-01');
    expect(filters.map((f) => f.name)).toEqual([
      'vacancy_open',
      'positions_left',
      'old_enough',
      'available',
      'consent',
      'not_congested',
    ]);
    expect(filters.find((f) => f.name === 'old_enough')).toMatchObject({
      passed: false,
      params: { age: 16, minimum: 18 },
    });
    expect(ageOn({ dateOfBirth: '2008-03-02', birthYear: null }, '2026-03-01')).toBe(17);
  });

  it('closes a vacancy past its date, full, or congested', () => {
    const w = worker();
    const fails = (v: ReturnType<typeof vacancy>) =>
      hardFilters(w, v, TEST_SETTINGS, '2026-03-01')
        .filter((f) => !f.passed)
        .map((f) => f.name);
    expect(fails(vacancy({ closesOn: '2026-02-28' }))).toEqual(['vacancy_open']);
    expect(fails(vacancy({ positionsFilled: 5 }))).toEqual(['positions_left', 'not_congested']);
    expect(fails(vacancy({ positions: 2, activeReferrals: 6 }))).toEqual(['not_congested']);
    expect(fails(vacancy({ positions: 2, activeReferrals: 5 }))).toEqual([]);
  });

  it('consent hides a worker from candidates but not a job from the worker', () => {
    const filters = hardFilters(
      worker({ shareWithEmployers: false }),
      vacancy(),
      TEST_SETTINGS,
      '2026-03-01',
    );
    expect(passesFilters(filters, 'worker')).toBe(true);
    expect(passesFilters(filters, 'vacancy')).toBe(false);
  });
});

describe('score', () => {
  const labourer = worker({
    stays: [stay('9313', 'construction', 4)],
    skills: [{ label: 'concrete_mixing', iscoCode: null, kind: 'self_declared' }],
    expectedWageUsd: 260,
  });

  it('explains every factor and splits the points exactly', () => {
    const s = scorePair(labourer, vacancy({ requiredSkills: ['concrete_mixing'] }), ctx);
    expect(s.factors.map((f) => f.name)).toEqual([
      'occupation',
      'experience',
      'skills',
      'place',
      'wage',
      'sector',
      'decent_work',
      'priority',
    ]);
    const sum = s.factors.reduce((t, f) => t + f.points, 0);
    expect(Math.abs(sum - s.score)).toBeLessThan(0.6);
    expect(s.factors[0]!.key).toBe('matching.factor.occupation.unit');
  });

  it('needs both suitability and likelihood: a perfect hire with no pay scores low', () => {
    const paid = scorePair(labourer, vacancy(), ctx).score;
    const unpaid = scorePair(
      labourer,
      vacancy({ wageMinUsd: 40, wageMaxUsd: 40, nssf: false, contractWritten: false }),
      ctx,
    ).score;
    expect(unpaid).toBeLessThan(paid - 15);
  });

  it('suggests adjacent work and the one missing skill', () => {
    const s = scorePair(
      labourer,
      vacancy({ occupationIsco: '9211', sector: 'agriculture', requiredSkills: ['crop_harvesting'] }),
      ctx,
    );
    expect(s.suggestions.map((x) => x.kind)).toEqual(['adjacent_occupation', 'training']);
    expect(s.missingSkill).toBe('crop_harvesting');
  });
});
