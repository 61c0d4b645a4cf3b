import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PlaceBrowser } from './PlaceBrowser';
import { PlaceSearchResults } from './PlaceSearchResults';
import { usePlaceSearch } from './reference.api';

const LEVELS = ['1', '2', '3', '4'] as const;

export function PlacesTab() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState<string | null>(null);
  const [q] = useDebouncedValue(text.trim(), 250);
  const search = usePlaceSearch(q, level ? Number(level) : null);

  const open = (code: string | null) => {
    setText('');
    setBrowsing(code);
  };

  return (
    <Stack>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('reference.places.search')}
          placeholder={t('reference.places.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <Select
          label={t('reference.places.level')}
          data={[
            { value: '', label: t('reference.levels.any') },
            ...LEVELS.map((l) => ({ value: l, label: t(`reference.levels.${l}`) })),
          ]}
          value={level ?? ''}
          onChange={(v) => setLevel(v || null)}
          allowDeselect={false}
          style={{ flex: '0 1 260px' }}
        />
      </Group>
      {q ? (
        <>
          {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
          {search.isPending ? (
            <Loading />
          ) : (
            <PlaceSearchResults places={search.data ?? []} onOpen={(p) => open(p.code)} />
          )}
        </>
      ) : (
        <PlaceBrowser code={browsing} onOpen={open} />
      )}
    </Stack>
  );
}
