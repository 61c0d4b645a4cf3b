/**
 * Work abroad and wishes as duplicate evidence (weights.ts explains the weights): the return date, the sector
 * of the last job abroad, the sector wanted next and the expected wage. Each is compared only when both
 * records state it.
 */
import {
  RETURN_NEAR_DAYS,
  RETURN_WEIGHTS,
  RETURN_WEIGHTS_HOUSEHOLD,
  SECTOR_WEIGHTS,
  SECTOR_WEIGHTS_HOUSEHOLD,
  WAGE_NEAR_USD,
  WAGE_WEIGHTS,
  WANTED_SECTOR_WEIGHTS,
} from './weights';

export interface WorkFacts {
  /** Day number of the return home (days since 1970), or null. */
  returned: number | null;
  sector: string | null;
  /** Sectors wanted next: agreeing means naming one in common (a form lists several, in any order). */
  wanted: readonly string[];
  wage: number | null;
}

export interface WorkInput {
  returnDate?: string | null;
  lastSector?: string | null;
  wantedSectors?: readonly (string | null | undefined)[] | null;
  expectedWageUsd?: number | string | null;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const code = (v: string | null | undefined): string | null => {
  const s = v?.trim().toLowerCase();
  return s ? s : null;
};

export function workOf(r: WorkInput): WorkFacts {
  const date = r.returnDate && ISO_DATE.test(r.returnDate) ? Date.parse(r.returnDate) : Number.NaN;
  const wage =
    r.expectedWageUsd === null || r.expectedWageUsd === undefined ? Number.NaN : Number(r.expectedWageUsd);
  return {
    returned: Number.isFinite(date) ? Math.round(date / DAY_MS) : null,
    sector: code(r.lastSector),
    wanted: [
      ...new Set(
        (r.wantedSectors ?? [])
          .map((x) => (typeof x === 'string' ? code(x) : null))
          .filter((x): x is string => x !== null),
      ),
    ],
    wage: Number.isFinite(wage) && wage > 0 ? wage : null,
  };
}

export type WorkField = 'returnDate' | 'lastSector' | 'wantedSector' | 'expectedWage';
export interface WorkEvidence {
  field: WorkField;
  outcome: 'agree' | 'partial' | 'disagree';
  weight: number;
  detail?: string;
}

const level = (same: boolean, near: boolean): WorkEvidence['outcome'] =>
  same ? 'agree' : near ? 'partial' : 'disagree';

/**
 * The summed weight of the work fields both records state, `household` as in compare.ts. With `out`, each
 * field's evidence is listed there too; without, nothing is allocated (the import's scoring path).
 */
export function compareWork(a: WorkFacts, b: WorkFacts, household: boolean, out?: WorkEvidence[]): number {
  let sum = 0;
  if (a.returned !== null && b.returned !== null) {
    const days = Math.abs(a.returned - b.returned);
    const w = household ? RETURN_WEIGHTS_HOUSEHOLD : RETURN_WEIGHTS;
    const near = days <= RETURN_NEAR_DAYS;
    const weight = days === 0 ? w.same : near ? w.near : w.far;
    sum += weight;
    if (out) {
      const detail = `${days} days apart${household ? ', household' : ''}`;
      out.push({
        field: 'returnDate',
        outcome: level(days === 0, near),
        weight,
        ...(days ? { detail } : {}),
      });
    }
  }
  if (a.sector !== null && b.sector !== null) {
    const w = household ? SECTOR_WEIGHTS_HOUSEHOLD : SECTOR_WEIGHTS;
    const same = a.sector === b.sector;
    const weight = same ? w.agree : w.disagree;
    sum += weight;
    out?.push({ field: 'lastSector', outcome: level(same, false), weight });
  }
  if (a.wanted.length && b.wanted.length) {
    const same = a.wanted.some((x) => b.wanted.includes(x));
    const weight = same ? WANTED_SECTOR_WEIGHTS.agree : WANTED_SECTOR_WEIGHTS.disagree;
    sum += weight;
    out?.push({ field: 'wantedSector', outcome: level(same, false), weight });
  }
  if (a.wage !== null && b.wage !== null) {
    const gap = Math.abs(a.wage - b.wage);
    const near = gap <= WAGE_NEAR_USD;
    const weight = gap === 0 ? WAGE_WEIGHTS.agree : near ? 0 : WAGE_WEIGHTS.disagree;
    sum += weight;
    out?.push({ field: 'expectedWage', outcome: level(gap === 0, near), weight });
  }
  return sum;
}
