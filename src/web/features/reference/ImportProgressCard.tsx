import { Alert, Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TImportJob } from '../../../shared/contracts/reference';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ProblemText } from '../imports/ProblemText';
import { ImportStatusBadge } from './ImportStatusBadge';
import { importsKey, isFinished, useImportJob } from './reference.api';

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color}>
        {value}
      </Text>
    </Stack>
  );
}

export function ImportProgressCard({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const query = useImportJob(jobId);
  const job: TImportJob | undefined = query.data;
  const finished = job ? isFinished(job) : false;

  // The list of past imports shows status too; refresh it once this job is done.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: importsKey, exact: true });
  }, [finished, queryClient]);

  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!job) return <Loading />;

  const n = (v: number) => formatNumber(v, language);
  const pct = job.totalRows ? Math.min(100, (job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;
  const summary = job.summary ?? null;

  return (
    <Card withBorder padding="lg" data-testid="import-progress" data-status={job.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {t('reference.import.progressTitle', { file: job.fileName })}
          </Title>
          <ImportStatusBadge status={job.status} />
        </Group>
        <Progress
          value={pct}
          size="lg"
          striped={!finished}
          animated={!finished}
          color={job.status === 'failed' ? 'red' : job.status === 'succeeded' ? 'green' : undefined}
          aria-label={t(`reference.import.status.${job.status}`)}
        />
        <Text size="sm">
          {job.totalRows
            ? t('reference.import.rows', { processed: n(job.processedRows), total: n(job.totalRows) })
            : t('reference.import.rowsUnknown', { processed: n(job.processedRows) })}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat label={t('reference.import.inserted')} value={n(job.inserted)} />
          <Stat label={t('reference.import.updated')} value={n(job.updated)} />
          <Stat
            label={t('reference.import.rejected')}
            value={n(job.rejected)}
            color={job.rejected ? 'orange' : undefined}
          />
          {summary && <Stat label={t('reference.import.retired')} value={n(summary.retired)} />}
        </SimpleGrid>
        {job.status === 'succeeded' && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="import-succeeded">
            {t('reference.import.succeeded')}
            {summary &&
              ` ${t('reference.import.duration', { seconds: n(Math.round(summary.seconds * 10) / 10) })}`}
          </Alert>
        )}
        {job.status === 'failed' && (
          <Alert color="red" icon={<IconCircleX aria-hidden />} role="alert">
            {t('reference.import.failed')}{' '}
            <ProblemText problem={{ code: job.errorCode, params: job.errorParams, english: job.error }} />
          </Alert>
        )}
        {summary && summary.rejects.length > 0 && (
          <Stack gap="xs">
            <Title order={4} size="h6">
              {t('reference.import.rejectsTitle')}
            </Title>
            <Table.ScrollContainer minWidth={400} mah={320}>
              <Table fz="sm" verticalSpacing={4} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reference.import.row')}</Table.Th>
                    <Table.Th>{t('reference.import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.rejects.map((r) => (
                    <Table.Tr key={`${r.sheet ?? ''}-${r.row}`}>
                      <Table.Td className="nowrap">
                        {r.sheet ? `${r.sheet} · ` : ''}
                        {r.row}
                      </Table.Td>
                      <Table.Td>
                        <ProblemText problem={{ code: r.code, params: r.params, english: r.reason }} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {summary.rejected > summary.rejects.length && (
              <Badge variant="light" color="gray">
                {t('reference.import.rejectsMore', { shown: n(summary.rejects.length) })}
              </Badge>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
