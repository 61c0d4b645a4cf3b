import { Button, Group, Pagination, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VACANCY_STATUSES } from '../../../shared/contracts/vacancies';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { OccupationPicker } from '../reference/OccupationPicker';
import { useProvinces } from '../reference/provinces.api';
import { useSectors } from '../reference/reference.api';
import { canEditJobs } from './job-roles';
import { useVacancies } from './jobs.api';
import { VacancyFormModal } from './VacancyFormModal';
import { VacancyTable } from './VacancyTable';

const PAGE = 50;

/** The vacancy board: open vacancies first, filtered by status, sector, province, occupation and text. */
export default function VacanciesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const sectors = useSectors().data ?? [];
  const provinces = useProvinces().data ?? [];
  const [status, setStatus] = useState<string | null>('open');
  const [sector, setSector] = useState<string | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const [occupation, setOccupation] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const vacancies = useVacancies({
    status: status ?? undefined,
    sector: sector ?? undefined,
    province: province ?? undefined,
    occupation: occupation ?? undefined,
    text: debounced,
    offset: (page - 1) * PAGE,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  return (
    <>
      <PageHeader
        title={t('jobs.vacancies.title')}
        description={t('jobs.vacancies.description')}
        actions={
          canEditJobs(me.role) && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('jobs.vacancies.new')}
            </Button>
          )
        }
      />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          leftSection={<IconSearch size={16} aria-hidden />}
          label={t('jobs.vacancies.search')}
          value={text}
          onChange={(e) => reset(setText)(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={t('jobs.fields.status')}
          clearable
          value={status}
          onChange={reset(setStatus)}
          data={VACANCY_STATUSES.map((s) => ({ value: s, label: t(`jobs.vacancyStatus.${s}`) }))}
        />
        <Select
          label={t('jobs.fields.sector')}
          clearable
          value={sector}
          onChange={reset(setSector)}
          data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
        />
        <Select
          label={t('jobs.fields.province')}
          clearable
          searchable
          value={province}
          onChange={reset(setProvince)}
          data={provinces.map((p) => ({ value: p.code, label: localName(p, language) }))}
        />
        <OccupationPicker
          label={t('jobs.fields.occupationIsco')}
          value={occupation}
          onChange={reset(setOccupation)}
        />
      </Group>
      {vacancies.isError && <ErrorAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />}
      {vacancies.data ? (
        <>
          <VacancyTable items={vacancies.data.items} />
          {vacancies.data.total > PAGE && (
            <Pagination
              mt="md"
              total={Math.ceil(vacancies.data.total / PAGE)}
              value={page}
              onChange={setPage}
            />
          )}
        </>
      ) : (
        !vacancies.isError && <Loading />
      )}
      {creating && <VacancyFormModal vacancy={null} onClose={() => setCreating(false)} />}
    </>
  );
}
