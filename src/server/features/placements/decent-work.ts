import type { JobSettings, MinimumWage } from '../../../shared/contracts/job-settings';
import type { TChecklist, TEvaluation, TFollowUpStage } from '../../../shared/contracts/placements';
import { DECENT_ITEMS } from '../../../shared/contracts/placements';

/** Wages in riel are compared with dollar minimums at the rate the riel has long been held near. */
export const KHR_PER_USD = 4000;
/** A month of work in days, for day wages (six working days a week). */
export const WORKING_DAYS_PER_MONTH = 26;
export const MAX_NORMAL_HOURS_PER_WEEK = 48;

export interface Wage {
  amount: number | null;
  currency: 'USD' | 'KHR' | null;
  per: 'month' | 'day' | 'piece' | null;
}

/** A wage as US$ a month, or null when it cannot be known (piece rates, missing amount). */
export function monthlyUsd(wage: Wage): number | null {
  if (wage.amount === null || !wage.per || wage.per === 'piece') return null;
  const perMonth = wage.per === 'day' ? wage.amount * WORKING_DAYS_PER_MONTH : wage.amount;
  return (wage.currency ?? 'USD') === 'KHR' ? perMonth / KHR_PER_USD : perMonth;
}

/** The minimum in force on `on` for the sector, falling back to the reference floor (rows with no sector). */
export function applicableMinimum(
  wages: MinimumWage[],
  sector: string | null,
  on: string,
): MinimumWage | null {
  const inForce = (rows: MinimumWage[]) =>
    rows
      .filter((w) => w.effectiveFrom <= on && w.per !== 'piece')
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
  return (
    (sector ? inForce(wages.filter((w) => w.sector === sector)) : null) ??
    inForce(wages.filter((w) => w.sector === null))
  );
}

export interface EvaluationInput {
  kind: 'wage' | 'self';
  sector: string | null;
  stage: TFollowUpStage;
  on: string;
  startedOn: string;
  endedOn: string | null;
  checklist: TChecklist;
  wage: Wage;
  hoursPerWeek: number | null;
  contractWritten: boolean | null;
  nssfRegistered: boolean | null;
  incomeUsdMonth: number | null;
  baselineIncomeUsd: number | null;
}

const answer = (v: boolean | null | undefined) => (v === true ? 'holds' : v === false ? 'fails' : 'unknown');
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The decent-work checklist of domain.md for one follow-up. Wage and hours are computed from the figures when
 * they are known (the counsellor's answer can only make them fail); the rest are the counsellor's answers.
 * Decent means every item the rule requires holds; "not yet" (90-day employment before day 90) does not count.
 */
export function evaluateDecentWork(input: EvaluationInput, settings: JobSettings): TEvaluation {
  const required = new Set(settings.decentRule.required);
  const c = input.checklist;
  const wageUsd = monthlyUsd(input.wage);
  const minimum = applicableMinimum(settings.minimumWages, input.sector, input.on);
  const minimumUsd = minimum
    ? monthlyUsd({ amount: minimum.amount, currency: minimum.currency, per: minimum.per })
    : null;
  const items: TEvaluation['items'] = DECENT_ITEMS.map((item) => {
    let result: TEvaluation['items'][number]['result'] = answer(c[item]);
    let figures: Record<string, unknown> | undefined;
    if (item === 'written_contract' && c[item] == null) result = answer(input.contractWritten);
    if (item === 'nssf_registered' && c[item] == null) result = answer(input.nssfRegistered);
    if (item === 'minimum_wage' && wageUsd !== null && minimumUsd !== null) {
      figures = {
        wageUsdMonth: Math.round(wageUsd * 100) / 100,
        minimumUsdMonth: minimumUsd,
        minimumSector: minimum?.sector ?? null,
      };
      result = wageUsd >= minimumUsd && c[item] !== false ? 'holds' : 'fails';
    }
    if (item === 'normal_hours' && input.hoursPerWeek !== null) {
      figures = { hoursPerWeek: input.hoursPerWeek, maximum: MAX_NORMAL_HOURS_PER_WEEK };
      result = input.hoursPerWeek <= MAX_NORMAL_HOURS_PER_WEEK && c[item] !== false ? 'holds' : 'fails';
    }
    if (item === 'employed_at_90_days') {
      if (input.stage === 'placement' || input.stage === 'day30') result = 'not_yet';
      else if (c[item] == null)
        result = !input.endedOn || input.endedOn >= addDays(input.startedOn, 90) ? 'holds' : 'fails';
    }
    return figures
      ? { item, result, required: required.has(item), figures }
      : { item, result, required: required.has(item) };
  });
  const decent = items.every((i) => !i.required || i.result === 'holds' || i.result === 'not_yet');
  const measured =
    input.kind === 'self' || (input.sector !== null && settings.livelihood.sectors.includes(input.sector));
  let livelihood: TEvaluation['livelihood'] = null;
  if (measured) {
    const income = input.incomeUsdMonth ?? wageUsd;
    const { thresholdUsdMonth, baselineShare } = settings.livelihood;
    const baseline = input.baselineIncomeUsd;
    livelihood = {
      ok:
        income !== null &&
        income >= thresholdUsdMonth &&
        (baseline === null || income >= baseline * baselineShare),
      incomeUsdMonth: income === null ? null : Math.round(income * 100) / 100,
      thresholdUsdMonth,
      baselineUsdMonth: baseline,
    };
  }
  return { items, decent, livelihood };
}

export const livelihoodMeasured = (
  kind: 'wage' | 'self',
  sector: string | null,
  settings: JobSettings,
): boolean => kind === 'self' || (sector !== null && settings.livelihood.sectors.includes(sector));
