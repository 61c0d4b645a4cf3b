import type { TFunction } from 'i18next';
import { i18n } from '../../../i18n/i18n';

/**
 * Options for a coded field, translated, plus the current value when it is not one of the codes (text from an
 * imported list), so editing a record never silently blanks what was there.
 */
export function codedOptions(
  codes: readonly string[],
  prefix: string,
  t: TFunction,
  current: string,
): { value: string; label: string }[] {
  const options = codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  if (current && !codes.includes(current)) options.push({ value: current, label: current });
  return options;
}

/** A coded value for reading: its translation when it is a known code, else the text as stored. */
export function codedText(prefix: string, value: string | null | undefined): string {
  if (!value) return '—';
  const key = `${prefix}.${value}`;
  return i18n.exists(key) ? i18n.t(key) : value;
}
