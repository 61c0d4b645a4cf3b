import { describe, expect, it } from 'vitest';
import { TEMPLATE_COLUMNS } from '../../../shared/contracts/imports';
import {
  COLUMN_GROUPS,
  initialMapping,
  isValidSource,
  mappingProblems,
  unusedHeaders,
  usableHeaders,
} from './columns';

describe('import column mapping', () => {
  it('shows every template column exactly once', () => {
    expect(Object.values(COLUMN_GROUPS).flat().sort()).toEqual([...TEMPLATE_COLUMNS].sort());
  });

  it('leaves out headings the server cannot match and keeps only suggestions the file has', () => {
    const { usable, unnamed } = usableHeaders(['id', '', 'name', 'name', '']);
    expect(usable).toEqual(['id', 'name']);
    expect(unnamed).toBe(2);
    expect(initialMapping({ source_id: 'id', phone: 'mobile' }, usable)).toEqual({ source_id: 'id' });
  });

  it('requires the row ID and refuses a file column chosen for two template columns', () => {
    expect(mappingProblems({ full_name: 'name' })).toEqual({ source_id: { kind: 'required' } });
    expect(mappingProblems({ source_id: 'id', full_name: 'name', given_name_latin: 'name' })).toEqual({
      given_name_latin: { kind: 'usedTwice', other: 'full_name' },
    });
    expect(unusedHeaders(['id', 'name', 'notes'], { source_id: 'id', full_name: 'name' })).toEqual(['notes']);
  });

  it('accepts source names like the server does', () => {
    expect(isValidSource('hotline_1297')).toBe(true);
    expect(isValidSource('jobfair-2026-03-pursat')).toBe(true);
    expect(isValidSource('Hotline 1297')).toBe(false);
    expect(isValidSource('x')).toBe(false);
  });
});
