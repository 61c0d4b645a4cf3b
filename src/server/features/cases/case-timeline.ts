import type { TTimelineEntry } from '../../../shared/contracts/workers';
import type { Role } from '../../../shared/roles';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { CASE_STAFF, CONTACT_READERS, day, iso } from './case-access';

/** A dated record at the moment it was entered when that was on its date, else at the start of its date. */
const onDate = (date: string, createdAt: Date | string) => {
  const created = iso(createdAt);
  return created.startsWith(date) ? created : `${date}T00:00:00.000Z`;
};

/**
 * A worker's contacts, case plan events and partner referrals for the timeline. M&E officers see that contacts
 * happened (channel, services); case plans and referrals only the staff who serve the person.
 */
export async function caseTimeline(db: Db, workerId: string, auth: AuthContext): Promise<TTimelineEntry[]> {
  const role: Role = auth.user.role;
  const items: TTimelineEntry[] = [];
  if (!(CONTACT_READERS as readonly Role[]).includes(role)) return items;
  const contacts = await db
    .selectFrom('service_contacts as c')
    .innerJoin('users as u', 'u.id', 'c.staff_id')
    .select(['c.contact_date', 'c.created_at', 'c.channel', 'c.services', 'c.duration_minutes', 'u.email'])
    .where('c.worker_id', '=', workerId)
    .execute();
  for (const c of contacts) {
    items.push({
      at: onDate(day(c.contact_date)!, c.created_at),
      kind: 'contact',
      actor: c.email,
      details: { channel: c.channel, services: c.services, durationMinutes: c.duration_minutes },
    });
  }
  if (!(CASE_STAFF as readonly Role[]).includes(role)) return items;
  const plans = await db
    .selectFrom('case_plans as p')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.created_at', 'p.closed_at', 'p.closed_reason', 'u.email'])
    .where('p.worker_id', '=', workerId)
    .execute();
  for (const p of plans) {
    items.push({ at: iso(p.created_at), kind: 'case_plan', actor: p.email, details: { event: 'opened' } });
    if (p.closed_at)
      items.push({
        at: iso(p.closed_at),
        kind: 'case_plan',
        actor: null,
        details: { event: 'closed', reason: p.closed_reason },
      });
  }
  const planIds = plans.map((p) => p.id);
  if (planIds.length) {
    const transfers = await db
      .selectFrom('case_transfers as t')
      .innerJoin('users as tu', 'tu.id', 't.to_user_id')
      .leftJoin('users as ru', 'ru.id', 't.requested_by')
      .leftJoin('users as du', 'du.id', 't.decided_by')
      .select([
        't.requested_at',
        't.decided_at',
        't.status',
        'tu.name as to_name',
        'ru.email as by',
        'du.email as decider',
      ])
      .where('t.case_plan_id', 'in', planIds)
      .execute();
    for (const t of transfers) {
      items.push({
        at: iso(t.requested_at),
        kind: 'case_plan',
        actor: t.by,
        details: { event: 'transfer_requested', to: t.to_name },
      });
      if (t.decided_at && t.status !== 'pending')
        items.push({
          at: iso(t.decided_at),
          kind: 'case_plan',
          actor: t.decider,
          details: { event: `transfer_${t.status}`, to: t.to_name },
        });
    }
    const done = await db
      .selectFrom('case_actions')
      .select(['completed_at', 'description', 'status'])
      .where('case_plan_id', 'in', planIds)
      .where('status', '=', 'done')
      .execute();
    for (const a of done) {
      if (!a.completed_at) continue;
      items.push({
        at: iso(a.completed_at),
        kind: 'case_plan',
        actor: null,
        details: { event: 'action_done', description: a.description },
      });
    }
  }
  const referrals = await db
    .selectFrom('partner_referrals as r')
    .innerJoin('partners as pa', 'pa.id', 'r.partner_id')
    .leftJoin('users as u', 'u.id', 'r.referred_by')
    .select(['r.referred_on', 'r.created_at', 'r.status', 'pa.name_km', 'pa.name_latin', 'u.email'])
    .where('r.worker_id', '=', workerId)
    .execute();
  for (const r of referrals) {
    items.push({
      at: onDate(day(r.referred_on)!, r.created_at),
      kind: 'referral',
      actor: r.email,
      details: { partnerKm: r.name_km, partnerLatin: r.name_latin, status: r.status },
    });
  }
  return items;
}
