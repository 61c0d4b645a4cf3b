/** The COPY baseline's plain table and statement, shared by the PostgreSQL path and the PGlite child process. */
import { WORKER_COLUMNS } from '../src/server/features/demo/columns';

export const BASELINE_TABLE = 'bench_copy_baseline';

/** Text columns, no index, no constraint: nothing for the database to do but store the rows. */
export const baselineTableSql = `create table ${BASELINE_TABLE} (${WORKER_COLUMNS.map((c) => `${c} text`).join(', ')})`;

export const baselineCopySql = (target: string) =>
  `copy ${BASELINE_TABLE} from ${target} with (format csv, header true)`;
