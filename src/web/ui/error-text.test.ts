import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type FieldIssue } from '../api/api-error';
import en from '../i18n/en.json';
import km from '../i18n/km.json';
import { alertAfterFields, issueText } from './error-text';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { km: { translation: km }, en: { translation: en } },
    lng: 'en',
    fallbackLng: 'km',
    interpolation: { escapeValue: false },
  });
});
const inEnglish = (issue: Omit<FieldIssue, 'field' | 'message'>) =>
  issueText(i18n.getFixedT('en'), { field: 'x', message: '', ...issue });
const inKhmer = (issue: Omit<FieldIssue, 'field' | 'message'>) =>
  issueText(i18n.getFixedT('km'), { field: 'x', message: '', ...issue });

describe('the words for a server field issue', () => {
  it('word a number limit as a number, not as a text length', () => {
    // "Positions filled" above the positions offered: the server's limit is the number of positions.
    expect(inEnglish({ issue: 'too_big', origin: 'number', maximum: 1 })).toBe('Must be at most 1.');
    expect(inEnglish({ issue: 'too_small', origin: 'number', minimum: 15, inclusive: true })).toBe(
      'Must be at least 15.',
    );
    expect(inEnglish({ issue: 'too_small', origin: 'number', minimum: 1 })).toBe('Must be at least 1.');
    expect(inEnglish({ issue: 'too_small', origin: 'number', minimum: 0, inclusive: false })).toBe(
      'Must be more than 0.',
    );
    expect(inEnglish({ issue: 'too_big', origin: 'number', maximum: 5, inclusive: false })).toBe(
      'Must be less than 5.',
    );
    expect(inEnglish({ issue: 'too_big', origin: 'number', maximum: 1e12 })).toBe(
      'Must be at most 1,000,000,000,000.',
    );
    expect(inKhmer({ issue: 'too_big', origin: 'number', maximum: 1 })).toBe(
      km.issues.limits.number.atMost.replace('{{maximum}}', '1'),
    );
    expect(inKhmer({ issue: 'too_big', origin: 'number', maximum: 1 })).not.toContain('តួអក្សរ');
  });

  it('word a text limit in characters, and a missing text as required', () => {
    expect(inEnglish({ issue: 'too_big', origin: 'string', maximum: 4000, inclusive: true })).toBe(
      'Must be at most 4,000 characters long.',
    );
    expect(inEnglish({ issue: 'too_small', origin: 'string', minimum: 10 })).toBe(
      'Must be at least 10 characters long.',
    );
    expect(inEnglish({ issue: 'too_big', origin: 'string', maximum: 2, exact: true })).toBe(
      'Must be exactly 2 characters long.',
    );
    expect(inEnglish({ issue: 'too_small', origin: 'string', minimum: 1 })).toBe(en.issues.required);
    expect(inKhmer({ issue: 'too_big', origin: 'string', maximum: 200 })).toBe('មិនត្រូវលើសពី 200 តួអក្សរទេ។');
  });

  it('word a list limit by its entries', () => {
    expect(inEnglish({ issue: 'too_big', origin: 'array', maximum: 30 })).toBe('Too many: 30 at most.');
    expect(inEnglish({ issue: 'too_small', origin: 'array', minimum: 2 })).toBe('Add at least 2.');
    expect(inEnglish({ issue: 'too_small', origin: 'array', minimum: 1 })).toBe(en.issues.required);
    expect(inKhmer({ issue: 'too_big', origin: 'array', maximum: 30 })).toBe(
      km.issues.limits.array.atMost.replace('{{maximum}}', '30'),
    );
  });

  it('take a limit that does not say what it counts as a number, and fall back to "not valid" for the rest', () => {
    expect(inEnglish({ issue: 'too_big', maximum: 3 })).toBe('Must be at most 3.');
    expect(inEnglish({ issue: 'too_big' })).toBe(en.issues.invalid);
    expect(inEnglish({ issue: 'too_big', origin: 'string', maximum: 3, inclusive: false })).toBe(
      en.issues.invalid,
    );
    expect(inEnglish({ issue: 'invalid_phone' })).toBe(en.issues.invalid_phone);
    expect(inEnglish({ issue: 'something_new' })).toBe(en.issues.invalid);
    expect(inKhmer({ issue: 'something_new' })).toBe(km.issues.invalid);
  });
});

describe('server field issues on a form', () => {
  const invalid = (...fields: string[]) =>
    new ApiError(
      400,
      'VALIDATION_FAILED',
      'Some fields are not valid',
      fields.map((field) => ({ field, issue: 'too_big', origin: 'string', maximum: 200, message: '' })),
      'req-1',
    );
  const formWithErrors = () => {
    const errors: Record<string, string> = {};
    const setFieldError = (path: string, error: string) => {
      errors[path] = error;
    };
    return { errors, setFieldError };
  };

  it('go under their inputs, a list item under its list, and leave nothing for the alert', () => {
    const form = formWithErrors();
    const left = alertAfterFields(
      form,
      invalid('name', 'centreIds.0'),
      ['name', 'centreIds'],
      i18n.getFixedT('en'),
    );
    expect(left).toBeNull();
    expect(form.errors).toEqual({
      name: 'Must be at most 200 characters long.',
      centreIds: 'Must be at most 200 characters long.',
    });
  });

  it('that no input shows stay in the error the alert lists, even when their parent object is a form field', () => {
    const form = formWithErrors();
    const left = alertAfterFields(
      form,
      invalid('notes', 'respondent.name', 'closedOn'),
      ['notes', 'respondent'],
      i18n.getFixedT('en'),
    );
    expect(Object.keys(form.errors)).toEqual(['notes']);
    expect(left?.code).toBe('VALIDATION_FAILED');
    expect(left?.requestId).toBe('req-1');
    expect(left?.fieldIssues.map((i) => i.field)).toEqual(['respondent.name', 'closedOn']);
  });

  it('go where a form maps them when its inputs are named otherwise than the request', () => {
    const form = formWithErrors();
    const place = (field: string) => (field === 'respondent.name' ? 'respondentName' : null);
    const left = alertAfterFields(form, invalid('respondent.name', 'amounts'), place, i18n.getFixedT('en'));
    expect(Object.keys(form.errors)).toEqual(['respondentName']);
    expect(left?.fieldIssues.map((i) => i.field)).toEqual(['amounts']);
  });

  it('leave an error without field issues as it is', () => {
    const conflict = new ApiError(409, 'ALREADY_EXISTS', 'Taken');
    expect(alertAfterFields(formWithErrors(), conflict, ['name'], i18n.getFixedT('en'))).toBe(conflict);
  });
});
