/**
 * The true people behind the rows. Most are drawn one at a time; some come as the hard look-alikes a duplicate
 * detector must keep apart (domain.md, issue 3):
 * - siblings: same family name, village and household phone, different given names and birth years;
 * - twins: the same, and the same date of birth (their given names often rhyme);
 * - namesakes: strangers with exactly the same very common name (Sok Dara, Chan Sreymom...) in one province,
 *   half of them born within a year of each other.
 */
import { ageOn, type Day, dayFromParts, yearOf } from './dates';
import type { PlaceSampler, Village } from './gazetteer';
import type { NamePart, NamePools } from './name-pool';
import { cambodianMobile, type Phone, thaiMobile } from './phone-numbers';
import { type Random, Weighted, weightedKeys } from './random';
import {
  LAST_COUNTRY,
  occupationIn,
  type SectorCode,
  sectorAbroad,
  workerSkills,
  yearsAbroad,
} from './work-abroad';

export type Sex = 'F' | 'M';
export type LookalikeKind = 'siblings' | 'twins' | 'namesakes';

export interface Person {
  readonly id: string;
  readonly sex: Sex;
  readonly family: NamePart;
  readonly given: NamePart;
  readonly birth: Day;
  readonly phone: Phone;
  /** A second number: a new Cambodian SIM, or the Thai SIM kept from abroad. */
  readonly altPhone: Phone | null;
  readonly nationalId: string | null;
  readonly village: Village;
  readonly returnedOn: Day;
  readonly country: string;
  readonly sector: SectorCode;
  readonly occupationId: string;
  readonly occupationIsco: string;
  readonly yearsAbroad: string;
  readonly skills: readonly string[];
  readonly preferredSector: SectorCode;
  readonly preferredProvince: string;
  readonly relocate: boolean;
  readonly expectedWageUsd: number;
  /** Set for members of a look-alike group. */
  readonly group: { readonly id: string; readonly kind: LookalikeKind } | null;
}

const GROUP_KIND = weightedKeys({ single: 88, siblings: 6, twins: 1, namesakes: 5 });

/** Age on 1 July 2025, by band: returnees are mostly young adults. */
const AGE_BANDS = new Weighted<readonly [number, number]>([
  [[18, 24], 22],
  [[25, 34], 35],
  [[35, 44], 27],
  [[45, 54], 12],
  [[55, 62], 4],
]);
const AGE_REFERENCE = dayFromParts(2025, 7, 1);
const YOUNGEST_BIRTH = dayFromParts(2007, 7, 1);

/**
 * Month of return. The border clashes of late May and July 2025 sent most people home in June-August; the
 * renewed fighting of December 2025 sent another wave.
 */
const RETURN_MONTHS = new Weighted<readonly [number, number]>([
  [[2025, 6], 25],
  [[2025, 7], 35],
  [[2025, 8], 15],
  [[2025, 9], 6],
  [[2025, 10], 4],
  [[2025, 11], 4],
  [[2025, 12], 9],
  [[2026, 1], 2],
]);

/** What returnees want next (domain.md: favour agriculture as well as industry). */
export const WANTED_SECTOR = weightedKeys<SectorCode>({
  agriculture: 30,
  construction: 25,
  garment_manufacturing: 25,
  hospitality_services: 12,
  transport: 4,
  fisheries: 4,
});

export interface PersonContext {
  readonly names: NamePools;
  readonly places: PlaceSampler;
  readonly womenShare: number;
  /** The last day anything in the data set happens. */
  readonly asOf: Day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export class PersonFactory {
  private personSeq = 0;
  private groupSeq = 0;

  constructor(private readonly ctx: PersonContext) {}

  /** One person, or one look-alike group of two or three. */
  nextGroup(rng: Random): Person[] {
    switch (GROUP_KIND.pick(rng)) {
      case 'siblings':
        return this.siblings(rng);
      case 'twins':
        return this.twins(rng);
      case 'namesakes':
        return this.namesakes(rng);
      default:
        return [this.person(rng, {})];
    }
  }

  private siblings(rng: Random): Person[] {
    const group = this.newGroup('siblings');
    const first = this.person(rng, { group });
    const people = [first];
    const count = rng.chance(0.7) ? 2 : 3;
    const usedYears = new Set([yearOf(first.birth)]);
    while (people.length < count) {
      const sex = this.sex(rng);
      let birth = first.birth;
      // Siblings are one to eight years apart and never share a birth year (those would be twins).
      // Younger siblings are adults too (returnees of working age): too young, and the sibling is older instead.
      for (let attempt = 0; attempt < 10 && usedYears.has(yearOf(birth)); attempt++) {
        const gap = rng.between(365, 8 * 365);
        birth =
          first.birth + gap <= YOUNGEST_BIRTH && rng.chance(0.5) ? first.birth + gap : first.birth - gap;
      }
      usedYears.add(yearOf(birth));
      people.push(
        this.person(rng, {
          group,
          sex,
          family: first.family,
          given: this.otherGivenName(rng, sex, people),
          birth,
          village: first.village,
          phone: first.phone,
        }),
      );
    }
    return people;
  }

  private twins(rng: Random): Person[] {
    const group = this.newGroup('twins');
    const first = this.person(rng, { group });
    const sex = rng.chance(0.6) ? first.sex : this.sex(rng);
    const second = this.person(rng, {
      group,
      sex,
      family: first.family,
      given: this.rhymingGivenName(rng, sex, first.given) ?? this.otherGivenName(rng, sex, [first]),
      birth: first.birth,
      village: first.village,
      phone: first.phone,
    });
    return [first, second];
  }

  private namesakes(rng: Random): Person[] {
    const group = this.newGroup('namesakes');
    const sex = this.sex(rng);
    const family = rng.pick(this.ctx.names.commonFamily);
    const given = rng.pick(sex === 'F' ? this.ctx.names.commonGivenFemale : this.ctx.names.commonGivenMale);
    const first = this.person(rng, { group, sex, family, given });
    const people = [first];
    const count = rng.chance(0.8) ? 2 : 3;
    while (people.length < count) {
      const closeInAge = rng.chance(0.5);
      people.push(
        this.person(rng, {
          group,
          sex,
          family,
          given,
          birth: closeInAge ? Math.min(first.birth + rng.between(-365, 365), YOUNGEST_BIRTH) : undefined,
          village: this.ctx.places.elsewhereInProvince(rng, first.village),
        }),
      );
    }
    return people;
  }

  private newGroup(kind: LookalikeKind) {
    this.groupSeq++;
    return { id: `G${pad(this.groupSeq, 6)}`, kind };
  }

  private sex(rng: Random): Sex {
    return rng.chance(this.ctx.womenShare) ? 'F' : 'M';
  }

  private givenName(rng: Random, sex: Sex): NamePart {
    return (sex === 'F' ? this.ctx.names.givenFemale : this.ctx.names.givenMale).pick(rng);
  }

  private otherGivenName(rng: Random, sex: Sex, taken: readonly Person[]): NamePart {
    let name = this.givenName(rng, sex);
    for (let attempt = 0; attempt < 20 && taken.some((p) => p.given.km === name.km); attempt++) {
      name = this.givenName(rng, sex);
    }
    return name;
  }

  /** A different given name that starts like the twin's (Sreymom and Sreypov, Chantha and Chanthy). */
  private rhymingGivenName(rng: Random, sex: Sex, twin: NamePart): NamePart | null {
    if (!rng.chance(0.5)) return null;
    const pool = sex === 'F' ? this.ctx.names.givenFemale : this.ctx.names.givenMale;
    const stem = (twin.latin[0] ?? '').slice(0, 4);
    const candidates = pool.values.filter((p) => p.km !== twin.km && (p.latin[0] ?? '').startsWith(stem));
    return candidates.length > 0 ? rng.pick(candidates) : null;
  }

  private birth(rng: Random): Day {
    const [min, max] = AGE_BANDS.pick(rng);
    const age = rng.between(min, max);
    const birth = AGE_REFERENCE - age * 365 - Math.floor(age / 4) - rng.int(365);
    // Many documents record 1 January when only the year of birth is known.
    return rng.chance(0.08) ? dayFromParts(yearOf(birth), 1, 1) : birth;
  }

  private returned(rng: Random): Day {
    const [year, month] = RETURN_MONTHS.pick(rng);
    const start = dayFromParts(year, month, 1);
    const end = dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
    return Math.min(start + rng.int(end - start), this.ctx.asOf);
  }

  private person(rng: Random, fixed: Partial<Omit<Person, 'id'>>): Person {
    this.personSeq++;
    const sex = fixed.sex ?? this.sex(rng);
    const village = fixed.village ?? this.ctx.places.village(rng);
    const sector = sectorAbroad(rng, sex);
    const occupation = occupationIn(rng, sector);
    const altPhone = rng.chance(0.25) ? (rng.chance(0.4) ? thaiMobile(rng) : cambodianMobile(rng)) : null;
    const preferredSector =
      rng.chance(0.55) && sector !== 'domestic_work' && sector !== 'other' ? sector : WANTED_SECTOR.pick(rng);
    const relocate = rng.chance(sex === 'M' ? 0.45 : 0.3);
    const preferredProvince = rng.chance(0.7)
      ? village.province
      : rng.chance(0.35) && this.ctx.places.hasProvince('12')
        ? '12'
        : this.ctx.places.province(rng);
    const wage = rng.bell(180, 400) + (sector === 'construction' ? 30 : 0);
    const birth = fixed.birth ?? this.birth(rng);
    const returnedOn = this.returned(rng);
    return {
      id: `P${pad(this.personSeq, 7)}`,
      sex,
      family: fixed.family ?? this.ctx.names.family.pick(rng),
      given: fixed.given ?? this.givenName(rng, sex),
      birth,
      phone: fixed.phone ?? cambodianMobile(rng),
      altPhone,
      nationalId: rng.chance(0.75) ? `${village.province}${pad(rng.int(10_000_000), 7)}` : null,
      village,
      returnedOn,
      country: LAST_COUNTRY.pick(rng),
      sector,
      occupationId: occupation.id,
      occupationIsco: occupation.iscoCode,
      yearsAbroad: yearsAbroad(rng, ageOn(birth, returnedOn)),
      skills: workerSkills(rng, occupation.id),
      preferredSector,
      preferredProvince,
      relocate,
      expectedWageUsd: Math.round(wage / 10) * 10,
      group: fixed.group ?? null,
    };
  }
}
