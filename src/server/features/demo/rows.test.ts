/**
 * The generated rows are realistic enough to load and to learn from: valid phones in every written form,
 * real villages with the border provinces first, real ISCO-08 unit groups, plausible dates, wages and
 * vacancies that reference real employers.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizePhoneKH } from '../../../shared/phones';
import { DEMO_FILE_NAMES } from './columns';
import {
  type CsvRecord,
  gazetteerVillageCodes,
  generateInto,
  readCsv,
  readWorkers,
  type WorkerRecord,
} from './demo.test-files';
import { BORDER_PROVINCES } from './gazetteer';

const ISCO_STRUCTURE = path.resolve(
  import.meta.dirname,
  '../../../../../shared/data/isco08/isco08_structure.csv',
);
const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const iso = (text: string): string => {
  const m = DMY.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text;
};
const share = (part: number, whole: number) => part / whole;

let workers: WorkerRecord[];
let employers: CsvRecord[];
let vacancies: CsvRecord[];

beforeAll(async () => {
  const summary = await generateInto({ workers: 15_000, employers: 300, vacancies: 3000, seed: 4 });
  workers = [...readWorkers(summary.out).values()];
  employers = readCsv(path.join(summary.out, DEMO_FILE_NAMES.employers)).rows;
  vacancies = readCsv(path.join(summary.out, DEMO_FILE_NAMES.vacancies)).rows;
});

describe('generated rows', () => {
  it('write phones in every usual form, and every one normalises to a valid E.164 number', () => {
    const phones = [...workers.map((w) => w.phone!), ...employers.map((e) => e.phone!)].filter(Boolean);
    const invalid = phones.filter((p) => !/^\+(855|66)\d{8,9}$/.test(normalizePhoneKH(p) ?? ''));
    expect(invalid.slice(0, 5)).toEqual([]);
    const forms: Record<string, RegExp> = {
      spaced: /^0\d{2} \d{3} \d{3,4}$/,
      plain: /^0\d{8,9}$/,
      dashed: /^0\d{2}-\d{3}-\d{3,4}$/,
      dotted: /^0\d{2}\.\d{3}\.\d{3,4}$/,
      e164: /^\+855\d{8,9}$/,
      e164Spaced: /^\+855 \d{2} \d{3} \d{3,4}$/,
      withoutPlus: /^855\d{8,9}$/,
      trunkAfterCountryCode: /^\+855 0\d{2} /,
      internationalPrefix: /^00855\d{8,9}$/,
      trunkDropped: /^[1-9]\d{7,8}$/,
      khmerDigits: /^[\u17E0-\u17E9]{3} [\u17E0-\u17E9]{3} [\u17E0-\u17E9]{3,4}$/,
      thaiSim: /^(\+66|66)/,
    };
    for (const [form, pattern] of Object.entries(forms))
      expect(
        phones.some((p) => pattern.test(p)),
        form,
      ).toBe(true);
  });

  it('place people in gazetteer villages, most of them in the border provinces', () => {
    const villages = gazetteerVillageCodes();
    const withVillage = workers.filter((w) => w.village_code);
    expect(withVillage.length).toBeGreaterThan(3000);
    for (const w of withVillage) {
      const code = w.village_code!.padStart(8, '0');
      expect(villages.has(code), code).toBe(true);
      expect(w.commune_code!.padStart(6, '0')).toBe(code.slice(0, 6));
      expect(w.district_code!.padStart(4, '0')).toBe(code.slice(0, 4));
      expect(w.province_code!.padStart(2, '0')).toBe(code.slice(0, 2));
    }
    const placed = workers.filter((w) => w.province_code);
    const border = placed.filter((w) => BORDER_PROVINCES.includes(w.province_code!.padStart(2, '0')));
    expect(share(border.length, placed.length)).toBeGreaterThan(0.55);
    const count = (code: string) => placed.filter((w) => w.province_code!.padStart(2, '0') === code).length;
    expect(count('01')).toBeGreaterThan(count('12') * 5);
  });

  it('have about two thirds women, and construction and agriculture as the main sectors abroad', () => {
    const sexed = workers.filter((w) => w.sex);
    const women = sexed.filter((w) => ['F', 'female', 'Female', 'ស្រី'].includes(w.sex!));
    expect(share(women.length, sexed.length)).toBeGreaterThan(0.62);
    expect(share(women.length, sexed.length)).toBeLessThan(0.7);
    const sectors = new Map<string, number>();
    for (const w of workers)
      if (w.last_sector) sectors.set(w.last_sector, (sectors.get(w.last_sector) ?? 0) + 1);
    const ranked = [...sectors].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    expect(ranked.slice(0, 2).sort()).toEqual(['agriculture', 'construction']);
    expect(ranked).toEqual(expect.arrayContaining(['garment_manufacturing', 'fisheries', 'domestic_work']));
  });

  it('code occupations with ISCO-08 unit groups', () => {
    const { rows } = readCsv(ISCO_STRUCTURE);
    const units = new Set(rows.filter((r) => r.level === '4').map((r) => r.code));
    const codes = new Set([
      ...workers.map((w) => w.last_occupation_isco!),
      ...vacancies.map((v) => v.occupation_isco!),
    ]);
    codes.delete('');
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((c) => !units.has(c))).toEqual([]);
  });

  it('date registrations in 2025-2026, after the return and never after the as-of day', () => {
    for (const w of workers) {
      const registered = iso(w.registered_on!);
      expect(registered >= '2025-06-01' && registered <= '2026-12-01', registered).toBe(true);
      if (w.return_date) expect(iso(w.return_date) <= registered).toBe(true);
      // Adults: 18 or more, or 17 when given the age one year out.
      if (w.age) expect(Number(w.age)).toBeGreaterThanOrEqual(17);
      if (w.years_abroad && w.age) expect(Number(w.years_abroad)).toBeLessThanOrEqual(Number(w.age) - 14);
    }
  });

  it('write vacancies of real employers with consistent wages, positions, dates and yes/no answers', () => {
    const employerIds = new Set(employers.map((e) => e.source_id));
    const wrong: string[] = [];
    for (const v of vacancies) {
      const id = v.source_id!;
      if (!employerIds.has(v.employer_source_id)) wrong.push(`employer ${id}`);
      const [min, max] = [Number(v.wage_min_usd), Number(v.wage_max_usd)];
      if (!(min > 100 && max >= min)) wrong.push(`wage ${id}`);
      // The garment minimum wage: US$208 in 2025, US$210 from 2026.
      if (v.sector === 'garment_manufacturing' && min < (v.opens_on! < '2026-01-01' ? 208 : 210))
        wrong.push(`min ${id}`);
      if (Number(v.positions_filled) > Number(v.positions) || Number(v.positions) < 1)
        wrong.push(`positions ${id}`);
      if (v.status === 'filled' && v.positions_filled !== v.positions) wrong.push(`filled ${id}`);
      if (v.closes_on! < v.opens_on!) wrong.push(`dates ${id}`);
      if (v.sector === 'construction' && v.min_age !== '18') wrong.push(`hazardous work for minors ${id}`);
      for (const c of ['contract_written', 'nssf', 'accommodation', 'transport'] as const) {
        if (v[c] !== 'yes' && v[c] !== 'no') wrong.push(`${c} ${id}`);
      }
      if (!v.skills) wrong.push(`skills ${id}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    const open = vacancies.filter((v) => v.status === 'open' && v.closes_on! >= '2026-12-01');
    expect(share(open.length, vacancies.length)).toBeGreaterThan(0.6);
    // A few are still marked open after they closed: matching must filter them out.
    expect(vacancies.some((v) => v.status === 'open' && v.closes_on! < '2026-12-01')).toBe(true);
    const sectors = new Set(employers.map((e) => e.sector));
    for (const s of ['agriculture', 'garment_manufacturing', 'construction'])
      expect(sectors.has(s), s).toBe(true);
    expect(employers.every((e) => /[\u1780-\u17FF]/.test(e.name_km!) && /[A-Za-z]/.test(e.name_latin!))).toBe(
      true,
    );
  });
});
