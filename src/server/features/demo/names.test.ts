import { describe, expect, it } from 'vitest';
import { khmerKey, looksLikeLimon, normalizeKhmer } from '../../../shared/khmer';
import { FAMILY_NAMES, GIVEN_NAMES } from './khmer-names';
import { flipCoengTaDa, insertAt, reorderMarks, ZERO_WIDTH_SPACE } from './khmer-spelling';
import { buildNamePools, type NamePart, readSharedNames } from './name-pool';
import { Random } from './random';
import { DEFAULT_NAMES_DIR } from './reference-files';
import { latinSpellings, latinTypo } from './romanisation';

const pools = buildNamePools(readSharedNames(DEFAULT_NAMES_DIR));
const allParts: NamePart[] = [
  ...new Set([...pools.family.values, ...pools.givenFemale.values, ...pools.givenMale.values]),
];

describe('name pool', () => {
  it('writes its own Khmer names in canonical Unicode order, each once', () => {
    const own = [...FAMILY_NAMES.map(([km]) => km), ...GIVEN_NAMES.map(([km]) => km)];
    expect(own.filter((km) => normalizeKhmer(km) !== km)).toEqual([]);
    const givenKeys = GIVEN_NAMES.map(([km]) => khmerKey(km));
    expect(givenKeys.length).toBe(new Set(givenKeys).size);
  });

  it('merges the shared name files with its own list, matching spellings by key', () => {
    const shared = readSharedNames(DEFAULT_NAMES_DIR);
    expect(shared.length).toBeGreaterThan(100);
    // ចិន្ដា (COENG DA, shared file) is the own ចិន្តា: one entry, not two.
    expect(allParts.filter((p) => khmerKey(p.km) === khmerKey('ចិន្តា'))).toHaveLength(1);
    expect(pools.sizes.family).toBeGreaterThan(80);
    expect(pools.sizes.given).toBeGreaterThan(110);
    expect(pools.commonFamily.map((p) => p.latin[0])).toEqual(
      expect.arrayContaining(['Sok', 'Chan', 'Kim', 'Heng', 'Ly', 'Chea']),
    );
  });

  it('draws common family names often: Sok, Chan, Kim, Heng, Ly and Chea make about a quarter of people', () => {
    const rng = new Random(1);
    const common = new Set(pools.commonFamily.map((p) => p.km));
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (common.has(pools.family.pick(rng).km)) hits++;
    expect(hits / 10_000).toBeGreaterThan(0.2);
    expect(hits / 10_000).toBeLessThan(0.4);
  });

  it('gives every name part spelling variants that the product normalises back to the same name', () => {
    let flips = 0;
    let reorders = 0;
    for (const part of allParts) {
      expect(part.latin.length, part.km).toBeGreaterThan(1);
      if (part.coengFlip !== null) {
        flips++;
        expect(part.coengFlip).not.toBe(part.km);
        expect(khmerKey(part.coengFlip)).toBe(khmerKey(part.km));
      }
      if (part.markOrder !== null) {
        reorders++;
        expect(part.markOrder).not.toBe(part.km);
        expect(normalizeKhmer(part.markOrder)).toBe(part.km);
      }
      for (const at of part.breaks)
        expect(normalizeKhmer(insertAt(part.km, at, ZERO_WIDTH_SPACE))).toBe(part.km);
    }
    expect(flips).toBeGreaterThan(5);
    expect(reorders).toBeGreaterThan(40);
  });
});

describe('Khmer code-point variants', () => {
  it('exchanges COENG TA and COENG DA both ways', () => {
    expect(flipCoengTaDa('មេត្តា')).toBe('មេត\u17D2\u178Aា');
    expect(flipCoengTaDa('ភក្ដី')).toBe('ភក\u17D2\u178Fី');
    expect(flipCoengTaDa('សុខ')).toBeNull();
  });

  it('puts a vowel before its subscript, which renders the same', () => {
    expect(reorderMarks('ស្រី')).toBe('សី\u17D2រ');
    expect(reorderMarks('ក')).toBeNull();
  });
});

describe('romanisation', () => {
  it('produces the spellings clerks really use', () => {
    expect(latinSpellings(['Sokha'])).toContain('Sokhar');
    expect(latinSpellings(['Srey'])).toContain('Srei');
    expect(latinSpellings(['Chantha'])).toContain('Chanta');
    expect(latinSpellings(['Phalla'])).toContain('Phala');
    expect(latinSpellings(['Pheap'])).toContain('Pheab');
    expect(latinSpellings(['Sokha', 'Sokah'])[0]).toBe('Sokha');
  });

  it('makes typing slips that change the name but never look like legacy Limon text', () => {
    const rng = new Random(2);
    for (const part of allParts) {
      for (const spelling of part.latin) {
        const typo = latinTypo(spelling, rng);
        expect(typo).not.toBe(spelling);
        expect(looksLikeLimon(typo), typo).toBe(false);
        expect(looksLikeLimon(`Sok ${typo}`), typo).toBe(false);
        // Words still start with their own capital letter, and nothing is invented.
        expect(
          typo.split(' ').map((w) => w[0]),
          typo,
        ).toEqual(spelling.split(' ').map((w) => w[0]));
        // Every letter of the slip is a letter of the name.
        expect(
          [...typo].every((ch) => spelling.includes(ch)),
          typo,
        ).toBe(true);
      }
    }
  });
});
