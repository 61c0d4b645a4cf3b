/**
 * The truth file is what duplicate detection is scored against, so these tests check it against the rows
 * themselves: every declared variation is really in the row, rows of one person really are the same person
 * once normalised, and look-alikes really look alike while having different person ids.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { khmerKey, normalizeKhmer } from '../../../shared/khmer';
import { normalizePhoneKH } from '../../../shared/phones';
import { DEMO_FILE_NAMES } from './columns';
import { type CsvRecord, generateInto, readCsv, readWorkers, type WorkerRecord } from './demo.test-files';
import { VERY_COMMON_FAMILY_NAMES } from './khmer-names';
import { VARIANT_KINDS } from './worker-row';

interface Row {
  worker: WorkerRecord;
  truth: CsvRecord;
  tags: Set<string>;
}

const HAS_KHMER = /[\u1780-\u17FF]/;
const HAS_LATIN = /[A-Za-z]/;
const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

const isoDate = (text: string): string => {
  const m = DMY.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text;
};

function completedYears(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onIso.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

const nameCells = (w: WorkerRecord) =>
  [w.full_name, w.family_name_km, w.given_name_km, w.family_name_latin, w.given_name_latin].join(' ');
const khmerText = (w: WorkerRecord): string | null => {
  if (w.family_name_km || w.given_name_km) return `${w.family_name_km}${w.given_name_km}`;
  return w.full_name && HAS_KHMER.test(w.full_name) ? w.full_name : null;
};
const isSplitLatin = (w: WorkerRecord) => w.family_name_latin !== '' && w.given_name_latin !== '';

/** Facts about a person taken from their rows that carry no variation of that fact. */
interface PersonFacts {
  khmerFamilyKey?: string;
  khmerGivenKey?: string;
  latin?: { family: string; given: string };
  dob?: string;
  phone?: string;
  village?: string;
  returnDate?: string;
  wishes?: string;
}

const wishesOf = (w: Record<string, string | undefined>) => `${w.preferred_sector}|${w.expected_wage_usd}`;

function factsOf(rows: readonly Row[]): PersonFacts {
  const facts: PersonFacts = {};
  for (const { worker: w, tags } of rows) {
    if (w.family_name_km && w.given_name_km && !tags.has('swapped_order')) {
      facts.khmerFamilyKey = khmerKey(w.family_name_km);
      facts.khmerGivenKey = khmerKey(w.given_name_km);
    }
    if (isSplitLatin(w) && !['romanisation', 'typo', 'swapped_order'].some((t) => tags.has(t))) {
      facts.latin = { family: w.family_name_latin!.toLowerCase(), given: w.given_name_latin!.toLowerCase() };
    }
    if (w.date_of_birth && !tags.has('dob_day_month_swapped')) facts.dob = isoDate(w.date_of_birth);
    if (w.phone && !tags.has('phone_changed')) facts.phone = normalizePhoneKH(w.phone) ?? undefined;
    if (w.village_code && !tags.has('address_moved')) facts.village = w.village_code.padStart(8, '0');
    if (w.return_date && !tags.has('return_date_off')) facts.returnDate = isoDate(w.return_date);
    if (w.expected_wage_usd && !tags.has('wishes_restated')) facts.wishes = wishesOf(w);
  }
  return facts;
}

let rows: Row[];
let byPerson: Map<string, Row[]>;

beforeAll(async () => {
  const summary = await generateInto({ workers: 20_000, employers: 0, vacancies: 0, seed: 21 });
  const workers = readWorkers(summary.out);
  const truth = readCsv(path.join(summary.out, DEMO_FILE_NAMES.truth)).rows;
  rows = truth.map((t) => ({
    truth: t,
    worker: workers.get(`${t.source}/${t.source_id}`)!,
    tags: new Set(t.variants!.split(';').filter(Boolean)),
  }));
  byPerson = new Map();
  for (const row of rows)
    byPerson.set(row.truth.person_id!, [...(byPerson.get(row.truth.person_id!) ?? []), row]);
});

describe('truth.csv', () => {
  it('has one line for every worker row, and only known variation kinds', () => {
    expect(rows.every((r) => r.worker !== undefined)).toBe(true);
    const known = new Set<string>(VARIANT_KINDS);
    expect([...new Set(rows.flatMap((r) => [...r.tags]))].filter((t) => !known.has(t))).toEqual([]);
  });

  it('duplicate clusters carry every declared kind of variation', () => {
    const inClusters = new Map<string, number>();
    for (const cluster of byPerson.values()) {
      if (cluster.length < 2) continue;
      for (const r of cluster) for (const tag of r.tags) inClusters.set(tag, (inClusters.get(tag) ?? 0) + 1);
    }
    for (const kind of VARIANT_KINDS) expect(inClusters.get(kind) ?? 0, kind).toBeGreaterThan(0);
    const clusters = [...byPerson.values()].filter((c) => c.length > 1).length;
    // About a quarter of people are registered more than once (the default duplicate share).
    expect(clusters / byPerson.size).toBeGreaterThan(0.2);
    expect(clusters / byPerson.size).toBeLessThan(0.3);
  });

  it('each tag describes what is really in the row', () => {
    const wrong: string[] = [];
    const check = (ok: boolean, tag: string, r: Row) => {
      if (!ok) wrong.push(`${tag}: ${r.truth.source}/${r.truth.source_id}`);
    };
    for (const r of rows) {
      const w = r.worker;
      const t = r.tags;
      const km = khmerText(w);
      const latinNames = [
        w.family_name_latin,
        w.given_name_latin,
        HAS_KHMER.test(w.full_name!) ? '' : w.full_name,
      ];
      check(t.has('khmer_only') === !HAS_LATIN.test(nameCells(w)), 'khmer_only', r);
      check(t.has('latin_only') === !HAS_KHMER.test(nameCells(w)), 'latin_only', r);
      check(
        t.has('full_name_only') === (w.full_name !== '' && !w.family_name_km && !w.family_name_latin),
        'full',
        r,
      );
      check(t.has('khmer_zero_width') === (km?.includes('\u200B') ?? false), 'khmer_zero_width', r);
      if (km && !t.has('khmer_zero_width')) {
        // Canonical spellings stay canonical; a mark-order variant is not, but normalises to the same text.
        check(
          t.has('khmer_mark_order') === (normalizeKhmer(km) !== km.replace(/\s+/g, ' ')),
          'khmer_mark_order',
          r,
        );
      }
      if (t.has('khmer_coeng_ta_da')) check(/\u17D2[\u178A\u178F]/.test(km ?? ''), 'khmer_coeng_ta_da', r);
      if (t.has('upper_case'))
        check(
          latinNames.every((n) => n === n!.toUpperCase()),
          'upper_case',
          r,
        );
      check(t.has('sex_missing') === (w.sex === ''), 'sex_missing', r);
      check(t.has('birth_missing') === (w.date_of_birth === '' && w.age === ''), 'birth_missing', r);
      check(t.has('age_only') === (w.age !== '' && w.date_of_birth === ''), 'age_only', r);
      check(t.has('date_format_dmy') === DMY.test(w.registered_on!), 'date_format_dmy', r);
      check(t.has('phone_missing') === (w.phone === ''), 'phone_missing', r);
      if (w.phone) check(t.has('phone_format') === !/^0\d{8,9}$/.test(w.phone), 'phone_format', r);
      check(t.has('address_missing') === (w.province_code === ''), 'address_missing', r);
      check(
        t.has('address_coarse') === (w.province_code !== '' && w.village_code === ''),
        'address_coarse',
        r,
      );
      if (w.province_code)
        check(t.has('codes_unpadded') === (w.province_code.length === 1), 'codes_unpadded', r);
      if (t.has('return_date_off')) check(w.return_date !== '', 'return_date_off', r);
      if (t.has('wishes_restated')) check(w.expected_wage_usd !== '', 'wishes_restated', r);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('rows of one person are the same person once names, dates, phones and places are normalised', () => {
    const wrong: string[] = [];
    let compared = 0;
    for (const cluster of byPerson.values()) {
      const facts = factsOf(cluster);
      for (const r of cluster) {
        const { worker: w, tags } = r;
        const id = `${r.truth.source}/${r.truth.source_id}`;
        if (facts.khmerFamilyKey && facts.khmerGivenKey && khmerText(w)) {
          const expected = tags.has('swapped_order')
            ? facts.khmerGivenKey + facts.khmerFamilyKey
            : facts.khmerFamilyKey + facts.khmerGivenKey;
          if (khmerKey(khmerText(w)!) !== expected) wrong.push(`khmer name ${id}`);
          compared++;
        }
        if (facts.latin && isSplitLatin(w) && !tags.has('typo')) {
          const family = w.family_name_latin!.toLowerCase();
          const given = w.given_name_latin!.toLowerCase();
          const [f, g] = tags.has('swapped_order') ? [given, family] : [family, given];
          const same = f === facts.latin.family && g === facts.latin.given;
          if (same === tags.has('romanisation')) wrong.push(`latin spelling ${id}`);
        }
        if (facts.dob && w.date_of_birth && !tags.has('dob_day_month_swapped')) {
          if (isoDate(w.date_of_birth) !== facts.dob) wrong.push(`dob ${id}`);
        }
        if (facts.dob && tags.has('age_only')) {
          const gap = Math.abs(Number(w.age) - completedYears(facts.dob, isoDate(w.registered_on!)));
          if (gap !== (tags.has('age_off_by_one') ? 1 : 0)) wrong.push(`age ${id}`);
        }
        if (facts.returnDate && w.return_date) {
          const same = isoDate(w.return_date) === facts.returnDate;
          if (same === tags.has('return_date_off')) wrong.push(`return date ${id}`);
        }
        if (facts.wishes && w.expected_wage_usd) {
          if ((wishesOf(w) === facts.wishes) === tags.has('wishes_restated')) wrong.push(`wishes ${id}`);
        }
        if (facts.phone && w.phone) {
          const same = normalizePhoneKH(w.phone) === facts.phone;
          if (same === tags.has('phone_changed')) wrong.push(`phone ${id}`);
        }
        if (facts.village && w.village_code) {
          const village = w.village_code.padStart(8, '0');
          const moved = tags.has('address_moved');
          if ((village === facts.village) === moved) wrong.push(`village ${id}`);
          if (moved && village.slice(0, 6) !== facts.village.slice(0, 6))
            wrong.push(`moved out of commune ${id}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
  });

  it('look-alikes are different people who really look alike', () => {
    const groups = new Map<string, { kind: string; people: Map<string, PersonFacts> }>();
    for (const [person, cluster] of byPerson) {
      const group = cluster[0]!.truth.lookalike_group!;
      if (!group) continue;
      const entry = groups.get(group) ?? { kind: cluster[0]!.truth.lookalike_kind!, people: new Map() };
      entry.people.set(person, factsOf(cluster));
      groups.set(group, entry);
    }
    const kinds = new Map<string, number>();
    const wrong: string[] = [];
    let compared = 0;
    const commonFamilies = new Set(VERY_COMMON_FAMILY_NAMES.map(khmerKey));
    for (const [id, { kind, people }] of groups) {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      // A group cut short by the requested row count can end with one member; there is no pair to check.
      if (people.size < 2) continue;
      const [a, b] = [...people.values()] as [PersonFacts, PersonFacts];
      const both = <K extends keyof PersonFacts>(key: K) => {
        const known = a[key] !== undefined && b[key] !== undefined;
        if (known) compared++;
        return known;
      };
      if (kind === 'namesakes') {
        if (both('khmerFamilyKey')) {
          if (a.khmerFamilyKey !== b.khmerFamilyKey || a.khmerGivenKey !== b.khmerGivenKey)
            wrong.push(`names ${id}`);
          if (!commonFamilies.has(a.khmerFamilyKey!)) wrong.push(`namesakes with a rare family name ${id}`);
        }
        if (both('village') && a.village!.slice(0, 2) !== b.village!.slice(0, 2))
          wrong.push(`namesakes apart ${id}`);
        if (both('phone') && a.phone === b.phone) wrong.push(`namesakes sharing a phone ${id}`);
      } else {
        if (both('khmerFamilyKey') && a.khmerFamilyKey !== b.khmerFamilyKey)
          wrong.push(`${kind} family name ${id}`);
        if (both('khmerGivenKey') && a.khmerGivenKey === b.khmerGivenKey)
          wrong.push(`${kind} same given name ${id}`);
        if (both('village') && a.village !== b.village) wrong.push(`${kind} village ${id}`);
        if (both('phone') && a.phone !== b.phone) wrong.push(`${kind} phone ${id}`);
        if (both('dob') && (kind === 'twins') !== (a.dob === b.dob))
          wrong.push(`${kind} date of birth ${id}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    expect(kinds.get('siblings')).toBeGreaterThan(200);
    expect(kinds.get('namesakes')).toBeGreaterThan(150);
    expect(kinds.get('twins')).toBeGreaterThan(30);
  });
});
