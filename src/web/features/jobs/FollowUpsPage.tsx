import { Badge, Group, SegmentedControl, Switch, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useDueFollowUps } from './jobs.api';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Decent-work follow-ups due and overdue in the user's centres, oldest first. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [horizon, setHorizon] = useState('0');
  const [mine, setMine] = useState(false);
  const due = useDueFollowUps(inDays(Number(horizon)), mine);
  return (
    <>
      <PageHeader title={t('jobs.followUps.title')} description={t('jobs.followUps.description')} />
      <Group mb="md" gap="lg">
        <SegmentedControl
          value={horizon}
          onChange={setHorizon}
          aria-label={t('jobs.followUps.horizon')}
          data={[
            { value: '0', label: t('jobs.followUps.today') },
            { value: '7', label: t('jobs.followUps.week') },
            { value: '30', label: t('jobs.followUps.month') },
          ]}
        />
        <Switch
          label={t('jobs.followUps.mine')}
          checked={mine}
          onChange={(e) => setMine(e.currentTarget.checked)}
        />
      </Group>
      {due.isError && <ErrorAlert error={due.error} onRetry={() => void due.refetch()} />}
      {due.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t('jobs.followUps.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jobs.followUps.dueOn')}</Table.Th>
                <Table.Th>{t('jobs.followUps.stage')}</Table.Th>
                <Table.Th>{t('jobs.placements.worker')}</Table.Th>
                <Table.Th>{t('jobs.placements.job')}</Table.Th>
                <Table.Th>{t('jobs.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {due.data?.items.length === 0 && <EmptyRow colSpan={5} text={t('jobs.followUps.none')} />}
              {due.data?.items.map((f) => (
                <Table.Tr key={f.id} data-testid="follow-up-row">
                  <Table.Td className="nowrap">{formatDate(f.dueOn, language)}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/placements/$placementId" params={{ placementId: f.placementId }}>
                      {t(`jobs.stage.${f.stage}`)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/workers/$workerId" params={{ workerId: f.workerId }}>
                      {f.workerName} · {f.workerRegNo}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{[f.title, f.employerName].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>
                    <Badge color={f.overdue ? 'red' : 'yellow'}>
                      {t(f.overdue ? 'jobs.followUps.overdue' : 'jobs.followUps.due')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
