import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useSectors } from './reference.api';

export function SectorsTab() {
  const { t } = useTranslation();
  const sectors = useSectors();
  if (sectors.isError) return <ErrorAlert error={sectors.error} onRetry={() => void sectors.refetch()} />;
  if (sectors.isPending) return <Loading />;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped aria-label={t('reference.tabs.sectors')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reference.sectors.code')}</Table.Th>
            <Table.Th>{t('reference.sectors.nameKm')}</Table.Th>
            <Table.Th>{t('reference.sectors.nameEn')}</Table.Th>
            <Table.Th>{t('reference.sectors.isic')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sectors.data.length === 0 && <EmptyRow colSpan={4} text={t('reference.sectors.none')} />}
          {sectors.data.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Td className="nowrap">{s.code}</Table.Td>
              <Table.Td lang="km">{s.nameKm}</Table.Td>
              <Table.Td lang="en">{s.nameEn}</Table.Td>
              <Table.Td>{s.isicSections.join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
