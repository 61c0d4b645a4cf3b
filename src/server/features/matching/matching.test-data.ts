/**
 * Generated employers, vacancies and workers for the fast-path tests and the benchmark: varied enough that
 * every group of the search (each occupation level, each place level, wages with and without expectations,
 * closed, full and congested vacancies, workers without consent or age) is exercised.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { Random } from '../demo/random';
import { skillsOf } from '../demo/work-abroad';
import { OCCUPATIONS } from '../reference/data/occupations';

const PROVINCES = ['02', '12', '13', '15', '17', '22', '08', '05', '18', '16'];
const place = (rng: Random) => {
  const province = rng.pick(PROVINCES);
  const district = `${province}0${rng.between(1, 3)}`;
  return { province, district, commune: `${district}0${rng.between(1, 3)}` };
};
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export async function insertEmployersAndVacancies(
  db: Db,
  opts: { seed: number; employers: number; vacancies: number; today: string },
): Promise<string[]> {
  const rng = new Random(opts.seed);
  const employers = Array.from({ length: opts.employers }, (_, i) => {
    const p = place(rng);
    return {
      source: 'gen',
      source_id: `EMP-${opts.seed}-${i}`,
      name_latin: `Employer ${i}`,
      sector: rng.pick(OCCUPATIONS).sectorCode,
      province_code: p.province,
      district_code: p.district,
      commune_code: p.commune,
      nssf_registered: rng.chance(0.6),
      contacts: '[]',
    };
  });
  const employerIds: string[] = [];
  for (let i = 0; i < employers.length; i += 1000) {
    const rows = await db
      .insertInto('employers')
      .values(employers.slice(i, i + 1000))
      .returning('id')
      .execute();
    employerIds.push(...rows.map((r) => r.id));
  }
  const year = Number(opts.today.slice(0, 4));
  const vacancies = Array.from({ length: opts.vacancies }, (_, i) => {
    const occ = rng.pick(OCCUPATIONS);
    const p = rng.chance(0.7) ? place(rng) : { province: rng.pick(PROVINCES), district: null, commune: null };
    const skills = skillsOf(occ.id);
    const wage = rng.chance(0.1) ? null : Math.round(rng.bell(150, 400));
    const positions = rng.between(1, 6);
    const hazardous = occ.sectorCode === 'construction' || rng.chance(0.1);
    return {
      source: 'gen',
      source_id: `VAC-${opts.seed}-${i}`,
      employer_id: rng.pick(employerIds),
      title: occ.labelEn,
      occupation_isco: rng.chance(0.03) ? null : occ.iscoCode,
      sector: occ.sectorCode,
      positions,
      positions_filled: rng.chance(0.1) ? positions : rng.int(positions),
      province_code: p.province,
      district_code: p.district,
      commune_code: p.commune,
      wage_min: wage,
      wage_max: wage === null ? null : wage + rng.int(60),
      wage_currency: rng.chance(0.1) ? ('KHR' as const) : ('USD' as const),
      wage_per: rng.chance(0.1) ? ('day' as const) : ('month' as const),
      contract_written: rng.chance(0.5),
      hours_per_week: rng.pick([44, 48, 54, 60]),
      nssf: rng.chance(0.5),
      skills_required: skills.slice(0, rng.between(0, Math.min(2, skills.length))),
      skills_optional: skills.slice(2, 2 + rng.int(2)),
      min_experience_years: rng.pick([0, 0, 1, 2]),
      min_age: hazardous ? 18 : rng.pick([15, 16, 18]),
      hazardous,
      opens_on: iso(year - 1, 11, 1),
      closes_on: rng.chance(0.1) ? iso(year - 1, 12, 1) : iso(year + 1, 1, 1),
      status: rng.chance(0.85) ? ('open' as const) : rng.pick(['closed', 'filled'] as const),
    };
  });
  // KHR and daily wages are written in their own unit, as employers quote them.
  for (const v of vacancies) {
    if (v.wage_min === null) continue;
    const factor = (v.wage_currency === 'KHR' ? 4000 : 1) / (v.wage_per === 'day' ? 26 : 1);
    v.wage_min = Math.round(v.wage_min * factor);
    v.wage_max = Math.round((v.wage_max ?? v.wage_min) * factor);
  }
  const ids: string[] = [];
  for (let i = 0; i < vacancies.length; i += 500) {
    const rows = await db
      .insertInto('vacancies')
      .values(vacancies.slice(i, i + 500))
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function insertWorkers(
  db: Db,
  opts: { seed: number; workers: number; today: string; centreId: string },
): Promise<string[]> {
  const rng = new Random(opts.seed);
  const year = Number(opts.today.slice(0, 4));
  const ids: string[] = [];
  for (let start = 0; start < opts.workers; start += 500) {
    const batch = Array.from({ length: Math.min(500, opts.workers - start) }, (_, j) => {
      const i = start + j;
      const p = rng.chance(0.9) ? place(rng) : null;
      const occ = rng.pick(OCCUPATIONS);
      const prefs: Record<string, unknown> = {};
      if (rng.chance(0.5))
        prefs.sectors = [rng.chance(0.7) ? occ.sectorCode : rng.pick(OCCUPATIONS).sectorCode];
      if (rng.chance(0.3)) prefs.provinces = [rng.pick(PROVINCES)];
      if (rng.chance(0.6)) prefs.willingToRelocate = rng.chance(0.5);
      if (rng.chance(0.7)) prefs.expectedWageUsd = Math.round(rng.bell(150, 350));
      if (rng.chance(0.15)) prefs.occupations = [rng.pick(OCCUPATIONS).iscoCode];
      const age = rng.chance(0.05) ? null : rng.between(16, 60);
      return {
        worker: {
          reg_no: `GEN-${opts.seed}-${i}`,
          centre_id: opts.centreId,
          status: rng.chance(0.95) ? ('active' as const) : ('inactive' as const),
          display_name: `Worker ${i}`,
          sex: rng.chance(0.6) ? ('female' as const) : ('male' as const),
          birth_year: age === null ? null : year - age,
          birth_precision: age === null ? null : ('year' as const),
          has_disability: rng.chance(0.05),
          address_code: p?.commune ?? null,
          province_code: p?.province ?? null,
          district_code: p?.district ?? null,
          commune_code: p?.commune ?? null,
          preferences: JSON.stringify(prefs),
          registration_channel: 'job_fair',
          registered_on: opts.today,
          name_tokens: [],
          name_search: '',
          thai_documents: '[]',
          languages: [],
          flags: [],
        },
        stay: rng.chance(0.85)
          ? {
              country: 'Thailand',
              sector: occ.sectorCode,
              occupation_isco: occ.iscoCode,
              started_on: iso(year - rng.between(1, 8), 1, 1),
              ended_on: iso(year - 1, 9, 1),
            }
          : null,
        skills: skillsOf(occ.id).filter(() => rng.chance(0.5)),
        consent: rng.chance(0.8),
      };
    });
    const rows = await db
      .insertInto('workers')
      .values(batch.map((b) => b.worker))
      .returning('id')
      .execute();
    const stays = batch.flatMap((b, k) =>
      b.stay ? [{ ...b.stay, worker_id: rows[k]!.id, position: 0 }] : [],
    );
    if (stays.length) await db.insertInto('worker_migrations').values(stays).execute();
    const skills = batch.flatMap((b, k) =>
      b.skills.map((label) => ({ worker_id: rows[k]!.id, label, kind: 'self_declared' as const })),
    );
    if (skills.length) await db.insertInto('worker_skills').values(skills).execute();
    const consents = batch.flatMap((b, k) =>
      rng.chance(0.9) ? [{ worker_id: rows[k]!.id, kind: 'share_with_employers', granted: b.consent }] : [],
    );
    if (consents.length) await db.insertInto('worker_consents').values(consents).execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Active referrals on some vacancies so congestion control is exercised. */
export async function congest(
  db: Db,
  vacancyIds: readonly string[],
  workerIds: readonly string[],
  centreId: string,
) {
  const rows = vacancyIds.flatMap((vacancy_id, i) =>
    workerIds.slice(i * 20, i * 20 + 20).map((worker_id) => ({
      worker_id,
      vacancy_id,
      centre_id: centreId,
      status: 'referred' as const,
    })),
  );
  if (rows.length) await db.insertInto('job_referrals').values(rows).execute();
  await sql`analyze`.execute(db);
}
