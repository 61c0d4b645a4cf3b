import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import type { ImportProblem } from '../../../shared/contracts/import-problems';
import { AppError } from '../../errors';
import { ImportFailure, importFailure } from './import-failure';
import { Utf8WorkbookReader } from './xlsx-utf8-reader';

/** One data row of an uploaded table, keyed by normalised header names. */
export interface TableRow {
  /** Line in a CSV file (header = 1) or row number in an XLSX sheet. */
  row: number;
  sheet?: string;
  values: Record<string, string>;
}

export type TableFormat = 'csv' | 'xlsx';

/** "Name (Khmer)" → "name_khmer": CSV and XLSX headers are matched in one spelling. */
export function normalizeHeader(header: string): string {
  return (
    header
      .replace(/^\uFEFF/, '')
      .normalize('NFC')
      .replace(/[\u200B-\u200D\u2060]/g, '')
      .trim()
      .toLowerCase()
      // Khmer letters stay: partner lists often head their columns in Khmer only.
      .replace(/[^a-z0-9\u1780-\u17ff]+/g, '_')
      .replace(/^_+|_+$/g, '')
  );
}

/**
 * Decides by content, not by the name: uploads are stored under random names, and a renamed file must still be
 * read (or refused) for what it is.
 */
export async function detectTableFormat(filePath: string): Promise<TableFormat> {
  const handle = await open(filePath, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const ext = path.extname(filePath).toLowerCase();
  if (head.length === 0) throw importFailure('UNSUPPORTED_FILE', 'JOB_FILE_EMPTY');
  // XLSX is a ZIP container; the old binary .xls (an OLE2 file) is not supported by the streaming reader.
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw importFailure('UNSUPPORTED_FILE', 'JOB_OLD_XLS');
  }
  if (ext === '.xlsx') throw importFailure('UNSUPPORTED_FILE', 'JOB_NOT_XLSX');
  if (looksLikeText(head)) return 'csv';
  throw importFailure('UNSUPPORTED_FILE', 'JOB_UNSUPPORTED_FORMAT');
}

function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  // Streaming mode: a multi-byte character cut at the end of the sample is not an error.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export interface ReadTableOptions {
  /** True for the header row (its normalised names); XLSX sheets may have title rows above it. */
  isHeader(names: string[]): boolean;
  /** Explains a CSV whose first line is not a header, e.g. which columns are missing. */
  describeMissing(names: string[]): ImportProblem;
}

/** Streams the rows of a CSV file or of every sheet of an XLSX workbook, never holding the file in memory. */
export async function* readTable(filePath: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const format = await detectTableFormat(filePath);
  if (format === 'csv') yield* readCsv(filePath, options);
  else yield* readXlsx(filePath, options);
}

async function* readCsv(filePath: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const parser = createReadStream(filePath).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = record.map(normalizeHeader);
        if (!options.isHeader(header))
          throw new ImportFailure('VALIDATION_FAILED', options.describeMissing(header));
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name) values[name] = (record[i] ?? '').trim();
      });
      yield { row: info.lines, values };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new ImportFailure('VALIDATION_FAILED', csvProblem(error));
  }
  if (!header) throw importFailure('VALIDATION_FAILED', 'JOB_CSV_NO_HEADER');
}

/** csv-parse messages name the line and the problem; the row's content is not quoted back. */
function csvProblem(error: unknown): ImportProblem {
  const e = error as { code?: string; lines?: number };
  if (e.lines && e.code === 'CSV_QUOTE_NOT_CLOSED')
    return { code: 'JOB_CSV_QUOTE_NOT_CLOSED', params: { line: e.lines } };
  if (e.lines && e.code === 'CSV_INVALID_CLOSING_QUOTE')
    return { code: 'JOB_CSV_BAD_CLOSING_QUOTE', params: { line: e.lines } };
  return { code: 'JOB_CSV_MALFORMED' };
}

const HEADER_SEARCH_ROWS = 20;

async function* readXlsx(filePath: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const workbook = new Utf8WorkbookReader(filePath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let headerFound = false;
  try {
    for await (const sheet of workbook) {
      const sheetName = (sheet as unknown as { name?: string }).name ?? '';
      let header: string[] | null = null;
      // Rows are read to the end even in a sheet without a header: leaving a sheet early stalls the zip stream.
      for await (const row of sheet) {
        if (!header && row.number > HEADER_SEARCH_ROWS) continue;
        const cells = (row.values as unknown[]).slice(1).map(cellText);
        if (!header) {
          const names = cells.map(normalizeHeader);
          if (options.isHeader(names)) {
            header = names;
            headerFound = true;
          }
          continue;
        }
        if (cells.every((c) => c === '')) continue;
        const values: Record<string, string> = {};
        header.forEach((name, i) => {
          if (name) values[name] = cells[i] ?? '';
        });
        yield { row: row.number, sheet: sheetName, values };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importFailure('UNSUPPORTED_FILE', 'JOB_XLSX_UNREADABLE');
  }
  if (!headerFound) throw importFailure('VALIDATION_FAILED', 'JOB_NO_HEADER_SHEET');
}

/** Cell values come as strings, numbers, dates, rich text, hyperlinks or formula results. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return '';
}
