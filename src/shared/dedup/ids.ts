/**
 * Identity document numbers. Cambodian national ID numbers are 9 digits (older cards) or longer; passports a
 * letter and digits; Thai documents (pink card, work permit, border pass) 13 digits. They are written with
 * spaces, dashes and lower-case letters; the key keeps letters and digits only, upper case.
 */
import { withinOneEdit } from '../names/similarity';

export function normalizeId(id: string | null | undefined): string | null {
  if (!id) return null;
  const key = id
    .replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0))
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  // Placeholders typed into a required column ("0", "000000000", "N/A" becomes "NA") identify nobody.
  if (key.length < 5 || /^(.)\1+$/.test(key)) return null;
  return key;
}

export type IdLevel = 'agree' | 'typo' | 'disagree' | 'missing';

export function compareId(a: string | null, b: string | null): IdLevel {
  if (a === null || b === null) return 'missing';
  if (a === b) return 'agree';
  return withinOneEdit(a, b) ? 'typo' : 'disagree';
}

/** True when the two lists share a number (other documents: only a shared one says anything). */
export function shareAnyId(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
