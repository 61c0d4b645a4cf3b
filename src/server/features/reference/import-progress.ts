import { type ImportProblem, problemText } from '../../../shared/contracts/import-problems';
import {
  MAX_LISTED_REJECTS,
  type TImportReject,
  type TImportSummary,
} from '../../../shared/contracts/reference';
import type { Db } from '../../db/database';
import type { AuditActor } from '../audit/audit.repository';
import { failureColumns, type ImportFailure, importFailure } from './import-failure';
import { updateImportJob } from './import-jobs.repository';

/** What an import reports while it runs; the CLI draws its progress bar from this. */
export interface ImportProgress {
  /** `reading` checks every row of the file; `writing` stores them, parents before children. */
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  /** Known once the whole file has been read. */
  totalRows: number | null;
  /** Rows whose outcome is settled: stored, unchanged or rejected. Reaches totalRows at the end. */
  processedRows: number;
  inserted: number;
  updated: number;
  retired: number;
  rejected: number;
}

export interface ImportOptions {
  /** Who asked, for the audit trail. */
  actor: AuditActor;
  /** An import_jobs row to keep up to date (status, counters, error). */
  jobId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** The name the user knows the file by, for the audit entry; defaults to the path's base name. */
  fileName?: string;
}

/** Counter updates are written every this many rows: often enough to poll, rarely enough to stay cheap. */
export const PROGRESS_EVERY = 500;

/** Keeps the counters of one import, reports them (throttled) and settles the job row. */
export class ImportTracker {
  readonly progress: ImportProgress = {
    phase: 'reading',
    rowsRead: 0,
    totalRows: null,
    processedRows: 0,
    inserted: 0,
    updated: 0,
    retired: 0,
    rejected: 0,
  };
  readonly rejects: TImportReject[] = [];
  private readonly started = performance.now();
  private lastReported = 0;

  constructor(
    private readonly db: Db,
    private readonly options: ImportOptions,
  ) {}

  async start(): Promise<void> {
    if (this.options.jobId) await updateImportJob(this.db, this.options.jobId, { status: 'running' });
    this.options.onProgress?.({ ...this.progress });
  }

  reject(row: number, sheet: string | undefined, problem: ImportProblem): void {
    this.progress.rejected += 1;
    this.progress.processedRows += 1;
    if (this.rejects.length >= MAX_LISTED_REJECTS) return;
    this.rejects.push({
      row,
      ...(sheet ? { sheet } : {}),
      reason: problemText(problem),
      code: problem.code,
      ...(problem.params ? { params: problem.params } : {}),
    });
  }

  /** Call once per row read; reports every PROGRESS_EVERY rows. */
  async rowRead(): Promise<void> {
    this.progress.rowsRead += 1;
    if (this.progress.rowsRead % PROGRESS_EVERY === 0) await this.report();
  }

  async beginWriting(): Promise<void> {
    this.progress.phase = 'writing';
    this.progress.totalRows = this.progress.rowsRead;
    await this.report();
  }

  async settled(counts: {
    unchanged?: number;
    inserted?: number;
    updated?: number;
    retired?: number;
  }): Promise<void> {
    const p = this.progress;
    p.inserted += counts.inserted ?? 0;
    p.updated += counts.updated ?? 0;
    p.retired += counts.retired ?? 0;
    p.processedRows += (counts.unchanged ?? 0) + (counts.inserted ?? 0) + (counts.updated ?? 0);
    if (p.processedRows - this.lastReported >= PROGRESS_EVERY) await this.report();
  }

  private async report(): Promise<void> {
    const p = this.progress;
    this.lastReported = p.processedRows;
    if (this.options.jobId) {
      await updateImportJob(this.db, this.options.jobId, {
        total_rows: p.totalRows,
        processed_rows: p.processedRows,
        inserted: p.inserted,
        updated: p.updated,
        rejected: p.rejected,
      });
    }
    this.options.onProgress?.({ ...p });
  }

  summary(): TImportSummary {
    const p = this.progress;
    return {
      rows: p.rowsRead,
      inserted: p.inserted,
      updated: p.updated,
      retired: p.retired,
      rejected: p.rejected,
      rejects: [...this.rejects],
      seconds: Math.round((performance.now() - this.started) / 10) / 100,
    };
  }

  /** A file in which no row survived checking fails as a whole, quoting the first reasons. */
  noValidRow(what: string): ImportFailure {
    if (this.progress.rowsRead === 0) {
      return importFailure(
        'VALIDATION_FAILED',
        'JOB_NO_ROWS',
        undefined,
        `No valid ${what} row: the file has no data rows`,
      );
    }
    const first = this.rejects
      .slice(0, 3)
      .map((r) => `${r.sheet ? `${r.sheet} ` : ''}row ${r.row}: ${r.reason}`)
      .join('; ');
    const rows = this.progress.rejected;
    return importFailure(
      'VALIDATION_FAILED',
      'JOB_NO_VALID_ROW',
      { rows },
      `No valid ${what} row: all ${rows} rows were rejected (${first})`,
    );
  }

  async succeed(): Promise<void> {
    this.progress.phase = 'done';
    if (this.options.jobId) {
      await updateImportJob(this.db, this.options.jobId, {
        status: 'succeeded',
        total_rows: this.progress.rowsRead,
        processed_rows: this.progress.processedRows,
        inserted: this.progress.inserted,
        updated: this.progress.updated,
        rejected: this.progress.rejected,
        finished_at: new Date(),
      });
    }
    this.options.onProgress?.({ ...this.progress });
  }

  async fail(error: unknown): Promise<void> {
    if (!this.options.jobId) return;
    await updateImportJob(this.db, this.options.jobId, {
      status: 'failed',
      ...failureColumns(error),
      processed_rows: this.progress.processedRows,
      inserted: this.progress.inserted,
      updated: this.progress.updated,
      rejected: this.progress.rejected,
      finished_at: new Date(),
    });
  }
}
