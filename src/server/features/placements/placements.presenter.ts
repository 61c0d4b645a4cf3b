import type { TEvaluation, TFollowUp, TPlacement } from '../../../shared/contracts/placements';
import type { PlacementFollowUpRow, PlacementRow } from './placements.table';

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function presentFollowUp(r: PlacementFollowUpRow): TFollowUp {
  return {
    id: r.id,
    placementId: r.placement_id,
    stage: r.stage,
    dueOn: r.due_on,
    doneOn: r.done_on,
    checklist: r.checklist ?? null,
    evaluation: (r.evaluation as TEvaluation | null) ?? null,
    decent: r.decent,
    livelihoodOk: r.livelihood_ok,
    incomeUsdMonth: num(r.income_usd_month),
    note: r.note,
    version: r.version,
  };
}

export function presentPlacement(
  r: PlacementRow & { worker_name: string; reg_no: string; employer_label: string | null },
  followUps: PlacementFollowUpRow[],
  livelihoodMeasured: boolean,
): TPlacement {
  const done = followUps.filter((f) => f.done_on).sort((a, b) => b.done_on!.localeCompare(a.done_on!));
  return {
    id: r.id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    workerRegNo: r.reg_no,
    centreId: r.centre_id,
    referralId: r.referral_id,
    vacancyId: r.vacancy_id,
    employerId: r.employer_id,
    employerName: r.employer_label ?? r.employer_name,
    kind: r.kind,
    foundBy: r.found_by,
    sector: r.sector,
    occupationIsco: r.occupation_isco,
    title: r.title,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    communeCode: r.commune_code,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    wageAmount: num(r.wage_amount),
    wageCurrency: r.wage_currency,
    wagePer: r.wage_per,
    contractWritten: r.contract_written,
    hoursPerWeek: num(r.hours_per_week),
    nssfRegistered: r.nssf_registered,
    baselineIncomeUsd: num(r.baseline_income_usd),
    decent: done[0]?.decent ?? null,
    livelihoodMeasured,
    followUps: followUps.map(presentFollowUp),
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
