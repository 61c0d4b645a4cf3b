import { MultiSelect, Select } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/roles';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useCentres } from '../centres/centres.api';

type SelectProps = Omit<ComponentProps<typeof Select>, 'data' | 'label'>;
type MultiSelectProps = Omit<ComponentProps<typeof MultiSelect>, 'data' | 'label'>;

export function RoleSelect(props: SelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.role')}
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      allowDeselect={false}
      {...props}
    />
  );
}

export function CentresSelect(props: MultiSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const centres = useCentres().data ?? [];
  return (
    <MultiSelect
      label={t('users.fields.centres')}
      data={centres.map((c) => ({ value: c.id, label: `${localName(c, language)} (${c.code})` }))}
      searchable
      nothingFoundMessage={t('common.noResults')}
      {...props}
    />
  );
}

/** Centre names for display, in the user's language, from their ids. */
export function useCentreNames(): (ids: unknown) => string {
  const language = useLanguage();
  const centres = useCentres().data ?? [];
  return (ids) =>
    Array.isArray(ids) && ids.length > 0
      ? ids
          .map((id) => {
            const centre = centres.find((c) => c.id === id);
            return centre ? localName(centre, language) : String(id);
          })
          .join(', ')
      : '—';
}
