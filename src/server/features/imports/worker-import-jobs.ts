import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { TColumnMapping, TWorkerImportJob } from '../../../shared/contracts/imports';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import type { AuditActor } from '../audit/audit.repository';
import { safeFileName } from '../reference/import-jobs.service';
import type { ImportJobRow } from '../reference/reference.table';
import { detectTableFormat } from '../reference/table-file';
import { importWorkers } from './import-workers.service';

/** Stores an upload under a random name (never the user's file name as a path) and checks it is a table. */
export async function storeUpload(uploadDir: string, file: File): Promise<string> {
  await mkdir(uploadDir, { recursive: true });
  const stored = path.join(
    uploadDir,
    `workers-${randomUUID()}${/\.xlsx$/i.test(file.name) ? '.xlsx' : '.csv'}`,
  );
  try {
    await pipeline(
      Readable.fromWeb(file.stream() as unknown as WebReadableStream<Uint8Array>),
      createWriteStream(stored, { mode: 0o600 }),
    );
    await detectTableFormat(stored);
    return stored;
  } catch (error) {
    await rm(stored, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', 'The upload could not be stored');
  }
}

const queues = new WeakMap<Db, Promise<unknown>>();

/** Queues an import of a stored upload; jobs on one database run one after another. */
export async function startWorkerImport(
  deps: { db: Db; logger: Logger },
  input: {
    stored: string;
    fileName: string;
    source: string;
    mapping?: TColumnMapping;
    defaultCentreId: string | null;
    actor: AuditActor;
  },
): Promise<ImportJobRow> {
  const job = await deps.db
    .insertInto('import_jobs')
    .values({
      kind: 'workers',
      status: 'queued',
      file_name: safeFileName(input.fileName),
      source: input.source,
      created_by: input.actor.userId,
      options: JSON.stringify({ mapping: input.mapping ?? null, defaultCentreId: input.defaultCentreId }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const run = async () => {
    try {
      await importWorkers(deps.db, input.stored, { ...input, jobId: job.id });
    } catch (error) {
      // The job row already says why; the log gets the id and the error class only.
      deps.logger.warn({ jobId: job.id, err: { name: (error as Error).name } }, 'worker import failed');
    } finally {
      await rm(input.stored, { force: true });
    }
  };
  const next = (queues.get(deps.db) ?? Promise.resolve()).then(run);
  queues.set(deps.db, next);
  return job;
}

export function presentWorkerImportJob(r: ImportJobRow): TWorkerImportJob {
  return {
    id: r.id,
    status: r.status,
    source: r.source,
    fileName: r.file_name,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    created: r.inserted,
    linked: r.linked,
    review: r.review,
    updated: r.updated,
    rejected: r.rejected,
    error: r.error,
    errorCode: r.error_code,
    errorParams: r.error_params,
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  };
}
