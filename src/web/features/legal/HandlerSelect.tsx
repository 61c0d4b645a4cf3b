import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLegalHandlers } from './legal.api';

/** The legal officer (or manager) who handles the case, among those of the case's centre. */
export function HandlerSelect({
  centreId,
  value,
  onChange,
  current,
  error,
}: {
  centreId: string;
  value: string;
  onChange: (id: string) => void;
  /** The handler now, listed even if they have since left the centre, so the field never shows blank. */
  current?: { id: string; name: string };
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const handlers = useLegalHandlers(centreId);
  const options = (handlers.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return (
    <Select
      label={t('legal.fields.handler')}
      data={options}
      value={value || null}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      searchable
      error={error}
      disabled={handlers.isPending}
    />
  );
}
