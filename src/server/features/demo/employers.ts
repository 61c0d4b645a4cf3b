/**
 * Cambodian employers that could hire returnees: garment and footwear factories around Phnom Penh, Kandal,
 * Kampong Speu and the Bavet and Poipet economic zones; builders in Phnom Penh, Sihanoukville and Siem Reap;
 * farms and plantations in the north-west and the north-east; seafood along the coast; hotels and shops where
 * the tourists are; and, in every province, small local businesses.
 *
 * Employer number i is a pure function of the seed and i (its own random stream), so a vacancy can name any
 * employer without the generator keeping the list in memory.
 */
import { E, EMPLOYER_COLUMNS, type Row } from './columns';
import type { PlaceSampler } from './gazetteer';
import type { NamePools } from './name-pool';
import { cambodianMobile, type Phone, phnomPenhLandline, writePhone } from './phone-numbers';
import { deriveSeed, Random, Weighted, weightedKeys } from './random';
import type { SectorCode } from './work-abroad';

export type EmployerSize = 'micro' | 'small' | 'medium' | 'large';

export interface Employer {
  readonly sourceId: string;
  readonly nameKm: string;
  readonly nameLatin: string;
  readonly sector: SectorCode;
  readonly size: EmployerSize;
  readonly province: string;
  readonly commune: string;
  readonly nssf: boolean;
  readonly phone: Phone;
}

const SECTOR = weightedKeys<SectorCode>({
  garment_manufacturing: 30,
  construction: 22,
  agriculture: 22,
  hospitality_services: 12,
  transport: 5,
  fisheries: 4,
  domestic_work: 1,
  other: 4,
});

/** Where each sector's employers are (NCDD province codes, relative weights). */
const PROVINCES_BY_SECTOR: Readonly<Record<SectorCode, Readonly<Record<string, number>>>> = {
  garment_manufacturing: {
    '12': 35,
    '08': 20,
    '05': 15,
    '20': 8,
    '03': 5,
    '21': 5,
    '04': 4,
    '18': 3,
    '01': 3,
    '02': 2,
  },
  construction: {
    '12': 35,
    '18': 15,
    '17': 10,
    '08': 10,
    '02': 6,
    '01': 6,
    '03': 4,
    '22': 3,
    '15': 3,
    '13': 3,
    '06': 3,
  },
  agriculture: {
    '02': 15,
    '01': 8,
    '22': 8,
    '13': 8,
    '15': 8,
    '06': 8,
    '24': 6,
    '10': 6,
    '03': 6,
    '25': 6,
    '14': 5,
    '17': 4,
    '11': 4,
    '16': 4,
  },
  fisheries: { '09': 30, '18': 25, '07': 20, '23': 10, '08': 10, '04': 5 },
  hospitality_services: { '12': 35, '17': 25, '18': 15, '02': 5, '07': 5, '23': 5, '01': 5, '08': 5 },
  transport: { '12': 40, '08': 15, '18': 15, '01': 10, '20': 10, '02': 10 },
  domestic_work: { '12': 60, '17': 15, '08': 15, '18': 10 },
  other: { '12': 40, '08': 10, '02': 10, '17': 10, '01': 10, '03': 10, '14': 10 },
};

const SIZE_BY_SECTOR: Readonly<Record<SectorCode, Weighted<EmployerSize>>> = {
  garment_manufacturing: weightedKeys<EmployerSize>({ large: 55, medium: 25, small: 15, micro: 5 }),
  construction: weightedKeys<EmployerSize>({ large: 15, medium: 30, small: 40, micro: 15 }),
  agriculture: weightedKeys<EmployerSize>({ large: 8, medium: 20, small: 40, micro: 32 }),
  fisheries: weightedKeys<EmployerSize>({ large: 15, medium: 30, small: 35, micro: 20 }),
  hospitality_services: weightedKeys<EmployerSize>({ large: 10, medium: 20, small: 40, micro: 30 }),
  transport: weightedKeys<EmployerSize>({ large: 10, medium: 30, small: 40, micro: 20 }),
  domestic_work: weightedKeys<EmployerSize>({ medium: 20, small: 50, micro: 30 }),
  other: weightedKeys<EmployerSize>({ large: 5, medium: 20, small: 45, micro: 30 }),
};

/** Chance that an employer of this size is registered with the NSSF (agriculture much less often). */
const NSSF_BY_SIZE: Readonly<Record<EmployerSize, number>> = {
  large: 0.95,
  medium: 0.85,
  small: 0.5,
  micro: 0.15,
};

type Words = readonly (readonly [km: string, latin: string])[];

/** What a company calls its trade, and what a small business calls itself. */
const TRADE_WORDS: Readonly<Record<SectorCode, { company: Words; business: Words }>> = {
  agriculture: {
    company: [
      ['កសិកម្ម', 'Agriculture'],
      ['កសិឧស្សាហកម្ម', 'Agro-Industry'],
    ],
    business: [
      ['កសិដ្ឋាន', 'Farm'],
      ['ចំការ', 'Plantation'],
    ],
  },
  construction: {
    company: [
      ['សំណង់', 'Construction'],
      ['វិស្វកម្ម និងសំណង់', 'Engineering & Construction'],
    ],
    business: [['ជាងសំណង់', 'Builders']],
  },
  garment_manufacturing: {
    company: [
      ['កាត់ដេរ', 'Garment'],
      ['វាយនភណ្ឌ', 'Textile'],
      ['ស្បែកជើង', 'Footwear'],
    ],
    business: [['ហាងកាត់ដេរ', 'Tailor Shop']],
  },
  fisheries: {
    company: [
      ['អាហារសមុទ្រ', 'Seafood'],
      ['នេសាទ', 'Fishery'],
    ],
    business: [['កសិដ្ឋានចិញ្ចឹមត្រី', 'Fish Farm']],
  },
  hospitality_services: {
    company: [
      ['សណ្ឋាគារ', 'Hotel'],
      ['សេវាកម្ម', 'Services'],
    ],
    business: [
      ['ភោជនីយដ្ឋាន', 'Restaurant'],
      ['ហាងកាហ្វេ', 'Coffee Shop'],
      ['យានដ្ឋាន', 'Garage'],
    ],
  },
  transport: {
    company: [
      ['ដឹកជញ្ជូន', 'Transport'],
      ['ភស្តុភារ', 'Logistics'],
    ],
    business: [['ដឹកជញ្ជូន', 'Transport']],
  },
  domestic_work: { company: [['សេវាថែទាំ', 'Care Services']], business: [['សេវាថែទាំ', 'Care Services']] },
  other: { company: [['ពាណិជ្ជកម្ម', 'Trading']], business: [['ហាងលក់ទំនិញ', 'Shop']] },
};

/** Company names: Khmer words and their usual English rendering (names are often translated, not transliterated). */
const BRANDS: Words = [
  ['អង្គរ', 'Angkor'],
  ['មេគង្គ', 'Mekong'],
  ['បាយ័ន', 'Bayon'],
  ['ទន្លេសាប', 'Tonle Sap'],
  ['ផ្កាយមាស', 'Golden Star'],
  ['ជ័យមង្គល', 'Chey Mongkol'],
  ['សុខសាន្ត', 'Sok San'],
  ['រុងរឿង', 'Rung Roeung'],
  ['មិត្តភាព', 'Friendship'],
  ['ពន្លឺថ្មី', 'New Light'],
  ['កម្ពុជាថ្មី', 'New Cambodia'],
  ['អាស៊ី', 'Asia'],
  ['សែនសុខ', 'Sen Sok'],
  ['ពេជ្រ', 'Diamond'],
];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export class EmployerFactory {
  private readonly provinces: Readonly<Record<SectorCode, Weighted<string>>>;

  constructor(
    private readonly seed: number,
    private readonly names: NamePools,
    private readonly places: PlaceSampler,
  ) {
    this.provinces = Object.fromEntries(
      Object.entries(PROVINCES_BY_SECTOR).map(([sector, weights]) => {
        const known = Object.entries(weights).filter(([code]) => places.hasProvince(code));
        return [sector, new Weighted(known)];
      }),
    ) as Record<SectorCode, Weighted<string>>;
  }

  /** Employer number `index` (0-based); the same for the same seed, whoever asks. */
  at(index: number): Employer {
    const rng = new Random(deriveSeed(this.seed, 'employer', index));
    const sector = SECTOR.pick(rng);
    const size = SIZE_BY_SECTOR[sector].pick(rng);
    // A quarter are local businesses in the places returnees live, where matching needs jobs nearby.
    const province = rng.chance(0.25) ? this.places.province(rng) : this.provinces[sector].pick(rng);
    const nssfChance = NSSF_BY_SIZE[size] * (sector === 'agriculture' ? 0.6 : 1);
    const isCompany = size === 'large' || size === 'medium' || rng.chance(0.3);
    const words = TRADE_WORDS[sector];
    let nameKm: string;
    let nameLatin: string;
    if (isCompany) {
      const [brandKm, brandLatin] = rng.pick(BRANDS);
      const [tradeKm, tradeLatin] = rng.pick(words.company);
      nameKm = `ក្រុមហ៊ុន ${brandKm} ${tradeKm} ឯ.ក`;
      nameLatin = `${brandLatin} ${tradeLatin} Co., Ltd.`;
    } else {
      const family = this.names.family.pick(rng);
      const given = rng.chance(0.5) ? this.names.givenMale.pick(rng) : this.names.givenFemale.pick(rng);
      const [tradeKm, tradeLatin] = rng.pick(words.business);
      nameKm = `${tradeKm} ${family.km} ${given.km}`;
      nameLatin = `${family.latin[0]} ${given.latin[0]} ${tradeLatin}`;
    }
    return {
      sourceId: `EMP-${pad(index + 1, 6)}`,
      nameKm,
      nameLatin,
      sector,
      size,
      province,
      commune: this.places.commune(rng, province),
      nssf: rng.chance(nssfChance),
      phone:
        province === '12' && isCompany && rng.chance(0.5) ? phnomPenhLandline(rng) : cambodianMobile(rng),
    };
  }

  row(employer: Employer, rng: Random): Row {
    const row: Row = new Array<string>(EMPLOYER_COLUMNS.length).fill('');
    row[E.source_id] = employer.sourceId;
    row[E.name_km] = employer.nameKm;
    row[E.name_latin] = employer.nameLatin;
    row[E.sector] = employer.sector;
    row[E.size] = employer.size;
    row[E.province_code] = employer.province;
    row[E.district_code] = employer.commune.slice(0, 4);
    row[E.commune_code] = employer.commune;
    row[E.nssf_registered] = employer.nssf ? 'yes' : 'no';
    row[E.phone] = writePhone(
      employer.phone,
      rng.chance(0.6) ? 'spaced' : rng.chance(0.75) ? 'plain' : 'e164_spaced',
    );
    return row;
  }
}
