import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { EmptyRow } from '../../../ui/EmptyRow';
import { SectionCard } from '../../../ui/SectionCard';
import { codedText } from '../form/coded-options';

/**
 * Every row this person came from (the intake itself, a hotline list, a job-fair sheet): merged records bring
 * theirs along, so nothing imported is ever lost.
 */
export function SourcesSection({ worker }: { worker: TWorker }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('workers.sections.sources')} testId="section-sources">
      <Table.ScrollContainer minWidth={280}>
        <Table verticalSpacing={4} fz="sm" aria-label={t('workers.sections.sources')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workers.sources.source')}</Table.Th>
              <Table.Th>{t('workers.sources.sourceId')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {worker.sources.length === 0 && <EmptyRow colSpan={2} text={t('workers.sources.none')} />}
            {worker.sources.map((s) => (
              <Table.Tr key={`${s.source}:${s.sourceId}`} data-testid="source-record">
                <Table.Td>{codedText('workers.sources.names', s.source)}</Table.Td>
                <Table.Td className="nowrap">{s.sourceId}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
