import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapPin } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlace } from '../../../shared/contracts/reference';
import { useLanguage } from '../../i18n/use-language';
import { otherName, placeAddress } from './place-text';
import { useProvinces } from './provinces.api';
import { usePlace, usePlaceSearch } from './reference.api';

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  /** The finest level offered: 4 for an address (village), 3 for a filter down to communes. */
  maxLevel?: 1 | 2 | 3 | 4;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks an NCDD place by typing its name in Khmer or Latin letters (the server search knows both scripts and the
 * usual romanisations); with nothing typed it offers the provinces. The chosen code is the most precise one
 * known, whatever the level.
 */
export function PlacePicker({ label, value, onChange, maxLevel = 4, description, error, ...rest }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');
  const selected = usePlace(value).data ?? null;
  const selectedLabel = selected ? placeAddress(selected, language) : '';
  // The box shows the chosen place's label after a pick: that is not something to search for.
  const typed = search.trim() === selectedLabel ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const found = usePlaceSearch(q, null);
  const provinces = useProvinces().data ?? [];

  const places: TPlace[] = q
    ? (found.data ?? []).filter((p) => p.level <= maxLevel)
    : provinces.map((p) => ({ ...p, level: 1, typeKm: null, typeLatin: null, retired: false, path: [] }));
  if (selected && !places.some((p) => p.code === selected.code)) places.unshift(selected);
  const byCode = new Map(places.map((p) => [p.code, p]));

  return (
    <Select
      label={label}
      description={description}
      error={error}
      placeholder={rest.placeholder ?? t('places.pickerPlaceholder')}
      data-testid={rest['data-testid']}
      leftSection={<IconMapPin size={16} aria-hidden />}
      searchable
      clearable
      value={value}
      onChange={(code) => onChange(code)}
      searchValue={search}
      onSearchChange={setSearch}
      data={places.map((p) => ({ value: p.code, label: placeAddress(p, language) }))}
      // The server already matched both scripts and spelling variants; filtering again here would hide them.
      filter={({ options }) => options}
      nothingFoundMessage={q && !found.isFetching ? t('common.noResults') : undefined}
      renderOption={({ option }) => {
        const p = byCode.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {p && (
              <Text size="xs" c="dimmed">
                {otherName(p, language)} · {p.code}
              </Text>
            )}
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
