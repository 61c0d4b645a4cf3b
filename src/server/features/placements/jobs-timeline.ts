import { sql } from 'kysely';
import type { TTimelineEntry } from '../../../shared/contracts/workers';
import type { Db } from '../../db/database';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A worker's job referrals (every status change), placements and recorded follow-ups, for the timeline. */
export async function jobsTimeline(db: Db, workerId: string): Promise<TTimelineEntry[]> {
  const events = await db
    .selectFrom('job_referral_events as ev')
    .innerJoin('job_referrals as r', 'r.id', 'ev.referral_id')
    .innerJoin('vacancies as v', 'v.id', 'r.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .leftJoin('users as u', 'u.id', 'ev.by_user')
    .select([
      'ev.at',
      'ev.to_status',
      'ev.reason',
      'r.id as referral_id',
      'v.id as vacancy_id',
      'v.title',
      sql<string>`coalesce(e.name_km, e.name_latin, '')`.as('employer'),
      'u.email',
    ])
    .where('r.worker_id', '=', workerId)
    .execute();
  const followUps = await db
    .selectFrom('placement_follow_ups as f')
    .innerJoin('placements as p', 'p.id', 'f.placement_id')
    .leftJoin('users as u', 'u.id', 'f.recorded_by')
    .select(['f.updated_at', 'f.stage', 'f.decent', 'p.id as placement_id', 'p.title', 'u.email'])
    .where('p.worker_id', '=', workerId)
    .where('f.done_on', 'is not', null)
    .execute();
  const placements = await db
    .selectFrom('placements as p')
    .leftJoin('employers as e', 'e.id', 'p.employer_id')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select([
      'p.id',
      'p.created_at',
      'p.title',
      'p.kind',
      'p.found_by',
      sql<string | null>`coalesce(e.name_km, e.name_latin, p.employer_name)`.as('employer'),
      'u.email',
    ])
    .where('p.worker_id', '=', workerId)
    .execute();
  return [
    ...events.map((e) => ({
      at: iso(e.at),
      kind: 'job_referral' as const,
      actor: e.email,
      details: {
        status: e.to_status,
        reason: e.reason,
        referralId: e.referral_id,
        vacancyId: e.vacancy_id,
        title: e.title,
        employer: e.employer,
      },
    })),
    ...placements.map((p) => ({
      at: iso(p.created_at),
      kind: 'placement' as const,
      actor: p.email,
      details: { placementId: p.id, title: p.title, employer: p.employer, kind: p.kind, foundBy: p.found_by },
    })),
    ...followUps.map((f) => ({
      at: iso(f.updated_at),
      kind: 'placement_follow_up' as const,
      actor: f.email,
      details: { placementId: f.placement_id, stage: f.stage, decent: f.decent, title: f.title },
    })),
  ];
}
