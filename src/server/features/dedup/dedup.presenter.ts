import { formatPhoneKH } from '../../../shared/phones';
import type { Candidate } from './candidates';

/** A possible duplicate as the intake form shows it: who, how likely, and why, field by field. */
export function presentCandidate(c: Candidate) {
  const r = c.row;
  return {
    id: r.id,
    regNo: r.reg_no,
    centreId: r.centre_id,
    displayName: r.display_name,
    sex: r.sex,
    birthYear: r.birth_year,
    phones: c.phones.map(formatPhoneKH),
    addressCode: r.address_code,
    score: Math.round(c.comparison.score * 100) / 100,
    probability: Math.round(c.comparison.probability * 1000) / 1000,
    decision: c.comparison.decision,
    reasons: c.comparison.reasons.map((x) => ({
      field: x.field,
      outcome: x.outcome,
      weight: Math.round(x.weight * 100) / 100,
    })),
  };
}
export type TCandidate = ReturnType<typeof presentCandidate>;
