import { sql } from 'kysely';
import type { TReferral, TReferralDetail, TReferralSearch } from '../../../shared/contracts/referrals';
import type { Conn } from '../../db/database';
import { notFound } from '../../errors';

const iso = (d: Date | string) => new Date(d).toISOString();

function baseQuery(conn: Conn) {
  return conn
    .selectFrom('job_referrals as r')
    .innerJoin('workers as w', 'w.id', 'r.worker_id')
    .innerJoin('vacancies as v', 'v.id', 'r.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .leftJoin('placements as p', 'p.referral_id', 'r.id')
    .selectAll('r')
    .select([
      'w.display_name as worker_name',
      'w.reg_no',
      'v.title as vacancy_title',
      'v.employer_id',
      sql<string>`coalesce(e.name_km, e.name_latin, '')`.as('employer_name'),
      'p.id as placement_id',
    ]);
}

type Joined = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function present(r: Joined): TReferral {
  return {
    id: r.id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    workerRegNo: r.reg_no,
    vacancyId: r.vacancy_id,
    vacancyTitle: r.vacancy_title,
    employerId: r.employer_id,
    employerName: r.employer_name,
    centreId: r.centre_id,
    status: r.status,
    reason: r.reason,
    matchScore: r.match_score,
    placementId: r.placement_id,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function searchReferrals(
  conn: Conn,
  q: TReferralSearch,
  centreIds: string[] | null,
): Promise<TReferral[]> {
  let query = baseQuery(conn);
  if (q.vacancyId) query = query.where('r.vacancy_id', '=', q.vacancyId);
  if (q.workerId) query = query.where('r.worker_id', '=', q.workerId);
  if (q.status) query = query.where('r.status', '=', q.status);
  if (centreIds) query = query.where('r.centre_id', 'in', centreIds.length ? centreIds : [null as never]);
  const rows = await query.orderBy('r.updated_at', 'desc').limit(q.limit).execute();
  return rows.map(present);
}

export async function loadReferral(conn: Conn, id: string): Promise<TReferralDetail> {
  const row = await baseQuery(conn).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Referral');
  const events = await conn
    .selectFrom('job_referral_events as ev')
    .leftJoin('users as u', 'u.id', 'ev.by_user')
    .select(['ev.from_status', 'ev.to_status', 'ev.reason', 'ev.note', 'ev.at', 'u.email'])
    .where('ev.referral_id', '=', id)
    .orderBy('ev.at')
    .orderBy('ev.id')
    .execute();
  const contacts = await conn
    .selectFrom('job_referral_contacts as c')
    .leftJoin('users as u', 'u.id', 'c.recorded_by')
    .select(['c.id', 'c.occurred_on', 'c.channel', 'c.summary', 'c.recorded_at', 'u.email'])
    .where('c.referral_id', '=', id)
    .orderBy('c.occurred_on', 'desc')
    .execute();
  return {
    ...present(row),
    events: events.map((e) => ({
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      note: e.note,
      at: iso(e.at),
      by: e.email,
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      occurredOn: c.occurred_on,
      channel: c.channel,
      summary: c.summary,
      recordedBy: c.email,
      recordedAt: iso(c.recorded_at),
    })),
  };
}

/** The worker's latest answer to "may we share your profile with employers?". */
export async function sharesWithEmployers(conn: Conn, workerId: string): Promise<boolean> {
  const latest = await conn
    .selectFrom('worker_consents')
    .select('granted')
    .where('worker_id', '=', workerId)
    .where('kind', '=', 'share_with_employers')
    .orderBy('recorded_at', 'desc')
    .orderBy(sql`id`, 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.granted === true;
}
