import type { Updateable } from 'kysely';
import {
  IMPORT_KINDS,
  type ImportKind,
  type TImportJob,
  type TImportSummary,
} from '../../../shared/contracts/reference';
import type { Conn } from '../../db/database';
import type { ImportJobRow, ImportJobsTable } from './reference.table';

type JobUpdate = Updateable<ImportJobsTable>;

export async function createImportJob(
  conn: Conn,
  input: { kind: ImportKind; fileName: string; createdBy: string | null },
): Promise<ImportJobRow> {
  return conn
    .insertInto('import_jobs')
    .values({ kind: input.kind, status: 'queued', file_name: input.fileName, created_by: input.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateImportJob(conn: Conn, id: string, changes: JobUpdate): Promise<void> {
  await conn.updateTable('import_jobs').set(changes).where('id', '=', id).execute();
}

export const findImportJob = (conn: Conn, id: string) =>
  conn
    .selectFrom('import_jobs')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'in', [...IMPORT_KINDS])
    .executeTakeFirst();

export const listImportJobs = (conn: Conn, limit = 100) =>
  conn
    .selectFrom('import_jobs')
    .selectAll()
    // Registry imports share the table but have their own screen and routes.
    .where('kind', 'in', [...IMPORT_KINDS])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();

/** A finished import's summary lives in its audit entry, the permanent record of what the import changed. */
export async function findImportSummary(conn: Conn, jobId: string): Promise<TImportSummary | null> {
  const row = await conn
    .selectFrom('audit_log')
    .select('after')
    .where('entity', '=', 'reference')
    .where('entity_id', '=', jobId)
    .where('action', '=', 'import')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const after = (typeof row?.after === 'string' ? JSON.parse(row.after) : row?.after) as
    | { summary?: TImportSummary }
    | null
    | undefined;
  return after?.summary ?? null;
}

const iso = (d: Date | string | null): string | null => (d ? new Date(d).toISOString() : null);

export function presentImportJob(row: ImportJobRow, summary?: TImportSummary | null): TImportJob {
  const job: TImportJob = {
    id: row.id,
    kind: row.kind as ImportKind,
    status: row.status,
    fileName: row.file_name,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    inserted: row.inserted,
    updated: row.updated,
    rejected: row.rejected,
    error: row.error,
    errorCode: row.error_code,
    errorParams: row.error_params,
    createdAt: iso(row.created_at)!,
    finishedAt: iso(row.finished_at),
  };
  if (summary !== undefined) job.summary = summary;
  return job;
}
