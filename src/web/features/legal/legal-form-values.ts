import type { TLegalCase, TUpdateLegalCaseRequest } from '../../../shared/contracts/legal';
import { inputFor } from '../../ui/error-text';
import type { ActionRow } from './ActionsEditor';
import type { AmountRow } from './AmountsEditor';
import { type RespondentValues, respondentOf } from './RespondentFields';

export interface LegalFormValues extends RespondentValues {
  claimType: string;
  handlerId: string;
  status: string;
  outcome: string;
  outcomeNotes: string;
  notes: string;
  amounts: AmountRow[];
  actions: ActionRow[];
}

export const valuesOf = (c: TLegalCase): LegalFormValues => ({
  claimType: c.claimType,
  handlerId: c.handler.id,
  status: c.status,
  outcome: c.outcome ?? '',
  outcomeNotes: c.outcomeNotes ?? '',
  notes: c.notes ?? '',
  respondentKind: c.respondent?.kind ?? '',
  respondentName: c.respondent?.name ?? '',
  respondentCountry: c.respondent?.country ?? '',
  amounts: c.amounts.map((a) => ({ ...a, note: a.note ?? '' })),
  actions: c.actions.map((a) => ({ ...a, notes: a.notes ?? '' })),
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The whole editable record in the request's shape: the server replaces amounts and actions as lists. */
export function requestOf(v: LegalFormValues, version: number): TUpdateLegalCaseRequest {
  return {
    version,
    claimType: v.claimType as TUpdateLegalCaseRequest['claimType'],
    handlerId: v.handlerId,
    status: v.status as TUpdateLegalCaseRequest['status'],
    outcome: (v.outcome || null) as TUpdateLegalCaseRequest['outcome'],
    outcomeNotes: orNull(v.outcomeNotes),
    notes: orNull(v.notes),
    respondent: respondentOf(v),
    amounts: v.amounts.map((a) => ({
      kind: a.kind as 'claimed',
      amount: Number(a.amount),
      currency: a.currency as 'THB',
      on: a.on,
      note: orNull(a.note),
    })),
    actions: v.actions.map((a) => ({ kind: a.kind as 'mediation', on: a.on, notes: orNull(a.notes) })),
  };
}

/** Client-side checks that match the server's, so most mistakes show under their field before saving. */
export function validateLegal(v: LegalFormValues, required: string): Record<string, string | null> {
  const errors: Record<string, string | null> = {};
  if (v.status === 'closed' && !v.outcome) errors.outcome = required;
  v.amounts.forEach((a, i) => {
    if (a.amount === '' || Number.isNaN(Number(a.amount))) errors[`amounts.${i}.amount`] = required;
    if (!a.on) errors[`amounts.${i}.on`] = required;
  });
  v.actions.forEach((a, i) => {
    if (!a.on) errors[`actions.${i}.on`] = required;
  });
  return errors;
}

const RESPONDENT_INPUTS = new Map([
  ['kind', 'respondentKind'],
  ['name', 'respondentName'],
  ['country', 'respondentCountry'],
]);
const ROW_INPUTS = new Map([
  ['amounts', ['kind', 'amount', 'currency', 'on', 'note']],
  ['actions', ['kind', 'on', 'notes']],
]);

/**
 * Where a legal case form with these inputs shows a server field issue. The request's respondent is one object
 * and three inputs here ("respondent.name" under "respondentName"); each amount and action row shows its own
 * fields' issues, in the same order as sent; "amounts" and "actions" themselves are the lists.
 */
export function legalInputFor(inputs: readonly string[]): (field: string) => string | null {
  return (field) => {
    const respondent = /^respondent\.(\w+)$/.exec(field)?.[1];
    if (respondent) return RESPONDENT_INPUTS.get(respondent) ?? null;
    const [, list = '', input = ''] = /^(amounts|actions)\.\d+\.(\w+)$/.exec(field) ?? [];
    if (list) return inputs.includes(list) && ROW_INPUTS.get(list)?.includes(input) ? field : null;
    return inputFor(inputs, field);
  };
}
