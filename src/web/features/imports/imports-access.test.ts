import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../server/features/imports/imports.routes';
import { TEMPLATE_COLUMNS } from '../../../shared/contracts/imports';
import { MODULE_ROLES } from '../../auth/access';
import en from '../../i18n/en.json';
import km from '../../i18n/km.json';
import { COLUMN_GROUPS } from './columns';

describe('registry import screen', () => {
  it('is offered to exactly the roles the server lets import', () => {
    expect([...MODULE_ROLES.imports].sort()).toEqual([...IMPORTERS].sort());
  });

  // The screen builds these keys from values, which the general translation test cannot see.
  it('has a label and an explanation for every template column, group and status in both languages', () => {
    for (const messages of [en.imports, km.imports]) {
      for (const col of TEMPLATE_COLUMNS) {
        expect(messages.columns[col].label, col).toBeTruthy();
        expect(messages.columns[col].help, col).toBeTruthy();
      }
      for (const group of Object.keys(COLUMN_GROUPS)) expect(messages.groups, group).toHaveProperty(group);
      for (const s of ['queued', 'running', 'succeeded', 'failed'])
        expect(messages.status, s).toHaveProperty(s);
    }
  });
});
