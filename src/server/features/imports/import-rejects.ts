import type { TWorkerImportReject } from '../../../shared/contracts/imports';
import type { Conn } from '../../db/database';

/** The first rejected rows of a registry import, for its progress screen; the rejects file lists them all. */
export async function listRejects(conn: Conn, jobId: string, limit: number): Promise<TWorkerImportReject[]> {
  const rows = await conn
    .selectFrom('import_rejects')
    .select(['row_number', 'source_id', 'reason', 'reason_code', 'reason_params'])
    .where('job_id', '=', jobId)
    .orderBy('row_number')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    row: r.row_number,
    sourceId: r.source_id,
    reason: r.reason,
    code: r.reason_code,
    params: (typeof r.reason_params === 'string' ? JSON.parse(r.reason_params) : r.reason_params) ?? null,
  }));
}
