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

export function describeMissingIscoColumns(names: string[]): string {
  const missing = [['code'], TITLE]
    .filter((g) => !g.some((n) => names.includes(n)))
    .map((g) => g.join(' or '));
  return `This is not an ISCO-08 structure file: the header has no column ${missing.join(', ')} (found: ${names.filter(Boolean).join(', ') || 'nothing'})`;
}

export type ParsedIscoRow = { ok: true; group: IscoGroupInput } | { ok: false; reason: string };

/** ISCO-08 codes have one digit per level (major 1, sub-major 2, minor 3, unit group 4); 0 is the armed forces. */
export function parseIscoRow(values: Record<string, string>): ParsedIscoRow {
  const code = (values.code ?? '').replace(/\s+/g, '');
  if (!code) return { ok: false, reason: 'missing code' };
  if (!/^\d{1,4}$/.test(code))
    return { ok: false, reason: `code "${code.slice(0, 20)}" is not an ISCO-08 code` };
  const level = code.length;
  const declared = values.level ?? '';
  if (declared && declared !== String(level)) {
    return {
      ok: false,
      reason: `level ${declared.slice(0, 10)} does not match the ${level}-digit code ${code}`,
    };
  }
  const parentCode = level > 1 ? code.slice(0, -1) : null;
  const declaredParent = (values.parent_code ?? '').replace(/\s+/g, '');
  if (declaredParent && declaredParent !== parentCode) {
    return { ok: false, reason: `parent code ${declaredParent.slice(0, 10)} does not match code ${code}` };
  }
  const title = TITLE.map((n) => values[n] ?? '')
    .find((v) => v !== '')
    ?.replace(/\s+/g, ' ');
  if (!title) return { ok: false, reason: 'missing title' };
  if (title.length > 300) return { ok: false, reason: 'title longer than 300 characters' };
  return { ok: true, group: { code, level, parent_code: parentCode, title_en: title } };
}
