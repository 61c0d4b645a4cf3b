import { sql } from 'kysely';
import type { TEmployerSearch } from '../../../shared/contracts/employers';
import type { Conn } from '../../db/database';
import type { EmployerRow } from './employers.table';

export async function findEmployerRow(
  conn: Conn,
  id: string,
  lock = false,
): Promise<EmployerRow | undefined> {
  let query = conn.selectFrom('employers').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Open vacancies per employer, for the list and the employer's page. */
export async function openVacancyCounts(conn: Conn, employerIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!employerIds.length) return out;
  const rows = await conn
    .selectFrom('vacancies')
    .select(['employer_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('employer_id', 'in', employerIds)
    .where('status', '=', 'open')
    .groupBy('employer_id')
    .execute();
  for (const r of rows) out.set(r.employer_id, Number(r.n));
  return out;
}

export async function searchEmployers(conn: Conn, q: TEmployerSearch) {
  let query = conn.selectFrom('employers');
  if (q.sector) query = query.where('sector', '=', q.sector);
  if (q.province) query = query.where('province_code', '=', q.province);
  const text = q.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('name_km', 'ilike', like),
        eb('name_latin', 'ilike', like),
        eb('registration_no', 'ilike', like),
        eb('source_id', '=', text),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy(sql`coalesce(name_latin, name_km)`)
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function listEmployerContacts(conn: Conn, employerId: string) {
  return conn
    .selectFrom('employer_contacts')
    .leftJoin('users', 'users.id', 'employer_contacts.recorded_by')
    .selectAll('employer_contacts')
    .select('users.email')
    .where('employer_id', '=', employerId)
    .orderBy('occurred_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
}
