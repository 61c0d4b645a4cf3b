import type { TFunction } from 'i18next';
import { ApiError, asApiError, type FieldIssue } from '../api/api-error';
import { formatNumber } from '../i18n/format';

function waitText(t: TFunction, seconds: number): string {
  return seconds >= 90
    ? t('time.minutes', { n: Math.ceil(seconds / 60) })
    : t('time.seconds', { n: seconds });
}

/** The message for an error code in the user's language; the server's English message is never shown. */
export function errorText(t: TFunction, error: unknown): string {
  const e = asApiError(error);
  const base = t(`errors.${e.code}`);
  const wait = e.retryAfterSeconds;
  if ((e.code === 'ACCOUNT_LOCKED' || e.code === 'TOO_MANY_ATTEMPTS') && wait !== null) {
    return `${base} ${t('errors.retryAfter', { time: waitText(t, wait) })}`;
  }
  return base;
}

const NUMERIC = new Set(['number', 'int', 'bigint']);

/**
 * A too_small/too_big issue in words that fit what the limit counts: characters of a text, entries of a list, or
 * the number itself ("at most 1", never "at most 1 characters"). An issue that does not say is taken as a number.
 */
function limitText(t: TFunction, issue: FieldIssue): string {
  const small = issue.issue === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  if (limit === undefined) return t('issues.invalid');
  const numeric = issue.origin === undefined || NUMERIC.has(issue.origin);
  // At least one character or entry: the field was left empty.
  if (small && limit === 1 && !numeric && !issue.exact) return t('issues.required');
  const measure = numeric
    ? 'number'
    : issue.origin === 'array' || issue.origin === 'set'
      ? 'array'
      : 'string';
  const exclusive = issue.inclusive === false;
  const bound = issue.exact
    ? 'exactly'
    : small
      ? exclusive
        ? 'above'
        : 'atLeast'
      : exclusive
        ? 'below'
        : 'atMost';
  const n = formatNumber(limit, 'en');
  return t(`issues.limits.${measure}.${bound}`, {
    minimum: n,
    maximum: n,
    length: n,
    defaultValue: t('issues.invalid'),
  });
}

export function issueText(t: TFunction, issue: FieldIssue): string {
  if (issue.issue === 'too_small' || issue.issue === 'too_big') return limitText(t, issue);
  return t(`issues.${issue.issue}`, {
    minimum: issue.minimum,
    maximum: issue.maximum,
    defaultValue: t('issues.invalid'),
  });
}

/**
 * Where a form shows the server's field issues. A list names the form paths that have an input: an issue goes
 * under the input of its own path, or of the list it is an item of ("centreIds.0" under "centreIds"), never under
 * an object a deeper path belongs to. A function maps a request path to the input that shows it, for a form whose
 * inputs are named otherwise than the request; null when no input does.
 */
export type FieldPlaces = readonly string[] | ((field: string) => string | null);

/** The input among `inputs` that shows a request path: the path itself, or the list it is an item of. */
export function inputFor(inputs: readonly string[], field: string): string | null {
  const item = /^(.+)\.\d+$/.exec(field)?.[1];
  return inputs.find((input) => input === field || input === item) ?? null;
}

/**
 * Puts each server field issue under its input. Returns the issues that no input on this form shows, so the
 * caller can show them above the buttons instead of losing them.
 */
export function applyFieldIssues(
  form: { setFieldError: (path: string, error: string) => void },
  error: ApiError,
  places: FieldPlaces,
  t: TFunction,
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  for (const issue of error.fieldIssues) {
    const input = typeof places === 'function' ? places(issue.field) : inputFor(places, issue.field);
    if (input) form.setFieldError(input, issueText(t, issue));
    else unplaced.push(issue);
  }
  return unplaced;
}

/**
 * Puts the field issues under their inputs and returns what the alert above the buttons must still say: the error
 * carrying only the issues no input shows (ErrorAlert lists them), or null when every issue is under its input.
 */
export function alertAfterFields(
  form: { setFieldError: (path: string, error: string) => void },
  error: ApiError,
  places: FieldPlaces,
  t: TFunction,
): ApiError | null {
  if (error.fieldIssues.length === 0) return error;
  const unplaced = applyFieldIssues(form, error, places, t);
  if (unplaced.length === 0) return null;
  return new ApiError(error.status, error.code, error.message, unplaced, error.requestId);
}
