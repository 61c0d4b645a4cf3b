import {
  type TColumnMapping,
  TEMPLATE_COLUMNS,
  type TemplateColumn,
  ZSourceName,
} from '../../../shared/contracts/imports';

/** The template's columns in the groups the mapping screen shows them in, so 26 choices read as four short lists. */
export const COLUMN_GROUPS = {
  person: [
    'source_id',
    'full_name',
    'family_name_km',
    'given_name_km',
    'family_name_latin',
    'given_name_latin',
    'sex',
    'date_of_birth',
    'age',
    'phone',
    'national_id',
  ],
  address: ['province_code', 'district_code', 'commune_code', 'village_code'],
  migration: [
    'registered_on',
    'return_date',
    'last_country',
    'last_sector',
    'last_occupation_isco',
    'years_abroad',
    'skills',
  ],
  preferences: ['preferred_sector', 'preferred_province_code', 'willing_to_relocate', 'expected_wage_usd'],
} as const satisfies Record<string, readonly TemplateColumn[]>;

export type ColumnGroup = keyof typeof COLUMN_GROUPS;

export type Mapping = Partial<Record<TemplateColumn, string>>;

/**
 * The server matches headers after normalising them to Latin letters, digits and underscores, so a heading
 * written only in Khmer arrives empty and cannot be chosen; a repeated heading can only feed one column.
 */
export function usableHeaders(headers: readonly string[]): { usable: string[]; unnamed: number } {
  const usable = [...new Set(headers.filter((h) => h !== ''))];
  return { usable, unnamed: headers.filter((h) => h === '').length };
}

/** The suggestion, minus anything that names a column the file does not have. */
export function initialMapping(suggested: TColumnMapping, usable: readonly string[]): Mapping {
  const out: Mapping = {};
  for (const col of TEMPLATE_COLUMNS) {
    const header = suggested[col];
    if (header && usable.includes(header)) out[col] = header;
  }
  return out;
}

export type MappingProblem = { kind: 'required' } | { kind: 'usedTwice'; other: TemplateColumn };

/**
 * What stops the mapping from being sent: the row ID must come from some column, and the server reads each file
 * column into one template column only, so a column chosen twice would silently feed just one of them.
 */
export function mappingProblems(mapping: Mapping): Partial<Record<TemplateColumn, MappingProblem>> {
  const problems: Partial<Record<TemplateColumn, MappingProblem>> = {};
  if (!mapping.source_id) problems.source_id = { kind: 'required' };
  const firstUse = new Map<string, TemplateColumn>();
  for (const col of TEMPLATE_COLUMNS) {
    const header = mapping[col];
    if (!header) continue;
    const other = firstUse.get(header);
    if (other) problems[col] = { kind: 'usedTwice', other };
    else firstUse.set(header, col);
  }
  return problems;
}

/** File columns nobody chose: shown so the user sees what will be left out of the registry. */
export const unusedHeaders = (usable: readonly string[], mapping: Mapping): string[] => {
  const used = new Set(Object.values(mapping));
  return usable.filter((h) => !used.has(h));
};

export const isValidSource = (source: string): boolean => ZSourceName.safeParse(source).success;
