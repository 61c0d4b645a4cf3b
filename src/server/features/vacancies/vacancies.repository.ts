import { sql } from 'kysely';
import type { TVacancy, TVacancySearch } from '../../../shared/contracts/vacancies';
import type { Conn } from '../../db/database';
import { notFound } from '../../errors';
import { activeReferralCounts } from '../referrals/active-referrals';
import { presentVacancy } from './vacancies.presenter';
import type { VacancyRow } from './vacancies.table';

export async function findVacancyRow(conn: Conn, id: string, lock = false): Promise<VacancyRow | undefined> {
  let query = conn.selectFrom('vacancies').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

const employerLabel = sql<string>`coalesce(employers.name_km, employers.name_latin, '')`;

/** Vacancy rows with their employer's name and active referral counts, as the API shows them. */
export async function presentVacancies(conn: Conn, rows: VacancyRow[]): Promise<TVacancy[]> {
  if (!rows.length) return [];
  const names = await conn
    .selectFrom('employers')
    .select(['id', employerLabel.as('name')])
    .where('id', 'in', [...new Set(rows.map((r) => r.employer_id))])
    .execute();
  const byId = new Map(names.map((n) => [n.id, n.name]));
  const active = await activeReferralCounts(
    conn,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentVacancy(r, byId.get(r.employer_id) ?? '', active.get(r.id) ?? 0));
}

export async function loadVacancy(conn: Conn, id: string): Promise<TVacancy> {
  const row = await findVacancyRow(conn, id);
  if (!row) throw notFound('Vacancy');
  return (await presentVacancies(conn, [row]))[0]!;
}

/** The vacancy board: open ones first, soonest closing first. */
export async function searchVacancies(conn: Conn, q: TVacancySearch) {
  let query = conn.selectFrom('vacancies').innerJoin('employers', 'employers.id', 'vacancies.employer_id');
  if (q.status) query = query.where('vacancies.status', '=', q.status);
  if (q.sector) query = query.where('vacancies.sector', '=', q.sector);
  if (q.province) query = query.where('vacancies.province_code', '=', q.province);
  if (q.occupation) query = query.where('vacancies.occupation_isco', 'like', `${q.occupation}%`);
  if (q.employerId) query = query.where('vacancies.employer_id', '=', q.employerId);
  const text = q.text?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('vacancies.title', 'ilike', like),
        eb('employers.name_km', 'ilike', like),
        eb('employers.name_latin', 'ilike', like),
        eb('vacancies.source_id', '=', text),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('vacancies')
    .orderBy(sql`case vacancies.status when 'open' then 0 else 1 end`)
    .orderBy(sql`vacancies.closes_on asc nulls last`)
    .orderBy('vacancies.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items: await presentVacancies(conn, rows), total: Number(total.n) };
}
