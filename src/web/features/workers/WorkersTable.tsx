import { Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TWorkerSummary } from '../../../shared/contracts/workers';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { AnchorLink } from '../../ui/links';
import { PlaceName } from '../reference/PlaceName';
import { WorkerStatusBadge } from './WorkerStatusBadge';
import { khmerName, latinName } from './worker-text';

/**
 * Search results: enough to recognise a person; a click anywhere on the row opens the profile. The name comes
 * first, as that is what staff look for, and stays visible on a phone while the rest scrolls sideways.
 */
export function WorkersTable({ items, emptyText }: { items: TWorkerSummary[]; emptyText: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('workers.results')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workers.fields.name')}</Table.Th>
            <Table.Th>{t('workers.fields.regNo')}</Table.Th>
            <Table.Th>{t('workers.fields.sex')}</Table.Th>
            <Table.Th>{t('workers.fields.birthYear')}</Table.Th>
            <Table.Th>{t('workers.fields.phones')}</Table.Th>
            <Table.Th>{t('workers.fields.address')}</Table.Th>
            <Table.Th>{t('workers.fields.registeredOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={7} text={emptyText} />}
          {items.map((w) => (
            <Table.Tr
              key={w.id}
              data-testid="worker-row"
              style={{ cursor: 'pointer' }}
              onClick={(e) => {
                // The name link handles its own click (and middle-click opens a new tab).
                if ((e.target as HTMLElement).closest('a')) return;
                void navigate({ to: '/workers/$workerId', params: { workerId: w.id } });
              }}
            >
              <Table.Td>
                <Stack gap={0}>
                  <AnchorLink
                    to="/workers/$workerId"
                    params={{ workerId: w.id }}
                    fw={600}
                    lang={khmerName(w) ? 'km' : 'en'}
                  >
                    {khmerName(w) || latinName(w) || w.displayName}
                  </AnchorLink>
                  {khmerName(w) && latinName(w) && (
                    <Text size="sm" c="dimmed" lang="en">
                      {latinName(w)}
                    </Text>
                  )}
                  {w.status !== 'active' && <WorkerStatusBadge status={w.status} />}
                </Stack>
              </Table.Td>
              <Table.Td className="nowrap">{w.regNo}</Table.Td>
              <Table.Td>{w.sex ? t(`workers.sex.${w.sex}`) : '—'}</Table.Td>
              <Table.Td className="nowrap">{w.birthYear ?? '—'}</Table.Td>
              <Table.Td className="nowrap">
                {w.phones.length ? w.phones.map((p) => <div key={p}>{p}</div>) : '—'}
              </Table.Td>
              <Table.Td style={{ minWidth: 180 }}>
                <PlaceName code={w.addressCode} />
              </Table.Td>
              <Table.Td className="nowrap">{formatDate(w.registeredOn, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
