/**
 * One registration of a person through one channel, written the way that channel writes it, with the tags of
 * every way the row departs from the person's true record (the `variants` of truth.csv). The tags describe the
 * row itself, so the variation between two rows of one person is the union of their tags.
 */
import { type Row, W, WORKER_COLUMNS } from './columns';
import { ageOn, type Day, dayOf, dmyOf, isoOf, swapDayMonth } from './dates';
import type { PlaceSampler, Village } from './gazetteer';
import { insertAt, ZERO_WIDTH_SPACE } from './khmer-spelling';
import type { NamePart } from './name-pool';
import { type Person, WANTED_SECTOR } from './persons';
import { writePhone } from './phone-numbers';
import type { Random } from './random';
import { latinTypo } from './romanisation';
import type { SourceProfile } from './sources';

/** Every kind of variation a worker row can carry, as written in truth.csv. */
export const VARIANT_KINDS = [
  'romanisation',
  'typo',
  'upper_case',
  'swapped_order',
  'full_name_only',
  'khmer_only',
  'latin_only',
  'khmer_coeng_ta_da',
  'khmer_mark_order',
  'khmer_zero_width',
  'sex_missing',
  'age_only',
  'age_off_by_one',
  'birth_missing',
  'dob_day_month_swapped',
  'date_format_dmy',
  'phone_format',
  'phone_changed',
  'phone_missing',
  'address_coarse',
  'address_moved',
  'address_missing',
  'codes_unpadded',
  'return_date_off',
  'wishes_restated',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface RenderedWorker {
  readonly row: Row;
  readonly variants: readonly VariantKind[];
}

/** Both parts of a name in one script, family first as Khmer usage has it. */
interface NamePair {
  family: string;
  given: string;
}

class Tags {
  readonly list: VariantKind[] = [];
  add(kind: VariantKind): void {
    if (!this.list.includes(kind)) this.list.push(kind);
  }
}

/** Share of records whose return date is off by days or weeks. */
const RETURN_DATE_OFF = 0.3;
/** Share of records whose wishes (wage or sector) differ from the person's earlier statement. */
const WISHES_RESTATED = 0.35;

export class WorkerRenderer {
  /** Channel windows as day numbers, parsed once rather than on every row. */
  private readonly windows = new Map<SourceProfile, readonly [Day, Day]>();

  constructor(
    private readonly places: PlaceSampler,
    private readonly asOf: Day,
  ) {}

  /** The row without its source_id, which is numbered when the row is written (see demo-records.ts). */
  render(rng: Random, person: Person, profile: SourceProfile): RenderedWorker {
    const row: Row = new Array<string>(WORKER_COLUMNS.length).fill('');
    const tags = new Tags();
    const registered = this.registeredOn(rng, person, profile);
    const dmy = rng.chance(profile.dmyDates);
    const date = dmy ? dmyOf : isoOf;
    if (dmy) tags.add('date_format_dmy');

    this.names(rng, person, profile, row, tags);
    this.sex(rng, person, profile, row, tags);
    this.birth(rng, person, profile, registered, date, row, tags);
    this.phone(rng, person, profile, row, tags);
    if (person.nationalId !== null && rng.chance(profile.nationalId)) row[W.national_id] = person.nationalId;
    this.address(rng, person, profile, row, tags);

    row[W.registered_on] = date(registered);
    if (rng.chance(profile.returnDate))
      row[W.return_date] = date(this.returnDate(rng, person, registered, tags));
    if (rng.chance(profile.countryAndYears)) {
      row[W.last_country] = person.country;
      row[W.years_abroad] = person.yearsAbroad;
    }
    if (rng.chance(profile.lastSector)) row[W.last_sector] = person.sector;
    if (rng.chance(profile.occupation)) row[W.last_occupation_isco] = person.occupationIsco;
    if (rng.chance(profile.skills)) row[W.skills] = person.skills.join(';');
    if (rng.chance(profile.preferences)) this.wishes(rng, person, row, tags);
    if (rng.chance(profile.relocation)) row[W.willing_to_relocate] = person.relocate ? 'yes' : 'no';
    return { row, variants: tags.list };
  }

  /**
   * A while after the return; someone who came home before the channel opened registers any time while it is
   * open (clamping them all to the opening day would make a spike no real list has).
   */
  private registeredOn(rng: Random, person: Person, profile: SourceProfile): Day {
    const [start, close] = this.window(profile);
    const end = Math.max(Math.min(close, this.asOf), person.returnedOn);
    const day =
      person.returnedOn >= start
        ? person.returnedOn + Math.round(rng.bell(profile.lagDays[0], profile.lagDays[1]))
        : start + rng.int(Math.max(1, end - start + 1));
    return Math.max(Math.min(day, end), person.returnedOn);
  }

  /**
   * People misremember the day they came home, by days or weeks (RETURN_DATE_OFF of their records), though
   * never as a day after they registered.
   */
  private returnDate(rng: Random, person: Person, registered: Day, tags: Tags): Day {
    if (!rng.chance(RETURN_DATE_OFF)) return person.returnedOn;
    tags.add('return_date_off');
    const days = rng.chance(0.7) ? rng.between(1, 7) : rng.between(8, 45);
    const later = rng.chance(0.5) && person.returnedOn + days <= registered;
    return person.returnedOn + (later ? days : -days);
  }

  /** Wishes are restated, not copied: another wage or sector in WISHES_RESTATED of the records. */
  private wishes(rng: Random, person: Person, row: Row, tags: Tags): void {
    let sector = person.preferredSector;
    let wage = person.expectedWageUsd;
    if (rng.chance(WISHES_RESTATED)) {
      tags.add('wishes_restated');
      if (rng.chance(0.6)) wage = Math.max(100, wage + (rng.chance(0.5) ? 1 : -1) * 10 * rng.between(1, 5));
      else
        do sector = WANTED_SECTOR.pick(rng);
        while (sector === person.preferredSector);
    }
    row[W.preferred_sector] = sector;
    row[W.preferred_province_code] = person.preferredProvince;
    row[W.expected_wage_usd] = String(wage);
  }

  private window(profile: SourceProfile): readonly [Day, Day] {
    let window = this.windows.get(profile);
    if (!window) {
      window = [dayOf(profile.window[0]), dayOf(profile.window[1])];
      this.windows.set(profile, window);
    }
    return window;
  }

  private names(rng: Random, person: Person, profile: SourceProfile, row: Row, tags: Tags): void {
    let khmer = rng.chance(profile.khmerName);
    let latin = rng.chance(profile.latinName);
    if (!khmer && !latin) {
      if (profile.khmerName >= profile.latinName) khmer = true;
      else latin = true;
    }
    const fullNameOnly = rng.chance(profile.fullNameOnly);
    if (fullNameOnly && khmer && latin) {
      // One cell holds one name: the channel's usual script wins in proportion to how often it uses it.
      if (rng.chance(profile.khmerName / (profile.khmerName + profile.latinName))) latin = false;
      else khmer = false;
    }
    const swapped = rng.chance(profile.swappedOrder);
    const km = khmer ? this.khmerNames(rng, person, profile, tags) : null;
    const lat = latin ? this.latinNames(rng, person, profile, tags) : null;
    if (!latin) tags.add('khmer_only');
    if (!khmer) tags.add('latin_only');
    if (swapped) tags.add('swapped_order');

    if (fullNameOnly) {
      tags.add('full_name_only');
      const pair = (km ?? lat)!;
      const [first, second] = swapped ? [pair.given, pair.family] : [pair.family, pair.given];
      // Khmer writes names with or without a space between the parts; Latin always with one.
      const gap = km !== null && rng.chance(0.5) ? '' : ' ';
      row[W.full_name] = first + gap + second;
      return;
    }
    if (km) {
      row[W.family_name_km] = swapped ? km.given : km.family;
      row[W.given_name_km] = swapped ? km.family : km.given;
    }
    if (lat) {
      row[W.family_name_latin] = swapped ? lat.given : lat.family;
      row[W.given_name_latin] = swapped ? lat.family : lat.given;
    }
  }

  private khmerNames(rng: Random, person: Person, profile: SourceProfile, tags: Tags): NamePair {
    const parts: [NamePart, string][] = [
      [person.family, person.family.km],
      [person.given, person.given.km],
    ];
    for (const part of parts) {
      if (part[0].coengFlip !== null && rng.chance(profile.coengTaDa)) {
        part[1] = part[0].coengFlip;
        tags.add('khmer_coeng_ta_da');
      }
    }
    if (rng.chance(profile.markOrder)) {
      // The given name first: family names are short and more often have a single mark.
      const part =
        parts.find(([p, text]) => p.markOrder !== null && text === p.km && p === person.given) ??
        parts.find(([p, text]) => p.markOrder !== null && text === p.km);
      if (part) {
        part[1] = part[0].markOrder!;
        tags.add('khmer_mark_order');
      }
    }
    if (rng.chance(profile.zeroWidth)) {
      const part = rng.pick(parts);
      const breaks = part[0].breaks;
      // Inserted into the spelling actually written; breaks were measured on the canonical one, so only
      // names whose written length is unchanged take an inner break, the others get it at the end.
      part[1] =
        breaks.length > 0 && part[1].length === part[0].km.length
          ? insertAt(part[1], rng.pick(breaks), ZERO_WIDTH_SPACE)
          : part[1] + ZERO_WIDTH_SPACE;
      tags.add('khmer_zero_width');
    }
    return { family: parts[0]![1], given: parts[1]![1] };
  }

  private latinNames(rng: Random, person: Person, profile: SourceProfile, tags: Tags): NamePair {
    const spell = (part: NamePart): string => {
      if (part.latin.length > 1 && rng.chance(profile.romanisation)) {
        tags.add('romanisation');
        return part.latin[rng.between(1, part.latin.length - 1)]!;
      }
      return part.latin[0]!;
    };
    const pair = { family: spell(person.family), given: spell(person.given) };
    if (rng.chance(profile.typo)) {
      if (rng.chance(0.5)) pair.given = latinTypo(pair.given, rng);
      else pair.family = latinTypo(pair.family, rng);
      tags.add('typo');
    }
    if (rng.chance(profile.upperCase)) {
      pair.family = pair.family.toUpperCase();
      pair.given = pair.given.toUpperCase();
      tags.add('upper_case');
    }
    return pair;
  }

  private sex(rng: Random, person: Person, profile: SourceProfile, row: Row, tags: Tags): void {
    if (!rng.chance(profile.sex)) {
      tags.add('sex_missing');
      return;
    }
    row[W.sex] = person.sex === 'F' ? profile.sexWords[0] : profile.sexWords[1];
  }

  private birth(
    rng: Random,
    person: Person,
    profile: SourceProfile,
    registered: Day,
    date: (day: Day) => string,
    row: Row,
    tags: Tags,
  ): void {
    if (rng.chance(profile.birthMissing)) {
      tags.add('birth_missing');
      return;
    }
    if (rng.chance(profile.dateOfBirth)) {
      const swapped = rng.chance(0.02) ? swapDayMonth(person.birth) : null;
      if (swapped !== null) tags.add('dob_day_month_swapped');
      row[W.date_of_birth] = date(swapped ?? person.birth);
      return;
    }
    tags.add('age_only');
    let age = ageOn(person.birth, registered);
    // People give their age the Khmer way (one more), or a round guess; either way one year out.
    if (rng.chance(0.2)) {
      age += rng.chance(0.7) ? 1 : -1;
      tags.add('age_off_by_one');
    }
    row[W.age] = String(age);
  }

  private phone(rng: Random, person: Person, profile: SourceProfile, row: Row, tags: Tags): void {
    if (rng.chance(profile.phoneMissing)) {
      tags.add('phone_missing');
      return;
    }
    let phone = person.phone;
    if (person.altPhone !== null && rng.chance(0.35)) {
      phone = person.altPhone;
      tags.add('phone_changed');
    }
    const form = profile.phoneForms.pick(rng);
    const written = writePhone(phone, form);
    if (phone.cc !== '855' || form !== 'plain') tags.add('phone_format');
    row[W.phone] = written;
  }

  private address(rng: Random, person: Person, profile: SourceProfile, row: Row, tags: Tags): void {
    const level = profile.address.pick(rng);
    if (level === 'none') {
      tags.add('address_missing');
      return;
    }
    let village: Village = person.village;
    if (rng.chance(0.03)) {
      const other = this.places.neighbour(rng, person.village);
      if (other.code !== village.code) {
        village = other;
        tags.add('address_moved');
      }
    }
    if (level !== 'village') tags.add('address_coarse');
    // Only codes of provinces 01-09 have a leading zero to lose.
    const unpadded = rng.chance(profile.unpaddedCodes) && village.province.startsWith('0');
    if (unpadded) tags.add('codes_unpadded');
    const code = (c: string) => (unpadded ? c.replace(/^0/, '') : c);
    row[W.province_code] = code(village.province);
    if (level === 'province') return;
    row[W.district_code] = code(village.district);
    if (level === 'district') return;
    row[W.commune_code] = code(village.commune);
    if (level === 'commune') return;
    row[W.village_code] = code(village.code);
  }
}
