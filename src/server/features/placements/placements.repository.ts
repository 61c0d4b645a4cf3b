import { sql } from 'kysely';
import { FOLLOW_UP_STAGES, type TDueFollowUp, type TPlacement } from '../../../shared/contracts/placements';
import type { Conn } from '../../db/database';
import { notFound } from '../../errors';
import { getJobSettings } from '../job-settings/job-settings.repository';
import { livelihoodMeasured } from './decent-work';
import { presentPlacement } from './placements.presenter';
import type { PlacementRow } from './placements.table';

export async function findPlacementRow(
  conn: Conn,
  id: string,
  lock = false,
): Promise<PlacementRow | undefined> {
  let query = conn.selectFrom('placements').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

const stageOrder = (s: string) => FOLLOW_UP_STAGES.indexOf(s as (typeof FOLLOW_UP_STAGES)[number]);

export async function loadPlacements(
  conn: Conn,
  filter: { ids?: string[]; workerId?: string; centreIds?: string[] | null },
): Promise<TPlacement[]> {
  let query = conn
    .selectFrom('placements')
    .innerJoin('workers', 'workers.id', 'placements.worker_id')
    .leftJoin('employers', 'employers.id', 'placements.employer_id')
    .selectAll('placements')
    .select([
      'workers.display_name as worker_name',
      'workers.reg_no',
      sql<string | null>`coalesce(employers.name_km, employers.name_latin)`.as('employer_label'),
    ]);
  if (filter.ids) query = query.where('placements.id', 'in', filter.ids.length ? filter.ids : ['']);
  if (filter.workerId) query = query.where('placements.worker_id', '=', filter.workerId);
  if (filter.centreIds)
    query = query.where(
      'placements.centre_id',
      'in',
      filter.centreIds.length ? filter.centreIds : [null as never],
    );
  const rows = await query.orderBy('placements.started_on', 'desc').limit(500).execute();
  if (!rows.length) return [];
  const followUps = await conn
    .selectFrom('placement_follow_ups')
    .selectAll()
    .where(
      'placement_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const settings = await getJobSettings(conn);
  return rows.map((r) =>
    presentPlacement(
      r,
      followUps
        .filter((f) => f.placement_id === r.id)
        .sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage)),
      livelihoodMeasured(r.kind, r.sector, settings),
    ),
  );
}

export async function loadPlacement(conn: Conn, id: string): Promise<TPlacement> {
  const [placement] = await loadPlacements(conn, { ids: [id] });
  if (!placement) throw notFound('Placement');
  return placement;
}

/**
 * Follow-ups not yet recorded and due on or before `due`, oldest first, for placements still running (an ended
 * placement's later checks are moot, but its past-due ones still show until recorded).
 */
export async function dueFollowUps(
  conn: Conn,
  opts: { due: string; today: string; centreIds: string[] | null; createdBy?: string; limit: number },
): Promise<TDueFollowUp[]> {
  let query = conn
    .selectFrom('placement_follow_ups as f')
    .innerJoin('placements as p', 'p.id', 'f.placement_id')
    .innerJoin('workers as w', 'w.id', 'p.worker_id')
    .leftJoin('employers as e', 'e.id', 'p.employer_id')
    .select([
      'f.id',
      'f.placement_id',
      'f.stage',
      'f.due_on',
      'p.worker_id',
      'w.display_name',
      'w.reg_no',
      'p.title',
      'p.centre_id',
      sql<string | null>`coalesce(e.name_km, e.name_latin, p.employer_name)`.as('employer_name'),
    ])
    .where('f.done_on', 'is', null)
    .where('f.due_on', '<=', opts.due)
    .where((eb) => eb.or([eb('p.ended_on', 'is', null), eb('p.ended_on', '>=', eb.ref('f.due_on'))]));
  if (opts.centreIds)
    query = query.where('p.centre_id', 'in', opts.centreIds.length ? opts.centreIds : [null as never]);
  if (opts.createdBy) query = query.where('p.created_by', '=', opts.createdBy);
  const rows = await query.orderBy('f.due_on').orderBy('f.id').limit(opts.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    placementId: r.placement_id,
    stage: r.stage,
    dueOn: r.due_on,
    overdue: r.due_on < opts.today,
    workerId: r.worker_id,
    workerName: r.display_name,
    workerRegNo: r.reg_no,
    employerName: r.employer_name,
    title: r.title,
    centreId: r.centre_id,
  }));
}
