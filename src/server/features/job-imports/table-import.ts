import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Conn, Db } from '../../db/database';
import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { readableError } from '../reference/import-progress';
import { normalizeHeader, readTable } from '../reference/table-file';
import { CellError } from './cells';

export type Raw<C extends string> = Partial<Record<C, string>>;

export interface Reject {
  rowNumber: number;
  sourceId: string | null;
  reason: string;
  raw: Record<string, string | undefined>;
}

export interface Parsed<V> {
  rowNumber: number;
  sourceId: string;
  value: V;
  raw: Record<string, string | undefined>;
}

export interface TableImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  seconds: number;
}

export interface TableImportOptions<C extends string, V> {
  kind: 'employers' | 'vacancies';
  columns: readonly C[];
  source: string;
  actor: AuditActor;
  fileName?: string;
  batchSize?: number;
  /** Reads one row; throws CellError for an unreadable value. */
  parse(raw: Raw<C>): V;
  /** Writes a batch in the caller's transaction; rows it cannot place (e.g. unknown employer) come back rejected. */
  write(
    trx: Conn,
    rows: Parsed<V>[],
  ): Promise<{ created: number; updated: number; unchanged: number; rejects: Reject[] }>;
  onProgress?(processedRows: number, totalRows: number | null): void;
}

async function countLines(file: string): Promise<number | null> {
  if (!/\.csv$/i.test(file)) return null;
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk as Buffer) if (b === 10) n++;
  return Math.max(0, n - 1);
}

/**
 * Streams a CSV or XLSX file in the template into upserts keyed by (source, source_id), one transaction
 * per batch with its rejects, so a re-import updates the same rows and never doubles them. Rejected rows keep
 * their reason in import_rejects, under the job.
 */
export async function runTableImport<C extends string, V>(
  db: Db,
  filePath: string,
  options: TableImportOptions<C, V>,
): Promise<TableImportSummary & { jobId: string }> {
  const started = performance.now();
  const totalRows = await countLines(filePath);
  const job = await db
    .insertInto('import_jobs')
    .values({
      kind: options.kind,
      status: 'running',
      file_name: options.fileName ?? path.basename(filePath),
      source: options.source,
      total_rows: totalRows,
      created_by: options.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const known = new Set<string>(options.columns.map(normalizeHeader));
  const seen = new Map<string, number>();
  let index = 0;
  let batch: Parsed<V>[] = [];
  let rejects: Reject[] = [];
  const flush = async () => {
    const rows = batch;
    const early = rejects;
    batch = [];
    rejects = [];
    await db.transaction().execute(async (trx) => {
      const written = rows.length
        ? await options.write(trx, rows)
        : { created: 0, updated: 0, unchanged: 0, rejects: [] };
      const all = [...early, ...written.rejects];
      if (all.length) {
        await trx
          .insertInto('import_rejects')
          .values(
            all.map((r) => ({
              job_id: job.id,
              row_number: r.rowNumber,
              source_id: r.sourceId,
              reason: r.reason,
              raw: JSON.stringify(r.raw),
            })),
          )
          .execute();
      }
      counts.created += written.created;
      counts.updated += written.updated;
      counts.unchanged += written.unchanged;
      counts.rejected += all.length;
      await trx
        .updateTable('import_jobs')
        .set({
          processed_rows: index,
          inserted: counts.created,
          updated: counts.updated,
          rejected: counts.rejected,
        })
        .where('id', '=', job.id)
        .execute();
    });
    options.onProgress?.(index, totalRows);
  };
  try {
    for await (const tableRow of readTable(filePath, {
      isHeader: (names) => names.includes('source_id'),
      describeMissing: (names) => `The file has no source_id column (found: ${names.slice(0, 8).join(', ')})`,
    })) {
      index++;
      const raw: Raw<C> = {};
      for (const [header, value] of Object.entries(tableRow.values)) {
        if (known.has(header)) raw[header as C] = value;
      }
      const sourceId = raw['source_id' as C]?.trim() || null;
      const reject = (reason: string) => rejects.push({ rowNumber: index, sourceId, reason, raw });
      if (!sourceId) reject('source_id is empty');
      else if (sourceId.length > 100) reject('source_id is longer than 100 characters');
      else if (seen.has(sourceId))
        reject(`source_id ${sourceId} appears again (first on row ${seen.get(sourceId)})`);
      else {
        seen.set(sourceId, index);
        try {
          batch.push({ rowNumber: index, sourceId, value: options.parse(raw), raw });
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          reject(error.message);
        }
      }
      if (batch.length + rejects.length >= (options.batchSize ?? 500)) await flush();
    }
    if (batch.length || rejects.length) await flush();
    if (index === 0) throw new AppError('VALIDATION_FAILED', 'The file has a header but no rows');
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const summary = { rows: index, ...counts, seconds };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('import_jobs')
        .set({ status: 'succeeded', total_rows: index, processed_rows: index, finished_at: new Date() })
        .where('id', '=', job.id)
        .execute();
      await recordAudit(trx, options.actor, {
        action: 'import',
        entity: options.kind,
        entityId: job.id,
        after: { source: options.source, fileName: options.fileName ?? path.basename(filePath), ...summary },
      });
    });
    return { ...summary, jobId: job.id };
  } catch (error) {
    await db
      .updateTable('import_jobs')
      .set({ status: 'failed', error: readableError(error), finished_at: new Date() })
      .where('id', '=', job.id)
      .execute();
    throw error;
  }
}
