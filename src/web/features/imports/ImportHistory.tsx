import { Anchor, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorkerImportJob } from '../../../shared/contracts/imports';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ImportStatusBadge } from './ImportStatusBadge';
import { rejectsUrl, useWorkerImports } from './imports.api';
import { ProblemText } from './ProblemText';

const FIGURES = ['created', 'linked', 'review', 'updated', 'rejected'] as const;

function HistoryRow({ job }: { job: TWorkerImportJob }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (v: number) => formatNumber(v, language);
  return (
    <Table.Tr data-testid="worker-import-row" data-status={job.status}>
      <Table.Td className="nowrap">{formatDateTime(job.createdAt, language)}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {job.fileName}
        </Text>
        {job.source && (
          <Text size="xs" c="dimmed" className="nowrap">
            {job.source}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ImportStatusBadge status={job.status} />
        {job.status === 'failed' && job.error && (
          <Text size="xs" c="red.9" maw={260}>
            <ProblemText problem={{ code: job.errorCode, params: job.errorParams, english: job.error }} />
          </Text>
        )}
      </Table.Td>
      <Table.Td className="nowrap">{job.totalRows === null ? '' : n(job.totalRows)}</Table.Td>
      {FIGURES.map((f) => (
        <Table.Td key={f} data-figure={f}>
          {n(job[f])}
          {f === 'rejected' && job.rejected > 0 && (
            <Anchor href={rejectsUrl(job.id)} download size="xs" display="block" className="nowrap">
              {t('imports.history.download')}
              {/* Read out in full, since every row has a link with the same visible word. */}
              <VisuallyHidden> {t('imports.history.rejectsOf', { file: job.fileName })}</VisuallyHidden>
            </Anchor>
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** Past registry imports with the same figures as the progress card; the server keeps the last 100. */
export function ImportHistory() {
  const { t } = useTranslation();
  const jobs = useWorkerImports();
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('imports.history.title')}
      </Title>
      {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" striped aria-label={t('imports.history.title')}>
            <Table.Thead>
              {/* Headings that wrap keep the one-line ones level with their last line. */}
              <Table.Tr style={{ verticalAlign: 'bottom' }}>
                <Table.Th>{t('imports.history.startedAt')}</Table.Th>
                <Table.Th>{t('imports.history.file')}</Table.Th>
                <Table.Th>{t('imports.history.status')}</Table.Th>
                <Table.Th>{t('imports.history.rows')}</Table.Th>
                {FIGURES.map((f) => (
                  // Long Khmer headings may wrap here, so the figures fit beside the file on a desktop.
                  <Table.Th key={f} style={{ whiteSpace: 'normal' }}>
                    {t(`imports.figures.${f}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data?.length === 0 && <EmptyRow colSpan={9} text={t('imports.history.none')} />}
              {jobs.data?.map((job) => (
                <HistoryRow key={job.id} job={job} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
