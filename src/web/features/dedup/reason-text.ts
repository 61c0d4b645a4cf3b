import { i18n } from '../../i18n/i18n';

/** The compared field's name; a field the matcher learns later still shows, under its own code. */
export function reasonFieldLabel(field: string): string {
  const key = `dedup.fields.${field}`;
  return i18n.exists(key) ? i18n.t(key) : field;
}
