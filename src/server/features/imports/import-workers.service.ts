import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { type CompiledQuery, sql } from 'kysely';
import {
  type TColumnMapping,
  TEMPLATE_COLUMNS,
  type TWorkerImportSummary,
} from '../../../shared/contracts/imports';
import type { Db } from '../../db/database';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { failureColumns, importFailure } from '../reference/import-failure';
import { normalizeHeader, readTable } from '../reference/table-file';
import { batchPipeline } from './batch-pipeline';
import type { BatchCounts, BatchRow } from './import-batch';
import { loadImportContext } from './import-context';
import { CHUNK_ROWS, Chunk, type ChunkEntry, committedEntries, FILE_ORDER } from './import-order';
import { type ImportedWorker, parseRow, type RawRow, type RowReject } from './row-parser';

export interface WorkerImportProgress extends BatchCounts {
  processedRows: number;
  totalRows: number | null;
}

export interface WorkerImportOptions {
  source: string;
  actor: AuditActor;
  mapping?: TColumnMapping;
  defaultCentreId?: string | null;
  /** An import_jobs row created by the caller (web upload); otherwise one is found to resume or created. */
  jobId?: string;
  fileName?: string;
  onProgress?: (p: WorkerImportProgress) => void;
  batchSize?: number;
  /** Plan each batch while the one before is written (batch-pipeline.ts); the default where the database can. */
  overlap?: boolean;
  /** Rows written between two vacuums of the tables the import grows, at the least (batch-pipeline.ts). */
  upkeepMinRows?: number;
  /** Rows sorted at a time (import-order.ts); a resumed job keeps the size it began with. */
  chunkRows?: number;
}

export const DEFAULT_BATCH_SIZE = 1000;

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Data lines of a CSV, for the progress bar's total (quoted line breaks make it an estimate, never a limit). */
async function countLines(file: string): Promise<number | null> {
  if (!/\.csv$/i.test(file)) return null;
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk as Buffer) if (b === 10) n++;
  return Math.max(0, n - 1);
}

/** Template column for each normalised file header: the mapping's choice, else the same name. */
function headerMap(mapping: TColumnMapping | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const col of TEMPLATE_COLUMNS) out.set(normalizeHeader(mapping?.[col] ?? col), col);
  return out;
}

/**
 * Imports a list of registrations (CSV or XLSX, streamed) in batches, each in one transaction together with the
 * job's checkpoint. If the process dies, running the same file for the same source again resumes after the last
 * committed batch; and since each (source, source_id) is stored once, a row read twice updates, never doubles.
 */
export async function importWorkers(
  db: Db,
  filePath: string,
  options: WorkerImportOptions,
): Promise<TWorkerImportSummary & { jobId: string }> {
  const started = performance.now();
  const sha = await sha256File(filePath);
  const fileName = options.fileName ?? path.basename(filePath);
  const job = await openJob(db, options, sha, fileName);
  const skip = job.checkpoint_row;
  const counts: BatchCounts = {
    created: job.inserted,
    linked: job.linked,
    review: job.review,
    updated: job.updated,
    rejected: job.rejected,
  };
  const totalRows = await countLines(filePath);
  const progress = (processedRows: number): WorkerImportProgress => ({ ...counts, processedRows, totalRows });
  // A failed import leaves no snapshot open and no batch half written behind it.
  let running: ReturnType<typeof batchPipeline> | null = null;
  try {
    if (options.defaultCentreId) {
      const centre = await db
        .selectFrom('centres')
        .select('id')
        .where('id', '=', options.defaultCentreId)
        .executeTakeFirst();
      if (!centre) throw importFailure('VALIDATION_FAILED', 'JOB_DEFAULT_CENTRE_MISSING');
    }
    const ctx = await loadImportContext(db, {
      jobId: job.id,
      source: options.source,
      actor: options.actor,
      defaultCentreId: options.defaultCentreId ?? null,
    });
    const columns = headerMap(options.mapping);
    const idHeader = normalizeHeader(options.mapping?.source_id ?? 'source_id');
    await db
      .updateTable('import_jobs')
      .set({ status: 'running', total_rows: totalRows })
      .where('id', '=', job.id)
      .execute();
    let index = 0;
    let batch: BatchRow[] = [];
    let rejects: RowReject[] = [];
    // Rows are taken a chunk at a time, sorted (import-order.ts); the checkpoint counts rows done in that order.
    const chunkRows = await chunkSizeOf(db, job, options.chunkRows ?? CHUNK_ROWS);
    let chunkStart = skip - (skip % chunkRows);
    /** The checkpoint fell inside the first chunk read: some of its rows are done. */
    let resumedInChunk = skip > chunkStart;
    const sorted = chunkRows !== FILE_ORDER;
    let chunk = new Chunk(sorted);
    const pipeline = batchPipeline(db, ctx, options.overlap, options.upkeepMinRows);
    running = pipeline;
    const flush = async (checkpoint: number) => {
      const rows = batch;
      const rejected = rejects;
      batch = [];
      rejects = [];
      await pipeline.push(rows, rejected, {
        checkpoint,
        statements: (db, plan) => {
          const out: CompiledQuery[] = [];
          if (rejected.length) {
            const insertRejects = db
              .insertInto('import_rejects')
              .values(
                rejected.map((r) => ({
                  job_id: job.id,
                  row_number: r.rowNumber,
                  source_id: r.sourceId,
                  reason: r.reason,
                  reason_code: r.problem.code,
                  reason_params: r.problem.params ? JSON.stringify(r.problem.params) : null,
                  raw: JSON.stringify(r.raw),
                })),
              )
              .onConflict((oc) => oc.columns(['job_id', 'row_number']).doNothing())
              .compile();
            out.push(insertRejects);
          }
          counts.created += plan.counts.created;
          counts.linked += plan.counts.linked;
          counts.review += plan.counts.review;
          counts.updated += plan.counts.updated;
          counts.rejected += rejected.length;
          const checkpointed = db
            .updateTable('import_jobs')
            .set({
              checkpoint_row: checkpoint,
              processed_rows: checkpoint,
              inserted: counts.created,
              linked: counts.linked,
              review: counts.review,
              updated: counts.updated,
              rejected: counts.rejected,
            })
            .where('id', '=', job.id)
            .compile();
          out.push(checkpointed);
          return out;
        },
        committed: () => options.onProgress?.(progress(checkpoint)),
      });
    };
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    /** A row into the next batch, from its chunk's text: the row as read, and parsed where it could be. */
    const add = (entry: ChunkEntry) => {
      const { rowNumber, features } = entry;
      const raw = JSON.parse(entry.raw) as RawRow;
      if (entry.worker !== null) {
        const worker = JSON.parse(entry.worker) as ImportedWorker;
        batch.push({ rowNumber, raw, worker, features, rawText: entry.raw });
        return;
      }
      const parsed = parseRow(raw);
      if (parsed.ok) batch.push({ rowNumber, raw, worker: parsed.worker, features });
      else
        rejects.push({
          rowNumber,
          sourceId: raw.source_id?.trim() || null,
          problem: parsed.problem,
          reason: parsed.reason,
          raw,
        });
    };
    const takeChunk = async () => {
      const size = chunk.size;
      let ordered = chunk.ordered();
      if (resumedInChunk) {
        const done = await committedEntries(db, { id: job.id, source: options.source }, ordered);
        ordered = ordered.filter((e) => !done.has(e));
        resumedInChunk = false;
      }
      const doneBefore = size - ordered.length;
      for (let i = 0; i < ordered.length; i++) {
        const entry = ordered[i]!;
        add(entry);
        if (batch.length + rejects.length >= batchSize) await flush(chunkStart + doneBefore + i + 1);
      }
      chunkStart += size;
      chunk = new Chunk(sorted);
    };
    for await (const tableRow of readTable(filePath, {
      isHeader: (names) => names.includes(idHeader),
      describeMissing: (names) => ({
        code: 'JOB_MISSING_ID_COLUMN',
        params: { column: options.mapping?.source_id ?? 'source_id', found: names.slice(0, 8).join(', ') },
      }),
    })) {
      index++;
      if (index <= chunkStart) continue;
      const raw: RawRow = {};
      for (const [header, value] of Object.entries(tableRow.values)) {
        const col = columns.get(header);
        if (col) raw[col as keyof RawRow] = value;
      }
      const parsed = parseRow(raw);
      chunk.add(index, raw, parsed.ok ? { rowNumber: index, raw, worker: parsed.worker } : null);
      if (chunk.size >= chunkRows) await takeChunk();
    }
    if (chunk.size) await takeChunk();
    if (batch.length || rejects.length) await flush(chunkStart);
    await pipeline.finish();
    if (index === 0) throw importFailure('VALIDATION_FAILED', 'JOB_NO_ROWS');
    if (counts.rejected === index && index > 0) {
      throw importFailure('VALIDATION_FAILED', 'JOB_ALL_REJECTED', { rows: index });
    }
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const summary = { rows: index, ...counts, seconds };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('import_jobs')
        .set({
          status: 'succeeded',
          total_rows: index,
          processed_rows: index,
          finished_at: new Date(),
          error: null,
          error_code: null,
          error_params: null,
        })
        .where('id', '=', job.id)
        .execute();
      await recordAudit(trx, options.actor, {
        action: 'import',
        entity: 'workers',
        entityId: job.id,
        after: { source: options.source, fileName, ...summary },
      });
    });
    options.onProgress?.(progress(index));
    return { ...summary, jobId: job.id };
  } catch (error) {
    await running?.close();
    await db
      .updateTable('import_jobs')
      .set({ status: 'failed', ...failureColumns(error), finished_at: new Date() })
      .where('id', '=', job.id)
      .execute();
    throw error;
  }
}

/**
 * The chunk size of a job: chosen when it begins and kept in its options, since its checkpoint counts rows in
 * the order that size gives. A job begun before chunks existed has none: it resumes in file order.
 */
async function chunkSizeOf(
  db: Db,
  job: { id: string; checkpoint_row: number; options: unknown },
  wanted: number,
) {
  const stored = (job.options as { chunkRows?: unknown } | null)?.chunkRows;
  if (job.checkpoint_row > 0)
    return Number.isSafeInteger(stored) && Number(stored) >= 1 ? Number(stored) : FILE_ORDER;
  if (!Number.isSafeInteger(wanted) || wanted < FILE_ORDER) throw new RangeError(`chunkRows: ${wanted}`);
  await db
    .updateTable('import_jobs')
    .set({ options: sql`coalesce(options, '{}'::jsonb) || ${JSON.stringify({ chunkRows: wanted })}::jsonb` })
    .where('id', '=', job.id)
    .execute();
  return wanted;
}

async function openJob(db: Db, options: WorkerImportOptions, sha: string, fileName: string) {
  if (options.jobId) {
    await db
      .updateTable('import_jobs')
      .set({ source: options.source, file_sha256: sha })
      .where('id', '=', options.jobId)
      .execute();
    return db.selectFrom('import_jobs').selectAll().where('id', '=', options.jobId).executeTakeFirstOrThrow();
  }
  const unfinished = await db
    .selectFrom('import_jobs')
    .selectAll()
    .where('kind', '=', 'workers')
    .where('source', '=', options.source)
    .where('file_sha256', '=', sha)
    .where('status', '!=', 'succeeded')
    .where('checkpoint_row', '>', 0)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (unfinished) {
    await db
      .updateTable('import_jobs')
      .set({ status: 'running', error: null, error_code: null, error_params: null, finished_at: null })
      .where('id', '=', unfinished.id)
      .execute();
    return unfinished;
  }
  return db
    .insertInto('import_jobs')
    .values({
      kind: 'workers',
      status: 'running',
      file_name: fileName,
      source: options.source,
      file_sha256: sha,
      options: JSON.stringify({
        mapping: options.mapping ?? null,
        defaultCentreId: options.defaultCentreId ?? null,
      }),
      created_by: options.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
