import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBriefcase } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { occupationLabel, uniqueByCode } from './occupation-text';
import { useOccupationByCode, useOccupations } from './reference.api';

interface Props {
  label: string;
  value: string | null;
  onChange: (iscoCode: string | null) => void;
  error?: ReactNode;
  description?: ReactNode;
}

/**
 * An ISCO-08 occupation, found by typing in Khmer or English or the code. With nothing typed it offers the
 * curated list of occupations common among returnees; typing also searches the imported ISCO-08 groups.
 */
export function OccupationPicker({ label, value, onChange, error, description }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');
  const selected = useOccupationByCode(value).data ?? null;
  const selectedLabel = selected ? occupationLabel(selected, language) : (value ?? '');
  const typed = search.trim() === selectedLabel ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const found = useOccupations(q, q ? 'all' : 'curated');
  const options = uniqueByCode(found.data ?? []).slice(0, 60);
  const data = options.map((o) => ({ value: o.iscoCode, label: occupationLabel(o, language) }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: selectedLabel });

  return (
    <Select
      label={label}
      description={description}
      error={error}
      placeholder={t('occupations.pickerPlaceholder')}
      leftSection={<IconBriefcase size={16} aria-hidden />}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={({ options: all }) => all}
      nothingFoundMessage={q && !found.isFetching ? t('common.noResults') : undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
