import { type RawBuilder, sql } from 'kysely';
import { addDays } from '../../../shared/centre-date';
import type { TDashboardFigure } from '../../../shared/contracts/dashboard';
import type { Conn } from '../../db/database';

/** One cell of the answer: how many people of this sex and province a figure counts. */
export interface Cell {
  figure: TDashboardFigure;
  sex: string | null;
  province_code: string | null;
  n: number;
}

export interface Period {
  from: string;
  to: string;
  /** The centres to count; null for all. */
  centreIds: string[] | null;
}

const inCentres = (column: string, centreIds: string[] | null): RawBuilder<unknown> =>
  centreIds === null ? sql`` : sql`and ${sql.ref(column)} in (${sql.join(centreIds)})`;

/** Timestamps of the period, from midnight of `from` to midnight after `to` where the centres are (UTC+7). */
const startOf = (date: string) => `${date}T00:00:00+07:00`;

/**
 * Registered people: records not merged away, registered in the period at one of the centres. Each record is one
 * person, so this is a plain count (an index-only scan of workers_dashboard_idx).
 */
export async function registeredCells(conn: Conn, p: Period): Promise<Cell[]> {
  const { rows } = await sql<Omit<Cell, 'figure'>>`
    select w.sex, w.province_code, count(*)::int as n
    from workers w
    where w.status <> 'merged' and w.registered_on between ${p.from} and ${p.to}
      ${inCentres('w.centre_id', p.centreIds)}
    group by w.sex, w.province_code`.execute(conn);
  return rows.map((r) => ({ ...r, figure: 'registered' as const }));
}

/**
 * Every activity figure in one statement: each branch yields (figure, worker, hit); a record merged into another
 * stands for the survivor, so a person is counted once per figure with the survivor's sex and province. For the
 * share figures, `hit` marks the numerator (decent, retained) and every person in the branch the denominator.
 */
export const activitySql = (p: Period) => sql<Omit<Cell, 'figure'> & { figure: string; hits: number }>`
    with placed as (
      select pl.id, pl.worker_id, pl.started_on, pl.ended_on
      from placements pl
      where pl.started_on between ${p.from} and ${p.to} ${inCentres('pl.centre_id', p.centreIds)}
    ),
    -- Per placement: the verdict of the latest follow-up recorded, and whether the 90-day one was done.
    checked as (
      select f.placement_id,
        (array_agg(f.decent order by f.done_on desc, f.due_on desc))[1] as latest_decent,
        bool_or(f.stage = 'day90') as day90_done
      from placement_follow_ups f
      where f.done_on is not null and f.placement_id in (select id from placed)
      group by f.placement_id
    ),
    acted as (
      select 'served' as figure, sc.worker_id, true as hit
      from service_contacts sc
      where sc.contact_date between ${p.from} and ${p.to} ${inCentres('sc.centre_id', p.centreIds)}
      union all
      select 'referred', r.worker_id, true
      from job_referrals r
      where r.created_at >= ${startOf(p.from)}::timestamptz and r.created_at < ${startOf(addDays(p.to, 1))}::timestamptz
        ${inCentres('r.centre_id', p.centreIds)}
        and (r.status in ('referred','interview','offer','hired','not_hired')
          or (r.status = 'declined_by_worker' and exists (
            select 1 from job_referral_events e where e.referral_id = r.id and e.to_status = 'referred')))
      union all
      select 'placed', worker_id, true from placed
      union all
      select 'decent', pl.worker_id, f.latest_decent
      from placed pl join checked f on f.placement_id = pl.id
      where f.latest_decent is not null
      union all
      select 'retained90', pl.worker_id,
        coalesce(f.day90_done, false) and (pl.ended_on is null or pl.ended_on >= pl.started_on + 90)
      from placed pl left join checked f on f.placement_id = pl.id
      where f.day90_done or pl.ended_on < pl.started_on + 90
    ),
    -- One row per figure and record first: a person served ten times is joined to workers once.
    distinct_acted as (
      select figure, worker_id, bool_or(hit) as hit from acted group by figure, worker_id
    ),
    people as (
      select a.figure, a.hit, coalesce(w.merged_into, w.id) as person,
        case when w.merged_into is null then w.sex
          else (select s.sex from workers s where s.id = w.merged_into) end as sex,
        case when w.merged_into is null then w.province_code
          else (select s.province_code from workers s where s.id = w.merged_into) end as province_code
      from distinct_acted a join workers w on w.id = a.worker_id
    )
    select figure, sex, province_code, count(distinct person)::int as n,
      (count(distinct person) filter (where hit))::int as hits
    from people
    group by figure, sex, province_code`;

export async function activityCells(conn: Conn, p: Period): Promise<Cell[]> {
  const { rows } = await activitySql(p).execute(conn);
  return rows.flatMap((r): Cell[] => {
    const cell = { sex: r.sex, province_code: r.province_code };
    if (r.figure === 'decent')
      return [
        { ...cell, figure: 'decentEvaluated', n: r.n },
        { ...cell, figure: 'decent', n: r.hits },
      ];
    if (r.figure === 'retained90')
      return [
        { ...cell, figure: 'retentionEvaluated', n: r.n },
        { ...cell, figure: 'retained90', n: r.hits },
      ];
    return [{ ...cell, figure: r.figure as TDashboardFigure, n: r.n }];
  });
}

/** Province names from the place reference, for the codes the figures use. */
export async function provinceNames(
  conn: Conn,
  codes: string[],
): Promise<Map<string, { nameKm: string; nameLatin: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await conn
    .selectFrom('geo_units')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 1)
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, { nameKm: r.name_km, nameLatin: r.name_latin }]));
}
