import { describe, expect, it } from 'vitest';
import { compareRecords, scorePrepared } from './compare';
import { type PersonRecord, prepareRecord } from './record';
import {
  LINK_PROBABILITY,
  LINK_THRESHOLD,
  RETURN_WEIGHTS,
  RETURN_WEIGHTS_HOUSEHOLD,
  WAGE_WEIGHTS,
} from './weights';
import { compareWork, workOf } from './work';

// A hotline call and a job-fair row: a name, an age, a province, no shared phone (the number changed).
const call: PersonRecord = {
  fullName: 'ហេង បញ្ញា',
  sex: 'M',
  age: 19,
  asOf: '2025-10-04',
  phones: ['+85592413213'],
  placeCode: '03',
};
const fair: PersonRecord = {
  familyKm: 'ហេង',
  givenKm: 'បញ្ញា',
  sex: 'M',
  dateOfBirth: '2006-02-20',
  phones: ['+66818822196'],
  placeCode: '03020606',
};
const work = {
  returnDate: '2025-09-01',
  lastSector: 'construction',
  wantedSectors: ['garment_manufacturing'],
  expectedWageUsd: 360,
};
// A million-record registry in which a record has few repeats: name, sex and age alone are not enough.
const ctx = { registrySize: 1_000_000, duplicatesPerRecord: 0.05 };
const field = (c: ReturnType<typeof compareRecords>, name: string) => c.reasons.find((r) => r.field === name);

describe('work abroad and wishes as duplicate evidence', () => {
  it('adds nothing when a record states none of them', () => {
    const plain = compareRecords(call, fair);
    const oneSided = compareRecords({ ...call, ...work }, fair);
    expect(oneSided.score).toBe(plain.score);
    expect(oneSided.reasons.map((r) => r.field)).toEqual(plain.reasons.map((r) => r.field));
  });

  it('lifts a name-and-age pair with the same return, sector and wishes from apart to review, not to a link', () => {
    expect(compareRecords(call, fair, ctx).decision).toBe('distinct');
    const c = compareRecords({ ...call, ...work }, { ...fair, ...work }, ctx);
    // Past the link threshold on its score, but only through the work fields: a person decides.
    expect(c.probability).toBeGreaterThan(LINK_PROBABILITY);
    expect(c.workBoost).toBeGreaterThan(c.score - LINK_THRESHOLD);
    expect(c.decision).toBe('review');
    expect(field(c, 'returnDate')).toMatchObject({ outcome: 'agree', weight: expect.any(Number) });
    expect(field(c, 'lastSector')?.outcome).toBe('agree');
    expect(field(c, 'wantedSector')?.outcome).toBe('agree');
    expect(field(c, 'expectedWage')?.outcome).toBe('agree');
    // Each reason's weight is shown rounded to 0.01.
    expect(Math.abs(c.score - c.prior - c.reasons.reduce((s, r) => s + r.weight, 0))).toBeLessThan(0.1);
  });

  it('keeps a namesake with another return, sector and wage further apart', () => {
    const namesake = { returnDate: '2025-06-10', lastSector: 'agriculture', expectedWageUsd: 250 };
    const plain = compareRecords(call, fair);
    const c = compareRecords({ ...call, ...work }, { ...fair, ...namesake });
    expect(c.score).toBeLessThan(plain.score);
    expect(field(c, 'returnDate')).toMatchObject({ outcome: 'disagree', detail: '83 days apart' });
    expect(field(c, 'expectedWage')?.weight).toBeCloseTo(WAGE_WEIGHTS.disagree, 1);
  });

  it('still links what links without them: a shared phone and birth date', () => {
    const phone = { phones: ['+85592413213'], dateOfBirth: '2006-02-20', age: null };
    const c = compareRecords({ ...call, ...phone, ...work }, { ...fair, ...phone, ...work }, ctx);
    expect(c.decision).toBe('link');
  });

  it('counts any wanted sector in common as agreeing, in any order', () => {
    const a = workOf({ wantedSectors: ['construction', 'agriculture'] });
    const b = workOf({ wantedSectors: ['Agriculture ', 'construction'] });
    const evidence: Parameters<typeof compareWork>[3] = [];
    compareWork(a, b, false, evidence);
    expect(evidence).toMatchObject([{ field: 'wantedSector', outcome: 'agree' }]);
  });

  it('reads a return a few days off as partial, a wage $20 off as neither', () => {
    const a = workOf(work);
    const evidence: Parameters<typeof compareWork>[3] = [];
    compareWork(a, workOf({ ...work, returnDate: '2025-09-06', expectedWageUsd: 380 }), false, evidence);
    expect(evidence.find((e) => e.field === 'returnDate')?.outcome).toBe('partial');
    expect(evidence.find((e) => e.field === 'expectedWage')).toMatchObject({ outcome: 'partial', weight: 0 });
  });

  it('weighs a shared return date less between relatives, who come home together', () => {
    const a = workOf({ returnDate: '2025-07-14' });
    expect(compareWork(a, a, true)).toBeCloseTo(RETURN_WEIGHTS_HOUSEHOLD.same, 6);
    expect(compareWork(a, a, false)).toBeCloseTo(RETURN_WEIGHTS.same, 6);
    expect(RETURN_WEIGHTS_HOUSEHOLD.same).toBeLessThan(RETURN_WEIGHTS.same);
  });

  it('scores the same without the reasons as with them', () => {
    const a = prepareRecord({ ...call, ...work });
    const b = prepareRecord({ ...fair, ...work, expectedWageUsd: 300 });
    expect(scorePrepared(a, b).score).toBe(
      compareRecords({ ...call, ...work }, { ...fair, ...work, expectedWageUsd: 300 }).score,
    );
  });

  it('ignores what cannot be read: a malformed date, a zero wage, a blank sector', () => {
    expect(workOf({ returnDate: '01/09/2025', expectedWageUsd: 0, lastSector: '  ' })).toEqual({
      returned: null,
      sector: null,
      wanted: [],
      wage: null,
    });
  });
});
