import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useLegalCaseList } from './legal.api';

/** "My legal cases" for a legal officer; managers and administrators can switch to every case of their centres. */
export default function LegalCasesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const [handler, setHandler] = useState<'me' | 'any'>(me.role === 'legal_officer' ? 'me' : 'any');
  const list = useLegalCaseList(handler);
  return (
    <Stack gap="md">
      <PageHeader title={t('legal.list.title')} description={t('legal.page.confidential')} />
      <SegmentedControl
        w="fit-content"
        value={handler}
        onChange={(v) => setHandler(v as 'me' | 'any')}
        data={[
          { value: 'me', label: t('legal.list.mine') },
          { value: 'any', label: t('legal.list.centre') },
        ]}
      />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Loading />}
      {list.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="legal-cases-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('legal.fields.claimType')}</Table.Th>
                <Table.Th>{t('legal.fields.worker')}</Table.Th>
                <Table.Th>{t('legal.fields.respondentName')}</Table.Th>
                <Table.Th>{t('legal.fields.status')}</Table.Th>
                <Table.Th>{t('legal.fields.handler')}</Table.Th>
                <Table.Th>{t('legal.fields.openedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.length === 0 && <EmptyRow colSpan={6} text={t('legal.list.none')} />}
              {list.data.map((c) => (
                <Table.Tr key={c.id} data-testid="legal-case-row">
                  <Table.Td>
                    <AnchorLink to="/legal-cases/$caseId" params={{ caseId: c.id }} fw={600}>
                      {t(`legal.claimTypes.${c.claimType}`)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.workerName}</Text>
                    <Text size="xs" c="dimmed">
                      {c.workerRegNo}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.respondentName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.status === 'closed' ? 'gray' : 'blue'}>
                      {t(`legal.statuses.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{c.handler.name}</Table.Td>
                  <Table.Td className="nowrap">{formatDate(c.openedOn, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
