import type { ImportProblem } from '../../../shared/contracts/import-problems';
import { type Rejected, rejected } from './import-failure';

/** An ISCO-08 group read from the structure file. */
export interface IscoGroupInput {
  code: string;
  level: number;
  parent_code: string | null;
  title_en: string;
}

const TITLE = ['title_en', 'title', 'preferred_label'];

export const isIscoHeader = (names: string[]): boolean =>
  names.includes('code') && TITLE.some((n) => names.includes(n));

export function describeMissingIscoColumns(names: string[]): ImportProblem {
  const missing = [['code'], TITLE]
    .filter((g) => !g.some((n) => names.includes(n)))
    .map((g) => g.join(' / '));
  const found = names.filter(Boolean).slice(0, 12).join(', ') || '—';
  return { code: 'JOB_NOT_ISCO', params: { missing: missing.join(', '), found } };
}

export type ParsedIscoRow = { ok: true; group: IscoGroupInput } | Rejected;

/** ISCO-08 codes have one digit per level (major 1, sub-major 2, minor 3, unit group 4); 0 is the armed forces. */
export function parseIscoRow(values: Record<string, string>): ParsedIscoRow {
  const code = (values.code ?? '').replace(/\s+/g, '');
  if (!code) return rejected('REJECT_MISSING_CODE');
  if (!/^\d{1,4}$/.test(code))
    return rejected('REJECT_BAD_ISCO', { column: 'code', value: code.slice(0, 20) });
  const level = code.length;
  const declared = values.level ?? '';
  if (declared && declared !== String(level)) {
    return rejected('REJECT_LEVEL_DIGITS_MISMATCH', { value: declared.slice(0, 10), digits: level, code });
  }
  const parentCode = level > 1 ? code.slice(0, -1) : null;
  const declaredParent = (values.parent_code ?? '').replace(/\s+/g, '');
  if (declaredParent && declaredParent !== parentCode) {
    return rejected('REJECT_PARENT_MISMATCH', { parent: declaredParent.slice(0, 10), code });
  }
  const title = TITLE.map((n) => values[n] ?? '')
    .find((v) => v !== '')
    ?.replace(/\s+/g, ' ');
  if (!title) return rejected('REJECT_MISSING_TITLE');
  if (title.length > 300) return rejected('REJECT_TITLE_TOO_LONG', { max: 300 });
  return { ok: true, group: { code, level, parent_code: parentCode, title_en: title } };
}
