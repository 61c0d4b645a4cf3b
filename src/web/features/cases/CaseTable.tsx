import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseSummary } from '../../../shared/contracts/cases';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { AnchorLink } from '../../ui/links';
import { label } from './case-options';

/** A caseload: one line per open case, what is overdue and when the next review is. */
export function CaseTable({ items, empty }: { items: TCaseSummary[]; empty: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover data-testid="case-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.table.person')}</Table.Th>
            <Table.Th>{t('cases.plan.status')}</Table.Th>
            <Table.Th>{t('cases.table.openActions')}</Table.Th>
            <Table.Th>{t('cases.table.overdue')}</Table.Th>
            <Table.Th>{t('cases.table.nextReview')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={5} text={empty} />}
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <AnchorLink
                  to="/workers/$workerId"
                  params={{ workerId: c.worker.id }}
                  hash="case-plan"
                  fw={600}
                >
                  {c.worker.displayName}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {c.worker.regNo}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{label('statuses', c.status)}</Badge>{' '}
                {c.pendingTransfer && (
                  <Badge variant="light" color="yellow">
                    {t('cases.table.transferPending')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{c.openActions}</Table.Td>
              <Table.Td>
                {c.overdueActions > 0 ? <Badge color="red">{c.overdueActions}</Badge> : c.overdueActions}
              </Table.Td>
              <Table.Td>{c.nextReviewOn ? formatDate(c.nextReviewOn, language) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
