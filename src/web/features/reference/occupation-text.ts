import type { TOccupation } from '../../../shared/contracts/reference';
import type { Language } from '../../i18n/i18n';

/** ISCO groups imported without a Khmer title fall back to the English one. */
export const occupationLabel = (o: TOccupation, language: Language) =>
  `${(language === 'km' ? o.labelKm : null) ?? o.labelEn} (${o.iscoCode})`;

/**
 * Several curated occupations share one ISCO-08 unit group (rice farmer and vegetable grower are both 6111);
 * a worker's record stores the code, so a picker offers each code once, under its first curated label.
 */
export function uniqueByCode(items: readonly TOccupation[]): TOccupation[] {
  const seen = new Set<string>();
  return items.filter((o) => {
    if (seen.has(o.iscoCode)) return false;
    seen.add(o.iscoCode);
    return true;
  });
}
