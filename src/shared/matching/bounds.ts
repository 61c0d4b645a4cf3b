/**
 * Upper bounds on the score of every pair in a group, for the fast path. A group is defined by what the SQL
 * pre-selection fixes (occupation level, place level, the highest wage left in a page); every other factor is
 * bounded by the most it can be. Because `combine` is non-decreasing in every factor, the score of any pair in
 * the group is at most the bound: stopping once the N-th best score found is above every remaining bound gives
 * exactly the N best of exhaustive scoring.
 */

import { PLACE_FIT, type PlaceLevel } from './factors';
import { OCCUPATION_FIT, type OccupationLevel } from './isco';
import { combine } from './score';

export interface GroupKnowledge {
  occupation: OccupationLevel;
  /** The best place level any pair of the group can reach. */
  place: PlaceLevel;
  /** Wage factor bound (1 when unknown). */
  wage?: number;
  /** Decent-work factor when the vacancy is known, else 1. */
  decentWork?: number;
  /** Sector factor when known, else 1. */
  sector?: number;
  /** The largest priority share any pair of the group can get. */
  priority: number;
}

/** Experience counts stays at the unit, minor or adjacent level only (see experienceFactor). */
const EXPERIENCE_POSSIBLE: ReadonlySet<OccupationLevel> = new Set(['unit', 'minor', 'adjacent']);

/** A tiny margin so floating-point rounding can never make a bound fall below the score it bounds. */
const EPSILON = 1e-9;

export function groupBound(k: GroupKnowledge): number {
  const { score } = combine(
    {
      occupation: OCCUPATION_FIT[k.occupation],
      experience: EXPERIENCE_POSSIBLE.has(k.occupation) ? 1 : 0,
      skills: 1,
      place: PLACE_FIT[k.place],
      wage: k.wage ?? 1,
      sector: k.sector ?? 1,
      decent_work: k.decentWork ?? 1,
    },
    k.priority,
  );
  return score + EPSILON;
}
