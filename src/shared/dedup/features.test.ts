import { describe, expect, it } from 'vitest';
import { comparePrepared } from './compare';
import { decodeFeatures, encodeFeatures, FEATURES_VERSION } from './features';
import { type PersonRecord, prepareRecord } from './record';
import { generateTestSet } from './testset/generate';

/** Records the generated set may lack: a one-word Khmer name, documents, work abroad and wishes, nothing at all. */
const EDGE_CASES: PersonRecord[] = [
  { fullName: 'សុខចន្ថា', sex: 'ស្រី', age: 31, asOf: '2026-03-01', placeCode: '1502' },
  {
    familyLatin: 'Chhun',
    givenLatin: 'Sreymom',
    passport: 'n 0123456',
    otherIds: ['PINK-77 12', 'wp 998'],
    phones: ['+85512345678', '+85512345678', '+66812345678'],
    dateOfBirth: '1990-01-01',
    returnDate: '2025-07-14',
    lastSector: 'Construction',
    wantedSectors: ['agriculture', 'Construction', null],
    expectedWageUsd: '250',
  },
  { fullName: 'Srey Mom Sok', nationalId: '0101-23456', birthYear: 1988 },
  {},
];

const sample = (): PersonRecord[] => [...generateTestSet({ seed: 7, households: 60 }).records, ...EDGE_CASES];

describe('stored features', () => {
  it('decode to the record prepareRecord gives, and compare the same', () => {
    const records = sample().map(prepareRecord);
    const decoded = records.map((p) => decodeFeatures(encodeFeatures(p)));
    expect(decoded).toEqual(records);
    for (let i = 1; i < records.length; i++) {
      expect(comparePrepared(decoded[i]!, decoded[i - 1]!)).toEqual(
        comparePrepared(records[i]!, records[i - 1]!),
      );
    }
  });

  it('of another version, or none, decode to null', () => {
    const text = encodeFeatures(prepareRecord(EDGE_CASES[0]!));
    expect(decodeFeatures(text.replace(`[${FEATURES_VERSION},`, `[${FEATURES_VERSION + 1},`))).toBeNull();
    expect(decodeFeatures(null)).toBeNull();
    expect(decodeFeatures('')).toBeNull();
  });

  it('cut short or of another shape decode to null instead of throwing', () => {
    const text = encodeFeatures(prepareRecord(EDGE_CASES[1]!));
    expect(decodeFeatures(text.slice(0, text.length - 10))).toBeNull();
    expect(decodeFeatures(`[${FEATURES_VERSION},[],[]]`)).toBeNull();
  });
});
