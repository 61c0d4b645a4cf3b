import type { TFunction } from 'i18next';
import { type ApiError, asApiError, type FieldIssue } from '../api/api-error';
import { i18n } from '../i18n/i18n';

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

export function issueText(t: TFunction, issue: FieldIssue): string {
  if (issue.issue === 'too_small' && issue.minimum === 1) return t('issues.required');
  const key = `issues.${issue.issue}`;
  if (i18n.exists(key)) return t(key, { minimum: issue.minimum, maximum: issue.maximum });
  return t('issues.invalid');
}

/**
 * Puts each server field issue under its form field. Returns the issues that match no field on this form, so
 * the caller can show them above the buttons instead of losing them.
 */
export function applyFieldIssues(
  form: { setFieldError: (path: string, error: string) => void },
  error: ApiError,
  fields: readonly string[],
  t: TFunction,
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  for (const issue of error.fieldIssues) {
    // Array items come back as "centreIds.0"; the message belongs under the whole field.
    const field = fields.find((f) => issue.field === f || issue.field.startsWith(`${f}.`));
    if (field) form.setFieldError(field, issueText(t, issue));
    else unplaced.push(issue);
  }
  return unplaced;
}
