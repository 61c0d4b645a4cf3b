/**
 * The headline dashboard (issue 6, indicators): the national figures for the last twelve months, by sex and
 * province, timed through the same service the API calls, after a few untimed runs that warm the caches.
 */

import type { Db } from '../src/server/db/database';
import { headline } from '../src/server/features/dashboard/dashboard.service';
import type { AuthContext } from '../src/server/http/context';
import { addDays, centreToday } from '../src/shared/centre-date';
import { type Latency, summarize } from './latency';

export interface DashboardResult {
  headline: Latency;
  period: { from: string; to: string };
  /** People the period's figures counted, to show the query had rows to count. */
  registered: number;
  provinces: number;
}

const WARM_UPS = 3;
const RUNS = 20;

export async function benchDashboard(db: Db, auth: AuthContext): Promise<DashboardResult> {
  const to = centreToday();
  const query = { from: addDays(to, -364), to };
  for (let i = 0; i < WARM_UPS; i += 1) await headline(db, auth, query);
  const durations: number[] = [];
  let last = await headline(db, auth, query);
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    last = await headline(db, auth, query);
    durations.push(performance.now() - started);
  }
  return {
    headline: summarize(durations),
    period: query,
    registered: last.totals.registered.total,
    provinces: last.provinces.length,
  };
}
