/**
 * Stored features are trusted while FEATURES_VERSION is current (shared/dedup/features.ts). They are what a raw
 * import row prepares to, through parseRow, personOf and prepareRecord (and the worker's columns prepare to the
 * same: stored-features.test.ts), so a change to any of these that changes what a row prepares to must raise
 * the version, or the registry would compare old preparations with new ones. This digest of sample rows fails
 * until it is raised: raise FEATURES_VERSION and add the new digest to DIGESTS.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeFeatures, FEATURES_VERSION } from '../../../shared/dedup/features';
import type { RawRow } from '../imports/row-parser';
import { preparedFromRaw } from './candidates';

/** One digest per features version, oldest first. */
const DIGESTS = ['25a30563616bbf96'];

/** Rows as lists write them: both scripts, one-word and three-word names, every written form of the fields. */
const ROWS: RawRow[] = [
  {
    source_id: 'a1',
    family_name_km: 'សុខ',
    given_name_km: 'ដារា',
    family_name_latin: 'Sok',
    given_name_latin: 'Dara',
    sex: 'M',
    date_of_birth: '1990-03-04',
    phone: '012 345 678',
    national_id: '0101-23456',
    village_code: '15020304',
    registered_on: '2026-02-01',
    return_date: '2025-07-01',
    last_country: 'TH',
    last_sector: 'Construction',
    preferred_sector: 'agriculture',
    expected_wage_usd: '300',
  },
  {
    source_id: 'a2',
    full_name: 'សុខចន្ថា',
    sex: 'ស្រី',
    age: '31',
    province_code: '22',
    registered_on: '2026-03-01',
  },
  {
    source_id: 'a3',
    full_name: 'Srey Mom Sok',
    sex: 'female',
    date_of_birth: '04/05/1988',
    registered_on: '2026-01-15',
  },
  {
    source_id: 'a4',
    full_name: 'ហេង\u200bសុភាព',
    phone: '+855 97 123 4567',
    district_code: '1302',
    registered_on: '2026-04-10',
  },
  {
    source_id: 'a5',
    family_name_latin: 'Chhun',
    given_name_latin: 'Sreymom',
    phone: '0812345678',
    commune_code: '130201',
    registered_on: '2026-05-20',
  },
  { source_id: 'a6', full_name: 'Dara Sok', age: '45', registered_on: '2026-06-30', years_abroad: '3' },
  { source_id: 'a7', registered_on: '2026-07-07' },
];

describe('FEATURES_VERSION', () => {
  it('is raised whenever what an import row prepares to changes', () => {
    const digest = createHash('sha256');
    for (const row of ROWS) {
      const prepared = preparedFromRaw(row);
      digest.update(`${prepared ? encodeFeatures(prepared) : '-'}\n`);
    }
    expect(DIGESTS.length).toBe(FEATURES_VERSION);
    expect(digest.digest('hex').slice(0, 16)).toBe(DIGESTS[FEATURES_VERSION - 1]);
  });
});
