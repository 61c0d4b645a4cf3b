import { Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useOccupations, useSectors } from './reference.api';

export function OccupationsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<'curated' | 'all'>('curated');
  const [q] = useDebouncedValue(text.trim(), 250);
  const occupations = useOccupations(q, scope);
  const sectors = useSectors().data ?? [];
  const sectorName = (code: string | null) => {
    const s = sectors.find((x) => x.code === code);
    return s ? localName(s, language) : (code ?? '—');
  };

  return (
    <Stack>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('reference.occupations.search')}
          placeholder={t('reference.occupations.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="occupation-scope">
            {t('reference.occupations.scope')}
          </Text>
          <SegmentedControl
            aria-labelledby="occupation-scope"
            value={scope}
            onChange={(v) => setScope(v as 'curated' | 'all')}
            data={[
              { value: 'curated', label: t('reference.occupations.curated') },
              { value: 'all', label: t('reference.occupations.all') },
            ]}
          />
        </Stack>
      </Group>
      {occupations.isError && (
        <ErrorAlert error={occupations.error} onRetry={() => void occupations.refetch()} />
      )}
      {occupations.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped aria-label={t('reference.tabs.occupations')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.occupations.iscoCode')}</Table.Th>
                <Table.Th>{t('reference.occupations.labelKm')}</Table.Th>
                <Table.Th>{t('reference.occupations.labelEn')}</Table.Th>
                <Table.Th>{t('reference.occupations.sector')}</Table.Th>
                <Table.Th>{t('reference.occupations.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {occupations.data?.length === 0 && (
                <EmptyRow colSpan={5} text={t('reference.occupations.none')} />
              )}
              {occupations.data?.map((o) => (
                <Table.Tr key={o.id ?? `isco-${o.iscoCode}`} data-testid="occupation-row">
                  <Table.Td className="nowrap">{o.iscoCode}</Table.Td>
                  <Table.Td lang="km">{o.labelKm ?? '—'}</Table.Td>
                  <Table.Td lang="en">{o.labelEn}</Table.Td>
                  <Table.Td>{o.sectorCode ? sectorName(o.sectorCode) : '—'}</Table.Td>
                  <Table.Td className="nowrap">
                    <Text size="xs" c={o.source === 'curated' ? undefined : 'dimmed'} span>
                      {t(`reference.occupations.sources.${o.source}`)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
