import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { problemText } from '../../../shared/contracts/import-problems';
import type { ImportKind, TImportSummary } from '../../../shared/contracts/reference';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import type { AuditActor } from '../audit/audit.repository';
import { importGazetteer } from './gazetteer-import.service';
import { createImportJob } from './import-jobs.repository';
import type { ImportOptions } from './import-progress';
import { importIsco } from './isco-import.service';
import type { ImportJobRow } from './reference.table';
import { detectTableFormat } from './table-file';

export const IMPORTERS: Record<
  ImportKind,
  (db: Db, filePath: string, options: ImportOptions) => Promise<TImportSummary>
> = {
  gazetteer: importGazetteer,
  isco: importIsco,
};

interface JobDeps {
  db: Db;
  logger: Logger;
  uploadDir: string;
}

/** The user's file name is kept as a label only: base name, printable, bounded. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'upload').slice(0, 200);
}

/**
 * Stores the upload under a random name, creates its job and runs the import in the background. The caller gets
 * the queued job at once and polls it; an unreadable file type is refused before any job exists.
 */
export async function startImportJob(
  deps: JobDeps,
  input: { kind: ImportKind; file: File; actor: AuditActor },
): Promise<ImportJobRow> {
  await mkdir(deps.uploadDir, { recursive: true });
  const stored = path.join(deps.uploadDir, `import-${randomUUID()}`);
  try {
    await pipeline(
      Readable.fromWeb(input.file.stream() as unknown as WebReadableStream<Uint8Array>),
      createWriteStream(stored, { mode: 0o600 }),
    );
    await detectTableFormat(stored);
  } catch (error) {
    await rm(stored, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', 'The upload could not be stored');
  }
  const fileName = safeFileName(input.file.name);
  const job = await createImportJob(deps.db, { kind: input.kind, fileName, createdBy: input.actor.userId });
  const previous = queues.get(deps.db) ?? Promise.resolve();
  const next = previous.then(() => runImportJob(deps, job.id, input.kind, stored, fileName, input.actor));
  queues.set(deps.db, next);
  return job;
}

/**
 * Jobs on one database run one after another: a communes file uploaded right after its districts must see them,
 * and two imports of the same data would only race. A job waits as `queued` until its turn.
 */
const queues = new WeakMap<Db, Promise<void>>();

/**
 * Jobs left queued or running by a process that stopped can never finish: call at server start, before any
 * new upload is accepted, so the admin sees them failed instead of waiting forever.
 */
export async function failInterruptedImportJobs(db: Db): Promise<number> {
  const result = await db
    .updateTable('import_jobs')
    .set({
      status: 'failed',
      error: problemText({ code: 'JOB_INTERRUPTED' }),
      error_code: 'JOB_INTERRUPTED',
      error_params: null,
      finished_at: new Date(),
    })
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

async function runImportJob(
  deps: JobDeps,
  jobId: string,
  kind: ImportKind,
  filePath: string,
  fileName: string,
  actor: AuditActor,
): Promise<void> {
  const log = deps.logger.child({ jobId, kind });
  log.info('import started');
  try {
    const summary = await IMPORTERS[kind](deps.db, filePath, { actor, jobId, fileName });
    const { rejects: _rejects, ...counts } = summary;
    log.info(counts, 'import succeeded');
  } catch (error) {
    // The job row already carries the readable message; the log gets the class and code only.
    const e = error as { name?: string; code?: string };
    log.warn({ err: { name: e.name, code: e.code } }, 'import failed');
  } finally {
    await rm(filePath, { force: true }).catch(() => {});
  }
}
