import { sql } from 'kysely';
import {
  DASHBOARD_FIGURES,
  type TDashboardFigures,
  type TDashboardQuery,
  type THeadline,
  type TProvinceFigures,
} from '../../../shared/contracts/dashboard';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess, centreScope } from '../../http/scope';
import { activityCells, type Cell, provinceNames, registeredCells } from './dashboard.queries';

const emptyFigures = (): TDashboardFigures =>
  Object.fromEntries(
    DASHBOARD_FIGURES.map((f) => [f, { total: 0, female: 0, male: 0, unknown: 0 }]),
  ) as TDashboardFigures;

function add(figures: TDashboardFigures, cell: Cell): void {
  const split = figures[cell.figure];
  split.total += cell.n;
  if (cell.sex === 'female') split.female += cell.n;
  else if (cell.sex === 'male') split.male += cell.n;
  else split.unknown += cell.n;
}

/**
 * The headline figures for a period, counted in SQL by sex and province. A person has one sex and one province,
 * so the per-cell counts of distinct people add up to the totals without counting anyone twice.
 */
export async function headline(db: Db, auth: AuthContext, query: TDashboardQuery): Promise<THeadline> {
  const scope = centreScope(auth);
  if (query.centreId) assertCentreAccess(auth, query.centreId, 'Centre');
  const centreIds = query.centreId ? [query.centreId] : scope;
  const period = { from: query.from, to: query.to, centreIds };
  const cells =
    centreIds !== null && centreIds.length === 0
      ? []
      : await db.transaction().execute(async (trx) => {
          // A few aggregates over many rows: compiling them (JIT) costs PostgreSQL more than it saves.
          await sql`set local jit = off`.execute(trx);
          return [...(await registeredCells(trx, period)), ...(await activityCells(trx, period))];
        });

  const totals = emptyFigures();
  const byProvince = new Map<string | null, TDashboardFigures>();
  for (const cell of cells) {
    add(totals, cell);
    const figures = byProvince.get(cell.province_code) ?? emptyFigures();
    byProvince.set(cell.province_code, figures);
    add(figures, cell);
  }
  const codes = [...byProvince.keys()].filter((c): c is string => c !== null);
  const names = await provinceNames(db, codes);
  const provinces: TProvinceFigures[] = [...byProvince.entries()]
    .filter(([, figures]) => DASHBOARD_FIGURES.some((f) => figures[f].total > 0))
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([code, figures]) => ({
      provinceCode: code,
      nameKm: code ? (names.get(code)?.nameKm ?? null) : null,
      nameLatin: code ? (names.get(code)?.nameLatin ?? null) : null,
      figures,
    }));
  return {
    from: query.from,
    to: query.to,
    centreId: query.centreId ?? null,
    national: centreIds === null,
    totals,
    provinces,
  };
}
