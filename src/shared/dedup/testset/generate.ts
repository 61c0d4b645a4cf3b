/**
 * Generator of the labelled duplicate test set. It builds a synthetic population of returnee households, then
 * writes each person into one to three source records the way Homeward's channels record people, with the
 * errors those channels make. Every record carries the id of the person it describes: that is the label.
 *
 * The model, and why (all figures are the generator's probabilities, not measurements):
 * - Households: a head (usually the husband), a spouse in three households of four, up to four adult
 *   children; whole families went to Thailand and came back together, so several members are returnees.
 *   Wives keep their own family name. A child's family name is the father's family name, or in one family of
 *   four the father's given name (an old Khmer practice). Twins are born in about 1 household in 20 with
 *   two children or more (a high rate on purpose: they are the hardest look-alikes).
 * - Phones: most people have their own number; those without give the head's number, and some give it even
 *   when they have their own (one household phone for the family's paperwork). Between two registrations a
 *   person has changed SIM card one time in eight: most swapped the Thai SIM on return, before registering,
 *   but some change again or lose the phone.
 * - Same name, different person: one person in 33 gets exactly the common name (top family name, plain given
 *   name) of a stranger of the same sex in the same province, one in four of them born within a year of that
 *   stranger (far above chance: these are the look-alikes the test is for).
 *   Names are drawn by popularity, so common names (Sok Sreymom, Chan Dara...) also repeat by chance.
 * - Channels (domain.md, issue 3): counsellor intake (Khmer and Latin names, full date, village, phone, often
 *   the national ID); hotline 1297 and Telegram self-registration (one full-name field in Latin or Khmer,
 *   sometimes in Western order, an age, the preferred province, a phone); job fairs (Latin names, birth year
 *   or age, commune); partner NGO lists (Khmer names, sometimes Latin, date or age, village, some IDs).
 * - Errors: the romanisation is the clerk's choice among the name's real variants; 4 % of Latin parts have a
 *   typo; 30 % of Khmer names are typed with other code points (zero-width spaces, marks in another order,
 *   COENG DA for COENG TA, split vowels), 2 % with a real misspelling; phones in every written form, Khmer
 *   digits included; ages given the Khmer way (one more) or off by one; day and month swapped; a moved
 *   village; a mistyped ID; rarely a wrong sex.
 */
import { normalizePhoneKH } from '../../phones';
import type { PersonRecord, Sex } from '../record';
import { COMPOUND_FIRST, FAMILY_NAMES, GIVEN_NAMES, type NamePart } from './names';
import { type Random, seededRandom } from './random';

export type Channel = 'intake' | 'hotline' | 'jobfair' | 'ngo';
export type Role = 'head' | 'spouse' | 'child';

export interface TestPerson {
  id: number;
  householdId: number;
  role: Role;
  sex: Sex;
  family: NamePart;
  given: NamePart;
  dob: string;
  /** False when only the year is known: documents then say 1 January. */
  dayKnown: boolean;
  phone: string | null;
  headPhone: string | null;
  nationalId: string | null;
  village: string;
  twinOf: number | null;
  sameNameAs: number | null;
}

export interface TestRecord extends PersonRecord {
  recordId: string;
  personId: number;
  channel: Channel;
}

export interface TestSet {
  persons: TestPerson[];
  records: TestRecord[];
}

export interface TestSetOptions {
  seed: number;
  households: number;
  /** More name parts (e.g. read from ../shared/data/names), used with weight 1 and their single spelling. */
  extraFamily?: readonly NamePart[];
  extraGiven?: readonly NamePart[];
}

/** Pilot provinces (Oddar Meanchey 22, Pursat 15, Preah Vihear 13) and two big sending provinces. */
const PROVINCES = [
  { code: '22', districts: 5, weight: 3 },
  { code: '15', districts: 7, weight: 3 },
  { code: '13', districts: 8, weight: 2 },
  { code: '01', districts: 9, weight: 1 },
  { code: '17', districts: 12, weight: 1 },
];
const pad2 = (n: number): string => String(n).padStart(2, '0');

// Operator prefixes (libphonenumber's KH mobile ranges): 8-digit and 9-digit national numbers.
const PREFIXES_8 = [
  '11',
  '12',
  '14',
  '17',
  '61',
  '76',
  '77',
  '78',
  '85',
  '89',
  '92',
  '95',
  '99',
  '10',
  '15',
  '16',
];
const PREFIXES_9 = ['31', '71', '88', '97', '38', '18', '60', '66', '67', '68', '90'];

const QWERTY_NEIGHBOURS: Record<string, string> = {
  a: 'qsz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  y: 'tu',
};

class Builder {
  readonly r: Random;
  readonly persons: TestPerson[] = [];
  readonly records: TestRecord[] = [];
  private readonly usedPhones = new Set<string>();
  private readonly usedIds = new Set<string>();
  private readonly family: readonly NamePart[];
  private readonly given: readonly NamePart[];

  constructor(options: TestSetOptions) {
    this.r = seededRandom(options.seed);
    this.family = [...FAMILY_NAMES, ...(options.extraFamily ?? [])];
    this.given = [...GIVEN_NAMES, ...(options.extraGiven ?? [])];
  }

  phone(): string {
    for (;;) {
      const nine = this.r.chance(0.3);
      const prefix = this.r.pick(nine ? PREFIXES_9 : PREFIXES_8);
      let nsn = prefix;
      while (nsn.length < (nine ? 9 : 8)) nsn += String(this.r.int(0, 9));
      const e164 = normalizePhoneKH(`0${nsn}`);
      if (e164 !== null && !this.usedPhones.has(e164)) {
        this.usedPhones.add(e164);
        return e164;
      }
    }
  }

  nationalId(): string {
    for (;;) {
      let id = String(this.r.int(1, 2));
      while (id.length < 9) id += String(this.r.int(0, 9));
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  familyName(): NamePart {
    return this.r.weighted(this.family, (p) => p.weight);
  }

  givenName(sex: Sex, avoid: readonly NamePart[]): NamePart {
    const fits = (n: NamePart): number =>
      n.sex === 'U' || n.sex === sex || n.sex === undefined ? n.weight : 0;
    for (;;) {
      let p = this.r.weighted(this.given, fits);
      if (this.r.chance(0.65)) {
        const first = this.r.weighted(COMPOUND_FIRST, fits);
        if (!p.km.startsWith(first.km) && !p.latin.some((l) => l.includes(' '))) p = this.compound(first, p);
      }
      if (!avoid.includes(p)) return p;
    }
  }

  private readonly compounds = new Map<string, NamePart>();

  /** One shared NamePart per compound, written joined (Sokdara) or spaced (Sok Dara), with either part's variants. */
  compound(first: NamePart, second: NamePart): NamePart {
    const km = first.km + second.km;
    const known = this.compounds.get(km);
    if (known) return known;
    const lower = (x: string): string => x.toLowerCase();
    const latin = [`${first.latin[0]}${lower(second.latin[0]!)}`, `${first.latin[0]} ${second.latin[0]}`];
    for (const a of first.latin) {
      for (const b of second.latin) {
        const joined = `${a}${lower(b)}`;
        if (!latin.includes(joined)) latin.push(joined);
      }
    }
    const part: NamePart = { km, latin: latin.slice(0, 6), weight: 1, sex: second.sex ?? 'U' };
    this.compounds.set(km, part);
    return part;
  }

  dob(year: number): { dob: string; dayKnown: boolean } {
    const dayKnown = this.r.chance(0.75);
    if (!dayKnown) return { dob: `${year}-01-01`, dayKnown };
    return { dob: `${year}-${pad2(this.r.int(1, 12))}-${pad2(this.r.int(1, 28))}`, dayKnown };
  }

  person(p: Omit<TestPerson, 'id'>): TestPerson {
    const person = { ...p, id: this.persons.length };
    this.persons.push(person);
    return person;
  }

  household(id: number): void {
    const r = this.r;
    const province = r.weighted(PROVINCES, (p) => p.weight);
    const village = `${province.code}${pad2(r.int(1, province.districts))}${pad2(r.int(1, 6))}${pad2(r.int(1, 12))}`;
    const couple = r.chance(0.75);
    const headSex: Sex = couple ? (r.chance(0.9) ? 'M' : 'F') : r.chance(0.5) ? 'M' : 'F';
    const headYear = r.int(1966, 1998);
    const headPhone = r.chance(0.9) ? this.phone() : null;
    const base = { householdId: id, village, headPhone, twinOf: null, sameNameAs: null };
    const head = this.person({
      ...base,
      role: 'head',
      sex: headSex,
      family: this.familyName(),
      given: this.givenName(headSex, []),
      ...this.dob(headYear),
      phone: headPhone,
      nationalId: r.chance(0.6) ? this.nationalId() : null,
    });
    const usedGiven: NamePart[] = [head.given];
    if (couple) {
      const sex: Sex = headSex === 'M' ? 'F' : 'M';
      const spouse = this.person({
        ...base,
        role: 'spouse',
        sex,
        family: this.familyName(),
        given: this.givenName(sex, usedGiven),
        ...this.dob(headYear + r.int(-3, 6)),
        phone: r.chance(0.7) ? this.phone() : null,
        nationalId: r.chance(0.6) ? this.nationalId() : null,
      });
      usedGiven.push(spouse.given);
    }
    const father = headSex === 'M' ? head : null;
    const childFamily =
      father !== null && r.chance(0.25) ? { ...father.given, latin: father.given.latin } : head.family;
    const children = r.weighted([0, 1, 2, 3, 4], (n) => [0.25, 0.3, 0.25, 0.15, 0.05][n]!);
    let year = headYear + r.int(19, 24);
    let previous: TestPerson | null = null;
    for (let c = 0; c < children && year <= 2007; c++) {
      const twin = previous !== null && previous.twinOf === null && r.chance(0.05);
      const sex: Sex = twin && r.chance(0.5) ? previous!.sex : r.chance(0.5) ? 'M' : 'F';
      const birth = twin ? { dob: previous!.dob, dayKnown: previous!.dayKnown } : this.dob(year);
      const child: TestPerson = this.person({
        ...base,
        role: 'child',
        sex,
        family: childFamily,
        given: this.givenName(sex, usedGiven),
        ...birth,
        phone: r.chance(0.8) ? this.phone() : null,
        nationalId: r.chance(0.6) ? this.nationalId() : null,
        twinOf: twin ? previous!.id : null,
      });
      if (twin) previous!.twinOf = child.id;
      usedGiven.push(child.given);
      previous = child;
      year += twin ? 0 : r.int(1, 4);
    }
  }

  /**
   * Some people carry exactly the name of a stranger of the same sex in the same province, a quarter of them
   * born within a year of that stranger. Only common names are copied (a top family name and a plain given name):
   * coincidences far above chance are realistic for "Sok Dara", not for a rare compound name.
   */
  sameNames(): void {
    const common = (p: TestPerson): boolean =>
      p.family.weight >= 20 && GIVEN_NAMES.includes(p.given) && p.twinOf === null;
    const pools = new Map<string, TestPerson[]>();
    for (const p of this.persons) {
      if (!common(p)) continue;
      const key = p.village.slice(0, 2) + p.sex;
      pools.set(key, [...(pools.get(key) ?? []), p]);
    }
    for (const p of this.persons) {
      if (!this.r.chance(0.03) || p.twinOf !== null || p.sameNameAs !== null) continue;
      const pool = pools.get(p.village.slice(0, 2) + p.sex);
      if (!pool) continue;
      const other = this.r.pick(pool);
      if (other.householdId === p.householdId || other.sameNameAs !== null) continue;
      p.family = other.family;
      p.given = other.given;
      p.sameNameAs = other.id;
      if (this.r.chance(0.25)) {
        const year = Number(other.dob.slice(0, 4)) + this.r.int(-1, 1);
        Object.assign(p, this.dob(year));
      }
    }
  }

  latin(part: NamePart): string {
    const r = this.r;
    let s = part.latin.length > 1 && r.chance(0.4) ? r.pick(part.latin.slice(1)) : part.latin[0]!;
    if (r.chance(0.04)) s = typo(r, s);
    return s;
  }

  khmer(part: NamePart): string {
    const r = this.r;
    if (r.chance(0.02)) return misspellKhmer(r, part.km);
    return r.chance(0.3) ? khmerCodePointVariant(r, part.km) : part.km;
  }

  casing(text: string): string {
    const x = this.r.next();
    const cased = x < 0.6 ? text : x < 0.9 ? text.toUpperCase() : text.toLowerCase();
    return this.r.chance(0.05) ? ` ${cased.replace(' ', '  ')} ` : cased;
  }

  phoneText(e164: string): string {
    const r = this.r;
    const nsn = e164.slice(4);
    const national = `0${nsn}`;
    const grouped =
      national.length === 9
        ? `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
        : `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
    const form = r.int(0, 9);
    switch (form) {
      case 0:
        return grouped;
      case 1:
        return grouped.replaceAll(' ', '-');
      case 2:
        return national;
      case 3:
        return `+855 ${grouped.slice(1)}`;
      case 4:
        return `855${nsn}`;
      case 5:
        return `855 ${grouped}`;
      case 6:
        return nsn;
      case 7:
        return grouped.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
      case 8:
        return `(+855) ${nsn.slice(0, 2)}-${nsn.slice(2)}`;
      default:
        return `+${e164.slice(1)}`;
    }
  }

  /** The record of one registration of person p through a channel, with that channel's habits and errors. */
  record(p: TestPerson, channel: Channel, k: number, phone: string | null): TestRecord {
    const r = this.r;
    const rec: TestRecord = { recordId: `${p.id}-${k}`, personId: p.id, channel };
    const asOf = `${r.pick(['2025-08', '2025-10', '2025-12', '2026-02', '2026-03'])}-${pad2(r.int(1, 28))}`;
    const wantsKhmer = { intake: 0.9, hotline: 0.25, jobfair: 0.3, ngo: 0.95 }[channel];
    const wantsLatin = { intake: 0.95, hotline: 0.75, jobfair: 0.9, ngo: 0.4 }[channel];
    if (channel === 'hotline') {
      // One full-name field; Telegram users type Latin more often than Khmer, sometimes given name first.
      const khmer = r.chance(wantsKhmer);
      const fam = khmer ? this.khmer(p.family) : this.casing(this.latin(p.family));
      const giv = khmer ? this.khmer(p.given) : this.casing(this.latin(p.given));
      rec.fullName = r.chance(0.7) ? `${fam} ${giv}` : `${giv} ${fam}`;
    } else {
      if (r.chance(wantsKhmer)) {
        rec.familyKm = this.khmer(p.family);
        rec.givenKm = this.khmer(p.given);
      }
      if (r.chance(wantsLatin) || rec.familyKm === undefined) {
        const swapped = r.chance(0.08); // columns filled the other way round
        rec.familyLatin = this.casing(this.latin(swapped ? p.given : p.family));
        rec.givenLatin = this.casing(this.latin(swapped ? p.family : p.given));
      }
    }
    const sexKnown = { intake: 1, hotline: 0.85, jobfair: 0.95, ngo: 0.95 }[channel];
    if (r.chance(sexKnown)) rec.sex = r.chance(0.005) ? (p.sex === 'M' ? 'F' : 'M') : p.sex;

    const birthYear = Number(p.dob.slice(0, 4));
    const useDate = channel === 'intake' || (channel === 'ngo' && r.chance(0.6));
    if (useDate) {
      rec.dateOfBirth = this.dobText(p);
    } else if (channel === 'jobfair' && r.chance(0.7)) {
      rec.birthYear = r.chance(0.03) ? birthYear + r.pick([-1, 1]) : birthYear;
    } else {
      rec.asOf = asOf;
      rec.age = this.age(p, asOf);
    }

    if (phone !== null && r.chance({ intake: 0.95, hotline: 0.95, jobfair: 0.9, ngo: 0.7 }[channel])) {
      const e164 = normalizePhoneKH(this.phoneText(phone));
      if (e164 !== null) rec.phones = [e164];
    }
    if (p.nationalId !== null && r.chance({ intake: 0.7, hotline: 0, jobfair: 0.1, ngo: 0.4 }[channel])) {
      rec.nationalId = r.chance(0.02) ? typoDigits(r, p.nationalId) : p.nationalId;
    }
    rec.placeCode = this.place(p, channel);
    return rec;
  }

  dobText(p: TestPerson): string {
    const r = this.r;
    let [y, m, d] = p.dob.split('-') as [string, string, string];
    if (r.chance(0.03) && Number(d) <= 12) [m, d] = [d, m];
    if (r.chance(0.02)) y = String(Number(y) + r.pick([-1, 1]));
    return r.chance(0.5) ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
  }

  age(p: TestPerson, asOf: string): number {
    const r = this.r;
    const [by, bm, bd] = p.dob.split('-').map(Number) as [number, number, number];
    const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
    let age = ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
    if (r.chance(0.25)) age += 1; // the Khmer count
    if (r.chance(0.08)) age += r.pick([-1, 1]);
    return age;
  }

  place(p: TestPerson, channel: Channel): string {
    const r = this.r;
    let village = p.village;
    if (r.chance(0.08)) village = `${village.slice(0, 6)}${pad2(r.int(1, 12))}`; // moved, or coded the next village
    if (r.chance(0.04)) {
      const other = r.pick(PROVINCES);
      village = `${other.code}${pad2(r.int(1, other.districts))}${pad2(r.int(1, 6))}${pad2(r.int(1, 12))}`;
    }
    switch (channel) {
      case 'intake':
        return r.chance(0.95) ? village : village.slice(0, 6);
      case 'hotline':
        // The preferred province for work, usually home.
        return r.chance(0.85) ? village.slice(0, 2) : r.pick(PROVINCES).code;
      case 'jobfair':
        return r.chance(0.7) ? village.slice(0, 6) : village.slice(0, 4);
      case 'ngo':
        return r.chance(0.9) ? village : village.slice(0, 6);
    }
  }

  registrations(p: TestPerson): void {
    const r = this.r;
    const count = r.weighted([1, 2, 3], (n) => [0.55, 0.33, 0.12][n - 1]!);
    const channels: Channel[] = ['intake', 'hotline', 'jobfair', 'ngo'];
    let phone = p.phone;
    for (let k = 0; k < count; k++) {
      if (k > 0 && phone !== null && r.chance(0.12)) phone = this.phone(); // a new SIM card
      let given = phone ?? p.headPhone;
      if (phone !== null && p.headPhone !== null && r.chance(0.1)) given = p.headPhone;
      const channel = r.weighted(
        channels,
        (c) => ({ intake: 0.3, hotline: 0.3, jobfair: 0.15, ngo: 0.25 })[c],
      );
      this.records.push(this.record(p, channel, k, given));
    }
  }
}

/** Swaps, drops, doubles or mistypes one letter of a Latin name part. */
function typo(r: Random, s: string): string {
  const letters = [...s];
  const positions = letters.map((c, i) => (/[a-z]/i.test(c) ? i : -1)).filter((i) => i > 0);
  if (positions.length === 0) return s;
  const i = r.pick(positions);
  const c = letters[i]!;
  switch (r.int(0, 3)) {
    case 0:
      letters.splice(i, 1);
      break;
    case 1:
      letters.splice(i, 0, c);
      break;
    case 2:
      if (i + 1 < letters.length && /[a-z]/i.test(letters[i + 1]!))
        [letters[i], letters[i + 1]] = [letters[i + 1]!, c];
      break;
    default: {
      const near = QWERTY_NEIGHBOURS[c.toLowerCase()];
      if (near) letters[i] = r.pick([...near]);
    }
  }
  return letters.join('');
}

function typoDigits(r: Random, id: string): string {
  const i = r.int(0, id.length - 1);
  return id.slice(0, i) + String((Number(id[i]) + r.int(1, 9)) % 10) + id.slice(i + 1);
}

const isMark = (ch: string): boolean => /[\u17B6-\u17D1\u17D3\u17DD]/.test(ch);

/** The same visible Khmer name typed with other code points. */
export function khmerCodePointVariant(r: Random, km: string): string {
  const chars = [...km];
  const kind = r.int(0, 4);
  if (kind === 0) {
    const i = r.int(1, Math.max(1, chars.length - 1));
    if (!isMark(chars[i] ?? '') && chars[i - 1] !== '\u17D2') chars.splice(i, 0, '\u200B');
    else chars.push('\u200B');
    return chars.join('');
  }
  if (kind === 1 && (km.includes('\u17D2\u178F') || km.includes('\u17D2\u178A'))) {
    return km.includes('\u17D2\u178F')
      ? km.replaceAll('\u17D2\u178F', '\u17D2\u178A')
      : km.replaceAll('\u17D2\u178A', '\u17D2\u178F');
  }
  if (kind === 2 && (km.includes('\u17BE') || km.includes('\u17C4'))) {
    return km.replaceAll('\u17BE', '\u17C1\u17B8').replaceAll('\u17C4', '\u17C1\u17B6');
  }
  // Two marks of one syllable typed in the other order (vowel before subscript, nikahit before vowel...).
  for (let i = 1; i < chars.length - 1; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (a === '\u17D2' && i + 2 < chars.length && isMark(chars[i + 2]!)) {
      const sub = chars.splice(i, 2);
      chars.splice(i + 1, 0, ...sub);
      return chars.join('');
    }
    if (isMark(a) && isMark(b) && a !== b) {
      [chars[i], chars[i + 1]] = [b, a];
      return chars.join('');
    }
  }
  return `${km}\u200B`;
}

/** A real misspelling: a vowel sign dropped or replaced, which no normalisation can undo. */
function misspellKhmer(r: Random, km: string): string {
  const chars = [...km];
  const vowels = chars.map((c, i) => (/[\u17B6-\u17C5]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (vowels.length === 0) return km;
  const i = r.pick(vowels);
  if (r.chance(0.5)) chars.splice(i, 1);
  else chars[i] = r.pick(['\u17B6', '\u17B7', '\u17B8', '\u17BB', '\u17C1', '\u17C4']);
  return chars.join('');
}

export function generateTestSet(options: TestSetOptions): TestSet {
  const b = new Builder(options);
  for (let h = 0; h < options.households; h++) b.household(h);
  b.sameNames();
  for (const p of b.persons) b.registrations(p);
  return { persons: b.persons, records: b.records };
}
