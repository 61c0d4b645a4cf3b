import type { TWorker, TWorkerSummary } from '../../../shared/contracts/workers';

type Named = Pick<
  TWorkerSummary,
  'familyNameKm' | 'givenNameKm' | 'familyNameLatin' | 'givenNameLatin' | 'displayName'
>;

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

/** The name in Khmer script, family name first as Khmer usage has it; empty when only a Latin name is known. */
export const khmerName = (w: Named) => join(w.familyNameKm, w.givenNameKm);

/** The name in Latin letters; falls back to the display name (a whole name imported unsplit). */
export const latinName = (w: Named) => join(w.familyNameLatin, w.givenNameLatin);

/** The one line that names a person in headings and links: Khmer first, the Latin spelling after it. */
export const fullName = (w: Named) => {
  const km = khmerName(w);
  const latin = latinName(w);
  if (km && latin) return `${km} (${latin})`;
  return km || latin || w.displayName;
};

/** Age now from the birth year, as staff ask it ("about 34"). */
export const ageOf = (w: Pick<TWorker, 'birthYear'>) =>
  w.birthYear ? new Date().getFullYear() - w.birthYear : null;
