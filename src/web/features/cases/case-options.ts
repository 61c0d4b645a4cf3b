import { i18n } from '../../i18n/i18n';

/** Select options for a coded value, labelled from `cases.<group>.<value>`. */
export const options = (group: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: i18n.t(`cases.${group}.${value}`) }));

/** A coded value's label, or the code itself for a value this version does not know. */
export const label = (group: string, value: string | null | undefined) =>
  value ? (i18n.exists(`cases.${group}.${value}`) ? i18n.t(`cases.${group}.${value}`) : value) : '—';
