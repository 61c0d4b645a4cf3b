/**
 * The columns of the files the generator writes. Worker, employer and vacancy files use exactly the import
 * templates of issues 3 and 5, so they load through the product's own importers with no column mapping.
 */
import { EMPLOYER_TEMPLATE_COLUMNS } from '../../../shared/contracts/employers';
import { TEMPLATE_COLUMNS } from '../../../shared/contracts/imports';
import { VACANCY_TEMPLATE_COLUMNS } from '../../../shared/contracts/vacancies';

/** The channels a returnee's registration reaches Homeward through (domain.md: "Existing channels"). */
export const WORKER_SOURCES = ['hotline_1297', 'telegram_qr', 'job_fair', 'partner_list', 'walk_in'] as const;
export type WorkerSource = (typeof WORKER_SOURCES)[number];

/** The registry's standard import template (issue 3): the one the importer reads. */
export const WORKER_COLUMNS = TEMPLATE_COLUMNS;
export type WorkerColumn = (typeof WORKER_COLUMNS)[number];

/** `homeward employers import` template (issue 5). */
export const EMPLOYER_COLUMNS = EMPLOYER_TEMPLATE_COLUMNS;
export type EmployerColumn = (typeof EMPLOYER_COLUMNS)[number];

/** `homeward vacancies import` template (issue 5). */
export const VACANCY_COLUMNS = VACANCY_TEMPLATE_COLUMNS;
export type VacancyColumn = (typeof VACANCY_COLUMNS)[number];

/**
 * Ground truth, one line per worker row: which person it describes, how the row departs from that person's
 * true record (`variants`, `;`-separated kinds, see the README) and, for people in a look-alike group
 * (siblings, twins, namesakes), the group and its kind: two rows of one group with different person_id are a
 * pair that must be kept apart.
 */
export const TRUTH_COLUMNS = [
  'source',
  'source_id',
  'person_id',
  'variants',
  'lookalike_group',
  'lookalike_kind',
] as const;
export type TruthColumn = (typeof TRUTH_COLUMNS)[number];

/** Rows are plain string arrays in column order: about twice as fast to write as objects at a million rows. */
export type Row = string[];

export type ColumnIndex<C extends string> = { readonly [K in C]: number };

export function columnIndex<C extends string>(columns: readonly C[]): ColumnIndex<C> {
  return Object.fromEntries(columns.map((column, i) => [column, i])) as { [K in C]: number };
}

export const W = columnIndex(WORKER_COLUMNS);
export const E = columnIndex(EMPLOYER_COLUMNS);
export const V = columnIndex(VACANCY_COLUMNS);
export const T = columnIndex(TRUTH_COLUMNS);

export const emptyRow = (columns: readonly string[]): Row => new Array<string>(columns.length).fill('');

/** A row as a record keyed by column, for callers (such as `demo seed`) that feed an importer objects. */
export function rowToRecord<C extends string>(columns: readonly C[], row: Row): Record<C, string> {
  return Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ''])) as Record<C, string>;
}

export const DEMO_FILE_NAMES = {
  employers: 'employers.csv',
  vacancies: 'vacancies.csv',
  truth: 'truth.csv',
  workers: (source: WorkerSource) => `workers-${source}.csv`,
} as const;
