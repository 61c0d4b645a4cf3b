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
export async function activityCells(conn: Conn, p: Period): Promise<Cell[]> {
  const { rows } = await sql<Cell & { hits: number }>`
    with placed as (
      select pl.id, pl.worker_id, pl.started_on, pl.ended_on
      from placements pl
      where pl.started_on between ${p.from} and ${p.to} ${inCentres('pl.centre_id', p.centreIds)}
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
      select 'decent', pl.worker_id, latest.decent
      from placed pl
      cross join lateral (
        select f.decent from placement_follow_ups f
        where f.placement_id = pl.id and f.done_on is not null
        order by f.done_on desc, f.due_on desc limit 1
      ) latest
      where latest.decent is not null
      union all
      select 'retained90', pl.worker_id,
        f.done_on is not null and (pl.ended_on is null or pl.ended_on >= pl.started_on + 90)
      from placed pl
      left join placement_follow_ups f on f.placement_id = pl.id and f.stage = 'day90'
      where f.done_on is not null or pl.ended_on < pl.started_on + 90
    ),
    people as (
      select a.figure, coalesce(w.merged_into, w.id) as person, bool_or(a.hit) as hit
      from acted a join workers w on w.id = a.worker_id
      group by a.figure, coalesce(w.merged_into, w.id)
    )
    select pe.figure, w.sex, w.province_code, count(*)::int as n,
      (count(*) filter (where pe.hit))::int as hits
    from people pe join workers w on w.id = pe.person
    group by pe.figure, w.sex, w.province_code`.execute(conn);
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
    return [{ ...cell, figure: r.figure, n: r.n }];
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
