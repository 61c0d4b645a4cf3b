import { Anchor, Button, Card, FileInput, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/contracts/reference';
import { asApiError } from '../../api/api-error';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { issueText } from '../../ui/error-text';
import { Loading } from '../../ui/Loading';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportStatusBadge } from './ImportStatusBadge';
import { importsKey, startImport, useImportJobs } from './reference.api';

export function ImportTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const jobs = useImportJobs();
  const [kind, setKind] = useState<ImportKind>('gazetteer');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('issues.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setFileError(null);
    try {
      const job = await startImport(kind, file);
      setJobId(job.id);
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: importsKey, exact: true });
    } catch (e) {
      const issue = asApiError(e).fieldIssues.find((i) => i.field === 'file');
      if (issue) setFileError(issueText(t, issue));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('reference.import.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('reference.import.help')}
            </Text>
            {error !== null && <ErrorAlert error={error} />}
            <Select
              label={t('reference.import.kind')}
              data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`reference.import.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as ImportKind)}
              allowDeselect={false}
              required
            />
            <FileInput
              label={t('reference.import.file')}
              description={t('reference.import.fileHelp')}
              placeholder={t('reference.import.filePlaceholder')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconUpload size={16} aria-hidden />}
              value={file}
              onChange={(f) => {
                setFile(f);
                setFileError(null);
              }}
              error={fileError}
              clearable
              required
              data-testid="import-file"
            />
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {t('reference.import.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      {jobId && <ImportProgressCard key={jobId} jobId={jobId} />}

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reference.import.historyTitle')}
        </Title>
        {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
        {jobs.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped aria-label={t('reference.import.historyTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reference.import.startedAt')}</Table.Th>
                  <Table.Th>{t('reference.import.file')}</Table.Th>
                  <Table.Th>{t('reference.import.kind')}</Table.Th>
                  <Table.Th>{t('users.fields.status')}</Table.Th>
                  <Table.Th>{t('reference.import.inserted')}</Table.Th>
                  <Table.Th>{t('reference.import.updated')}</Table.Th>
                  <Table.Th>{t('reference.import.rejected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data?.length === 0 && <EmptyRow colSpan={7} text={t('reference.import.historyNone')} />}
                {jobs.data?.map((job) => (
                  <Table.Tr key={job.id} data-testid="import-history-row">
                    <Table.Td className="nowrap">{formatDateTime(job.createdAt, language)}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => setJobId(job.id)}>
                        {job.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`reference.import.kinds.${job.kind}`)}</Table.Td>
                    <Table.Td>
                      <ImportStatusBadge status={job.status} />
                    </Table.Td>
                    <Table.Td>{formatNumber(job.inserted, language)}</Table.Td>
                    <Table.Td>{formatNumber(job.updated, language)}</Table.Td>
                    <Table.Td>{formatNumber(job.rejected, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
