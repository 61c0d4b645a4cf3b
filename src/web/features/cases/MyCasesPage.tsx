import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { CaseTable } from './CaseTable';
import { useMyCases } from './cases.api';

/** The counsellor's caseload: the cases they hold, those with overdue work first. */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const cases = useMyCases();
  return (
    <Stack gap={0}>
      <PageHeader title={t('cases.mine.title')} description={t('cases.mine.description')} />
      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.isPending && <Loading />}
      {cases.data && <CaseTable items={cases.data} empty={t('cases.mine.none')} />}
    </Stack>
  );
}
