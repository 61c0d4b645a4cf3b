import { z } from 'zod';

/**
 * Why an import refused a row or stopped: a stable code and its values, so that the web app can say it in
 * Khmer (keys `importProblems.<CODE>`), with the English text kept beside it for the CSV and the command line.
 * The English templates use the same `{{name}}` placeholders as the translations.
 */
export const IMPORT_PROBLEMS = {
  // A row of a registry list
  REJECT_NO_SOURCE_ID: 'source_id is empty',
  REJECT_SOURCE_ID_TOO_LONG: 'source_id is longer than {{max}} characters',
  REJECT_BAD_PHONE: 'phone "{{value}}" is not a phone number',
  REJECT_NO_NAME: 'no name in any name column',
  REJECT_BAD_SEX: 'sex "{{value}}" is not M, F, male, female, ប្រុស or ស្រី',
  REJECT_BAD_DATE: '{{column}} "{{value}}" is not a date (YYYY-MM-DD or DD/MM/YYYY)',
  REJECT_BAD_AGE: 'age "{{value}}" is not a whole number from 10 to 100',
  REJECT_BAD_NUMBER: '{{column}} "{{value}}" is not a number',
  REJECT_BAD_YES_NO: '{{column}} "{{value}}" is not yes or no',
  REJECT_NO_CENTRE: 'no centre serves province {{province}}: choose a default centre',
  REJECT_NO_PLACE_NO_CENTRE: 'the row has no province and no default centre was chosen',
  // A row of a registry list or of an official list
  REJECT_BAD_PLACE_CODE: '{{column}} "{{value}}" is not an NCDD code',
  REJECT_BAD_ISCO: '{{column}} "{{value}}" is not an ISCO-08 code',
  // A row of the gazetteer or of the ISCO-08 structure
  REJECT_MISSING_CODE: 'missing code',
  REJECT_UNKNOWN_LEVEL: 'level "{{value}}" is unknown',
  REJECT_TYPE_LEVEL_MISMATCH: 'type {{type}} is a {{typeLevel}}, but the row is a {{level}}',
  REJECT_CODE_LEVEL_MISMATCH: 'code {{code}} does not fit a {{level}} ({{digits}} digits)',
  REJECT_CODE_NO_PROVINCE: 'code {{code}} has no province',
  REJECT_PARENT_MISMATCH: 'parent code {{parent}} does not match code {{code}}',
  REJECT_MISSING_KHMER_NAME: 'missing Khmer name',
  REJECT_MISSING_NAME: 'missing name',
  REJECT_NAME_TOO_LONG: 'name longer than {{max}} characters',
  REJECT_DUPLICATE_CODE: 'code {{code}} is listed twice (first at row {{firstRow}})',
  REJECT_PARENT_NOT_IN_GAZETTEER: 'its parent {{parent}} is not in the gazetteer',
  REJECT_LEVEL_DIGITS_MISMATCH: 'level {{value}} does not match the {{digits}}-digit code {{code}}',
  REJECT_PARENT_NOT_IN_FILE: 'its parent group {{parent}} is not in the file',
  REJECT_MISSING_TITLE: 'missing title',
  REJECT_TITLE_TOO_LONG: 'title longer than {{max}} characters',
  // A whole import
  JOB_UNEXPECTED:
    'The import stopped because of an unexpected error (logged on the server with the job id); try again',
  JOB_INTERRUPTED: 'The server stopped before this import finished; upload the file again',
  JOB_FILE_EMPTY: 'The file is empty',
  JOB_OLD_XLS: 'Old Excel .xls files are not supported: save the sheet as .xlsx or .csv',
  JOB_NOT_XLSX: 'The file is named .xlsx but is not an Excel workbook',
  JOB_UNSUPPORTED_FORMAT: 'Only .xlsx workbooks and UTF-8 .csv files can be imported',
  JOB_CSV_QUOTE_NOT_CLOSED: 'The CSV file cannot be read: a quote is not closed near line {{line}}',
  JOB_CSV_BAD_CLOSING_QUOTE:
    'The CSV file cannot be read: a quote is closed in the middle of a field near line {{line}}',
  JOB_CSV_MALFORMED: 'The CSV file cannot be read: malformed CSV',
  JOB_CSV_NO_HEADER: 'The CSV file has no header row',
  JOB_XLSX_UNREADABLE: 'The file cannot be read as an Excel workbook (.xlsx)',
  JOB_NO_HEADER_SHEET: 'No sheet of the workbook has the expected header row',
  JOB_NO_COLUMN_NAMES: 'The first row must name the columns',
  JOB_MISSING_ID_COLUMN: 'The file has no {{column}} column (found: {{found}})',
  JOB_NOT_GAZETTEER: 'This is not a gazetteer file: the header has no column {{missing}} (found: {{found}})',
  JOB_NOT_ISCO:
    'This is not an ISCO-08 structure file: the header has no column {{missing}} (found: {{found}})',
  JOB_DEFAULT_CENTRE_MISSING: 'The default centre does not exist',
  JOB_NO_ROWS: 'The file has a header but no rows',
  JOB_ALL_REJECTED:
    'No row could be imported: all {{rows}} rows were rejected (download the rejects to see why)',
  JOB_NO_VALID_ROW: 'No valid row: all {{rows}} rows were rejected',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;
export const IMPORT_PROBLEM_CODES = Object.keys(IMPORT_PROBLEMS) as ImportProblemCode[];

export type ProblemParams = Record<string, string | number>;
export interface ImportProblem {
  code: ImportProblemCode;
  params?: ProblemParams;
}

export const problem = (code: ImportProblemCode, params?: ProblemParams): ImportProblem =>
  params ? { code, params } : { code };

/** The English sentence of a problem, as kept in the `reason`/`error` columns and shown by the CLI. */
export function problemText(p: ImportProblem): string {
  return IMPORT_PROBLEMS[p.code].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(p.params?.[name] ?? ''),
  );
}

/**
 * Codes are plain strings in responses: a row stored by an older or newer version may carry a code this one does
 * not know, and the web app then shows the English text.
 */
export const ZProblemCode = z.string().max(60);
/** A problem's values (a rejected phone, a column name): personal data, returned only with the job. */
export const ZProblemParams = z.record(z.string(), z.union([z.string(), z.number()]));
