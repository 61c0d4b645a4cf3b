/**
 * How each channel records a returnee (domain.md, "Existing channels"; issue 3). The hotline and the Telegram
 * form record little (a name, an age, a phone, the preferred province, sector and salary); job fairs and
 * partner NGOs keep fuller spreadsheets; the MRC's own paper intake is the most complete. The numbers are the
 * probabilities that a row of the channel has a field, or shows a kind of variation: they shape the data the
 * importer and the duplicate detector meet, and the README lists them.
 */
import type { WorkerSource } from './columns';
import type { PhoneForm } from './phone-numbers';
import { type Weighted, weightedKeys } from './random';

export type AddressLevel = 'village' | 'commune' | 'district' | 'province' | 'none';

export interface SourceProfile {
  /** Share of all worker rows. */
  readonly share: number;
  readonly idPrefix: string;
  /** When the channel took registrations (ISO dates); a row is registered after the person's return. */
  readonly window: readonly [start: string, end: string];
  readonly lagDays: readonly [min: number, max: number];
  readonly khmerName: number;
  readonly latinName: number;
  /** The name in one full_name cell instead of family and given columns. */
  readonly fullNameOnly: number;
  readonly swappedOrder: number;
  readonly romanisation: number;
  readonly typo: number;
  readonly upperCase: number;
  /** For names with COENG TA or DA: both spellings are in wide use, so clerks split about evenly. */
  readonly coengTaDa: number;
  readonly markOrder: number;
  readonly zeroWidth: number;
  readonly sex: number;
  readonly sexWords: readonly [female: string, male: string];
  /** A date of birth; otherwise an age. */
  readonly dateOfBirth: number;
  readonly birthMissing: number;
  readonly dmyDates: number;
  readonly phoneForms: Weighted<PhoneForm>;
  readonly phoneMissing: number;
  readonly address: Weighted<AddressLevel>;
  /** NCDD codes with the leading zero lost (a spreadsheet treating codes as numbers). */
  readonly unpaddedCodes: number;
  readonly nationalId: number;
  readonly lastSector: number;
  readonly countryAndYears: number;
  readonly occupation: number;
  readonly returnDate: number;
  readonly skills: number;
  readonly preferences: number;
  readonly relocation: number;
}

export const SOURCE_PROFILES: Readonly<Record<WorkerSource, SourceProfile>> = {
  // An operator types what they hear, in one name field, Khmer or Latin; callers give an age.
  hotline_1297: {
    share: 0.25,
    idPrefix: 'HL-',
    window: ['2025-06-15', '2026-06-30'],
    lagDays: [0, 90],
    khmerName: 0.6,
    latinName: 0.4,
    fullNameOnly: 1,
    swappedOrder: 0.06,
    romanisation: 0.45,
    typo: 0.05,
    upperCase: 0.1,
    coengTaDa: 0.35,
    markOrder: 0.04,
    zeroWidth: 0.05,
    sex: 0.85,
    sexWords: ['ស្រី', 'ប្រុស'],
    dateOfBirth: 0,
    birthMissing: 0.05,
    dmyDates: 0,
    phoneForms: weightedKeys<PhoneForm>({ plain: 70, spaced: 20, dashed: 10 }),
    phoneMissing: 0,
    address: weightedKeys<AddressLevel>({ province: 40, none: 60 }),
    unpaddedCodes: 0,
    nationalId: 0,
    lastSector: 0.5,
    countryAndYears: 0,
    occupation: 0,
    returnDate: 0,
    skills: 0,
    preferences: 0.9,
    relocation: 0,
  },
  // Self-registration on a phone: Khmer keyboards scatter zero-width spaces; Telegram shares numbers as 855...
  telegram_qr: {
    share: 0.35,
    idPrefix: 'TG-',
    window: ['2025-07-01', '2026-09-30'],
    lagDays: [0, 120],
    khmerName: 0.85,
    latinName: 0.5,
    fullNameOnly: 0.35,
    swappedOrder: 0.15,
    romanisation: 0.35,
    typo: 0.05,
    upperCase: 0.05,
    coengTaDa: 0.5,
    markOrder: 0.1,
    zeroWidth: 0.2,
    sex: 0.95,
    sexWords: ['female', 'male'],
    dateOfBirth: 0.35,
    birthMissing: 0.02,
    dmyDates: 0.5,
    phoneForms: weightedKeys<PhoneForm>({
      intl_no_plus: 40,
      e164: 25,
      plain: 15,
      spaced: 10,
      khmer_digits: 10,
    }),
    phoneMissing: 0,
    address: weightedKeys<AddressLevel>({ district: 70, province: 25, none: 5 }),
    unpaddedCodes: 0,
    nationalId: 0,
    lastSector: 0.8,
    countryAndYears: 0.5,
    occupation: 0,
    returnDate: 0.3,
    skills: 0.3,
    preferences: 0.9,
    relocation: 0.5,
  },
  // Paper forms at commune job fairs, typed into a spreadsheet afterwards.
  job_fair: {
    share: 0.15,
    idPrefix: 'JF-',
    window: ['2025-09-01', '2026-11-30'],
    lagDays: [30, 300],
    khmerName: 0.5,
    latinName: 0.9,
    fullNameOnly: 0.15,
    swappedOrder: 0.12,
    romanisation: 0.3,
    typo: 0.04,
    upperCase: 0.2,
    coengTaDa: 0.4,
    markOrder: 0.04,
    zeroWidth: 0.03,
    sex: 0.98,
    sexWords: ['F', 'M'],
    dateOfBirth: 0.6,
    birthMissing: 0.02,
    dmyDates: 0.4,
    phoneForms: weightedKeys<PhoneForm>({ spaced: 40, dashed: 20, plain: 25, trunk_dropped: 10, dotted: 5 }),
    phoneMissing: 0.04,
    address: weightedKeys<AddressLevel>({ village: 40, commune: 50, district: 10 }),
    unpaddedCodes: 0.1,
    nationalId: 0.2,
    lastSector: 0.95,
    countryAndYears: 0.9,
    occupation: 0.6,
    returnDate: 0.7,
    skills: 0.8,
    preferences: 0.95,
    relocation: 0.9,
  },
  // NGO spreadsheets: capitals, DD/MM/YYYY, codes and phones that Excel stripped of their leading zero.
  partner_list: {
    share: 0.15,
    idPrefix: 'NGO-',
    window: ['2025-08-01', '2026-10-31'],
    lagDays: [14, 300],
    khmerName: 0.7,
    latinName: 0.8,
    fullNameOnly: 0.5,
    swappedOrder: 0.1,
    romanisation: 0.3,
    typo: 0.04,
    upperCase: 0.4,
    coengTaDa: 0.45,
    markOrder: 0.05,
    zeroWidth: 0.05,
    sex: 0.95,
    sexWords: ['Female', 'Male'],
    dateOfBirth: 0.8,
    birthMissing: 0.03,
    dmyDates: 0.6,
    phoneForms: weightedKeys<PhoneForm>({
      spaced: 35,
      trunk_dropped: 25,
      plain: 20,
      e164: 5,
      e164_spaced: 5,
      intl_trunk: 3,
      intl_00: 2,
      dotted: 5,
    }),
    phoneMissing: 0.1,
    address: weightedKeys<AddressLevel>({ village: 75, commune: 20, none: 5 }),
    unpaddedCodes: 0.3,
    nationalId: 0.4,
    lastSector: 0.95,
    countryAndYears: 0.95,
    occupation: 0.5,
    returnDate: 0.9,
    skills: 0.5,
    preferences: 0.5,
    relocation: 0.5,
  },
  // Counsellors' paper intake at the MRCs, which opened after the project started (February 2026).
  walk_in: {
    share: 0.1,
    idPrefix: 'MRC-',
    window: ['2026-03-01', '2026-11-30'],
    lagDays: [0, 240],
    khmerName: 0.98,
    latinName: 0.9,
    fullNameOnly: 0.02,
    swappedOrder: 0.04,
    romanisation: 0.2,
    typo: 0.03,
    upperCase: 0,
    coengTaDa: 0.3,
    markOrder: 0.03,
    zeroWidth: 0.05,
    sex: 1,
    sexWords: ['F', 'M'],
    dateOfBirth: 0.9,
    birthMissing: 0,
    dmyDates: 0,
    phoneForms: weightedKeys<PhoneForm>({ spaced: 70, plain: 20, e164_spaced: 10 }),
    phoneMissing: 0.03,
    address: weightedKeys<AddressLevel>({ village: 95, commune: 5 }),
    unpaddedCodes: 0,
    nationalId: 0.7,
    lastSector: 1,
    countryAndYears: 1,
    occupation: 0.9,
    returnDate: 0.95,
    skills: 0.9,
    preferences: 1,
    relocation: 1,
  },
};
