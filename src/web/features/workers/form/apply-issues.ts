import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '../../../api/api-error';
import { issueText } from '../../../ui/error-text';
import type { WorkerForm } from './form-types';
import { sentPhones, stepOfField } from './worker-form';

/** Lists of plain values are one input each (a multi-select): an item's error belongs under the whole list. */
const VALUE_LISTS = ['languages', 'preferences.sectors', 'preferences.occupations', 'preferences.provinces'];

/** The form path a server field path points at (the request drops blank phone boxes, so indices shift). */
function formPath(field: string, phoneIndex: number[]): string {
  const phone = /^phones\.(\d+)$/.exec(field);
  if (phone) return `phones.${phoneIndex[Number(phone[1])] ?? phone[1]}`;
  const list = VALUE_LISTS.find((l) => field.startsWith(`${l}.`));
  return list ?? field;
}

/**
 * Puts each 400 field issue under its input and returns the first step that has one (so the intake can go back
 * there) and the issues that have no input on this form, to show above the buttons.
 */
export function applyWorkerIssues(
  form: WorkerForm,
  error: ApiError,
  t: TFunction,
  visible: (path: string) => boolean,
): { firstStep: number | null; unplaced: FieldIssue[] } {
  const { formIndex } = sentPhones(form.getValues());
  let firstStep: number | null = null;
  const unplaced: FieldIssue[] = [];
  for (const issue of error.fieldIssues) {
    const path = formPath(issue.field, formIndex);
    if (!visible(path)) {
      unplaced.push(issue);
      continue;
    }
    form.setFieldError(path, issueText(t, issue));
    const step = stepOfField(path);
    firstStep = firstStep === null ? step : Math.min(firstStep, step);
  }
  return { firstStep, unplaced };
}
