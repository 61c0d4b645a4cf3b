import { Alert, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconDownload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ImportStatusBadge } from './ImportStatusBadge';
import { isFinished, rejectsUrl, useWorkerImport, workerImportsKey } from './imports.api';
import { ProblemText } from './ProblemText';
import { RejectedRows } from './RejectedRows';

function Figure({
  label,
  value,
  testId,
  color,
}: {
  label: string;
  value: string;
  testId: string;
  color?: string;
}) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color}>
        {value}
      </Text>
    </Stack>
  );
}

/** One registry import as it runs: polled every second until it has succeeded or failed. */
export function ImportProgressCard({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const query = useWorkerImport(jobId);
  const job = query.data;
  const finished = job ? isFinished(job) : false;

  // The list of past imports shows the same figures; refresh it once this job is done.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: workerImportsKey, exact: true });
  }, [finished, queryClient]);

  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!job) return <Loading />;

  const n = (v: number) => formatNumber(v, language);
  const pct = job.totalRows ? Math.min(100, (job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;

  return (
    <Card withBorder padding="lg" data-testid="worker-import-progress" data-status={job.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {t('imports.progress.title', { file: job.fileName })}
          </Title>
          <ImportStatusBadge status={job.status} />
        </Group>
        {job.source && (
          <Text size="sm" c="dimmed">
            {t('imports.progress.source', { source: job.source })}
          </Text>
        )}
        <Progress
          value={pct}
          size="lg"
          striped={!finished}
          animated={!finished}
          color={job.status === 'failed' ? 'red' : job.status === 'succeeded' ? 'green' : undefined}
          aria-label={t(`imports.status.${job.status}`)}
        />
        <Text size="sm" data-testid="worker-import-rows">
          {job.totalRows
            ? t('imports.progress.rows', { processed: n(job.processedRows), total: n(job.totalRows) })
            : t('imports.progress.rowsUnknown', { processed: n(job.processedRows) })}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Figure label={t('imports.figures.created')} value={n(job.created)} testId="figure-created" />
          <Figure label={t('imports.figures.linked')} value={n(job.linked)} testId="figure-linked" />
          <Figure label={t('imports.figures.review')} value={n(job.review)} testId="figure-review" />
          <Figure label={t('imports.figures.updated')} value={n(job.updated)} testId="figure-updated" />
          <Figure
            label={t('imports.figures.rejected')}
            value={n(job.rejected)}
            testId="figure-rejected"
            color={job.rejected ? 'orange.9' : undefined}
          />
        </SimpleGrid>
        {job.status === 'succeeded' && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="worker-import-succeeded">
            {t('imports.progress.succeeded')}
            {job.review > 0 && ` ${t('imports.progress.reviewNote')}`}
          </Alert>
        )}
        {job.status === 'failed' && (
          <Alert
            color="red"
            icon={<IconCircleX aria-hidden />}
            role="alert"
            title={t('imports.progress.failed')}
          >
            <Text size="sm">
              <ProblemText problem={{ code: job.errorCode, params: job.errorParams, english: job.error }} />
            </Text>
          </Alert>
        )}
        {finished && job.rejects && <RejectedRows rejects={job.rejects} total={job.rejected} />}
        {job.rejected > 0 && (
          <Group>
            <Button
              component="a"
              href={rejectsUrl(job.id)}
              download
              variant="light"
              color="orange"
              leftSection={<IconDownload size={16} aria-hidden />}
              data-testid="worker-import-rejects"
              // The words may not fit one line of a phone: let the button grow rather than cut them off.
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: 'normal', lineHeight: 1.5 } }}
            >
              {t('imports.progress.rejects', { n: n(job.rejected) })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
