import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AMOUNT_KINDS,
  CLAIM_TYPES,
  LEGAL_ACTION_KINDS,
  LEGAL_OUTCOMES,
  LEGAL_STATUSES,
  RESPONDENT_KINDS,
} from '../../../shared/contracts/legal';
import { RESPONDENT_COUNTRIES } from './legal-options';

const load = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../i18n/${lang}.json`), 'utf8')).legal;

describe('legal translations', () => {
  it('name every coded value of a legal case in Khmer and English', () => {
    const groups: [string, readonly string[]][] = [
      ['claimTypes', CLAIM_TYPES],
      ['respondentKinds', RESPONDENT_KINDS],
      ['amountKinds', AMOUNT_KINDS],
      ['actionKinds', LEGAL_ACTION_KINDS],
      ['statuses', LEGAL_STATUSES],
      ['outcomes', LEGAL_OUTCOMES],
      ['countries', RESPONDENT_COUNTRIES],
    ];
    for (const lang of ['km', 'en']) {
      const legal = load(lang);
      const missing = groups.flatMap(([g, values]) =>
        values.filter((v) => !legal[g]?.[v]).map((v) => `${g}.${v}`),
      );
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});
