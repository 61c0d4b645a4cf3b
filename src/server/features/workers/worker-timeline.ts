import type { TTimelineEntry } from '../../../shared/contracts/workers';
import type { Db } from '../../db/database';
import { caseTimeline } from '../cases/case-timeline';
import { legalTimeline, type TimelineViewer } from '../legal/legal-timeline';
import { jobsTimeline } from '../placements/jobs-timeline';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * Everything that happened to a worker, from the audit trail and the records around it. Each later module
 * (contacts, cases, matches, placements) adds its own entries here.
 */
export async function workerTimeline(
  db: Db,
  workerId: string,
  viewer?: TimelineViewer,
): Promise<TTimelineEntry[]> {
  const audit = await db
    .selectFrom('audit_log')
    .select(['at', 'action', 'actor_email', 'before', 'after'])
    .where('entity', '=', 'worker')
    .where('entity_id', '=', workerId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  const sources = await db
    .selectFrom('source_records')
    .select(['source', 'source_id', 'created_at', 'updated_at'])
    .where('worker_id', '=', workerId)
    .execute();
  const consents = await db
    .selectFrom('worker_consents')
    .leftJoin('users', 'users.id', 'worker_consents.recorded_by')
    .select(['worker_consents.kind', 'worker_consents.granted', 'worker_consents.recorded_at', 'users.email'])
    .where('worker_id', '=', workerId)
    .execute();
  const merges = await db
    .selectFrom('worker_merges')
    .leftJoin('workers as other', (j) => j.onRef('other.id', '=', 'worker_merges.merged_id'))
    .select(['worker_merges.merged_at', 'worker_merges.undone_at', 'worker_merges.merged_id', 'other.reg_no'])
    .where('survivor_id', '=', workerId)
    .execute();
  const items: TTimelineEntry[] = [];
  for (const a of audit) {
    const after = (a.after ?? {}) as Record<string, unknown>;
    if (a.action === 'create')
      items.push({ at: iso(a.at), kind: 'registered', actor: a.actor_email, details: {} });
    else if (after.status === 'merged')
      items.push({
        at: iso(a.at),
        kind: 'merged',
        actor: a.actor_email,
        details: { into: after.mergedInto },
      });
    else if ((a.before as Record<string, unknown> | null)?.status === 'merged')
      items.push({ at: iso(a.at), kind: 'unmerged', actor: a.actor_email, details: {} });
    else
      items.push({
        at: iso(a.at),
        kind: 'updated',
        actor: a.actor_email,
        details: { fields: Object.keys(after) },
      });
  }
  for (const s of sources) {
    if (s.source === 'homeward') continue;
    items.push({
      at: iso(s.created_at),
      kind: 'source_record',
      actor: null,
      details: { source: s.source, sourceId: s.source_id },
    });
  }
  for (const c of consents) {
    items.push({
      at: iso(c.recorded_at),
      kind: 'consent',
      actor: c.email,
      details: { consent: c.kind, granted: c.granted },
    });
  }
  for (const m of merges) {
    items.push({
      at: iso(m.merged_at),
      kind: 'merged',
      actor: null,
      details: { absorbed: m.reg_no, undone: m.undone_at !== null },
    });
    if (m.undone_at !== null)
      items.push({ at: iso(m.undone_at), kind: 'unmerged', actor: null, details: { absorbed: m.reg_no } });
  }
  if (viewer) items.push(...(await legalTimeline(db, workerId, viewer)));
  if (viewer) items.push(...(await caseTimeline(db, workerId, viewer.auth)));
  items.push(...(await jobsTimeline(db, workerId)));
  return items.sort((x, y) => y.at.localeCompare(x.at));
}
