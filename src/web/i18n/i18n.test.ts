import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_VALUES } from '../../shared/contracts/audit';
import { IMPORT_PROBLEM_CODES, IMPORT_PROBLEMS } from '../../shared/contracts/import-problems';
import { IMPORT_KINDS } from '../../shared/contracts/reference';
import {
  CONSENT_KINDS,
  EDUCATION_LEVELS,
  REGISTRATION_CHANNELS,
  SEXES,
  SKILL_KINDS,
  THAI_DOCUMENT_KINDS,
  WG_ANSWERS,
  WG_DOMAINS,
  WORKER_STATUSES,
} from '../../shared/contracts/workers';
import { ERROR_STATUS } from '../../shared/errors';
import { ROLES } from '../../shared/roles';
import { MODULE_ROLES } from '../auth/access';
import { PAIR_STATUSES } from '../features/dedup/pair-statuses';
import { STEP_KEYS } from '../features/workers/intake/steps';
import {
  COUNTRIES,
  CROSSING_POINTS,
  RECRUITMENT_CHANNELS,
  RETURN_REASONS,
  SPOKEN_LANGUAGES,
} from '../features/workers/worker-options';
import en from './en.json';
import km from './km.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const enKeys = flatten(en as Tree);
const kmKeys = flatten(km as Tree);
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const KHMER = /[\u1780-\u17FF]/;

describe('translations', () => {
  it('have the same keys in Khmer and English', () => {
    expect([...kmKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('have no empty values', () => {
    for (const [language, keys] of [
      ['km', kmKeys],
      ['en', enKeys],
    ] as const) {
      const empty = [...keys].filter(([, v]) => v.trim() === '').map(([k]) => `${language}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...enKeys].filter(
      ([k, v]) => placeholders(v).join() !== placeholders(kmKeys.get(k) ?? '').join(),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('are written in Khmer script in km.json, apart from names that stay in English', () => {
    // Language names and the product's Khmer name are the same in both files on purpose.
    const sameOnPurpose = new Set([
      'language.km',
      'language.en',
      'app.nameKm',
      'reference.occupations.sources.isco',
    ]);
    const notKhmer = [...kmKeys].filter(([k, v]) => !sameOnPurpose.has(k) && !KHMER.test(v)).map(([k]) => k);
    expect(notKhmer).toEqual([]);
  });

  it('cover every key the web source uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(webDir)) {
      const text = readFileSync(file, 'utf8');
      // t('a.b'), t("a.b") and keys kept in data, such as labelKey: 'nav.home'.
      for (const m of text.matchAll(/\bt\(\s*['"]([\w.]+)['"]/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\w+Key:\s*['"]([\w.]+)['"]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !enKeys.has(k) || !kmKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('cover the keys the source builds from values (roles, error codes, actions, modules)', () => {
    const built = [
      ...ROLES.map((r) => `roles.${r}`),
      ...Object.keys(ERROR_STATUS).map((c) => `errors.${c}`),
      'errors.NETWORK',
      ...AUDIT_ACTION_VALUES.map((a) => `audit.actions.${a}`),
      ...Object.keys(MODULE_ROLES)
        .filter((m) => m !== 'home')
        .map((m) => `home.linkHelp.${m}`),
      ...IMPORT_KINDS.map((k) => `reference.import.kinds.${k}`),
      ...IMPORT_PROBLEM_CODES.map((c) => `importProblems.${c}`),
      ...['queued', 'running', 'succeeded', 'failed'].map((s) => `reference.import.status.${s}`),
      ...['1', '2', '3', '4'].map((l) => `reference.levels.${l}`),
      ...['curated', 'isco'].map((s) => `reference.occupations.sources.${s}`),
      ...['km', 'en'].map((l) => `language.${l}`),
    ];
    expect(built.filter((k) => !enKeys.has(k) || !kmKeys.has(k))).toEqual([]);
  });

  it('say import problems in English as the server writes them, so the fallback and the translation agree', () => {
    const differing = IMPORT_PROBLEM_CODES.filter(
      (c) => enKeys.get(`importProblems.${c}`) !== IMPORT_PROBLEMS[c],
    );
    expect(differing).toEqual([]);
  });

  it('cover every coded value of the returnee registry', () => {
    const under = (prefix: string, values: readonly string[], suffix = '') =>
      values.map((v) => `${prefix}.${v}${suffix}`);
    const built = [
      ...under('workers.sex', SEXES),
      ...under('workers.status', WORKER_STATUSES),
      ...under('workers.channels', REGISTRATION_CHANNELS),
      ...under('workers.consents', CONSENT_KINDS, '.label'),
      ...under('workers.consents', CONSENT_KINDS, '.help'),
      ...under('workers.education', EDUCATION_LEVELS),
      ...under('workers.wg.questions', WG_DOMAINS),
      ...under('workers.wg.domains', WG_DOMAINS),
      ...under('workers.wg.answers', WG_ANSWERS),
      ...under('workers.thaiDocuments', THAI_DOCUMENT_KINDS),
      ...under('workers.skillKinds', SKILL_KINDS),
      ...under('workers.spokenLanguages', SPOKEN_LANGUAGES),
      ...under('workers.countries', COUNTRIES),
      ...under('workers.recruitment', RECRUITMENT_CHANNELS),
      ...under('workers.returnReasons', RETURN_REASONS),
      ...under('workers.crossings', CROSSING_POINTS),
      ...under('workers.pagination', ['first', 'previous', 'next', 'last']),
      ...under('intake.steps', STEP_KEYS, '.label'),
      ...under('intake.steps', STEP_KEYS, '.help'),
      ...under('intake.steps', STEP_KEYS, '.short'),
      ...under('dedup.statuses', PAIR_STATUSES),
      ...under('dedup.statusHelp', PAIR_STATUSES),
      ...under('dedup.empty', PAIR_STATUSES),
      ...under('dedup.decisions', ['link', 'review', 'distinct']),
      ...under('dedup.outcomes', ['agree', 'partial', 'disagree', 'missing']),
      ...under('dedup.fields', [
        ...['familyName', 'givenName', 'nameOrder', 'sex', 'birth', 'phone', 'place'],
        ...['nationalId', 'passport', 'otherIds', 'returnDate', 'lastSector', 'wantedSector', 'expectedWage'],
      ]),
      ...under('timeline', ['consentGiven', 'consentWithdrawn', 'absorbed', 'absorbedUndone']),
      ...under('consents', ['recorded', 'withdrawn', 'recordBody', 'withdrawBody']),
    ];
    const missing = built.filter((k) => !enKeys.has(k) || !kmKeys.has(k));
    expect(missing).toEqual([]);
  });
});
