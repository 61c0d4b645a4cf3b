import { Button, Grid, Stack } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Facts } from '../../ui/Facts';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { PlaceName } from '../reference/PlaceName';
import { EmployerContactLog } from './EmployerContactLog';
import { EmployerFormModal } from './EmployerFormModal';
import { canEditJobs } from './job-roles';
import { useEmployer, useVacancies } from './jobs.api';
import { employerLabel, useSectorName, yesNoText } from './jobs-text';
import { VacancyFormModal } from './VacancyFormModal';
import { VacancyTable } from './VacancyTable';

export default function EmployerPage() {
  const { employerId = '' } = useParams({ strict: false });
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const employer = useEmployer(employerId);
  const vacancies = useVacancies({ employerId });
  const sectorName = useSectorName();
  const [editing, setEditing] = useState(false);
  const [posting, setPosting] = useState(false);
  if (employer.isError) return <ErrorAlert error={employer.error} onRetry={() => void employer.refetch()} />;
  if (!employer.data) return <Loading />;
  const e = employer.data;
  const canEdit = canEditJobs(me.role);
  return (
    <>
      <PageHeader
        title={employerLabel(e, language)}
        description={[e.nameKm, e.nameLatin].filter(Boolean).join(' · ')}
        actions={
          canEdit && (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SectionCard title={t('jobs.employers.details')}>
              <Facts
                items={[
                  [t('jobs.fields.registrationNo'), e.registrationNo],
                  [t('jobs.fields.sector'), sectorName(e.sector)],
                  [t('jobs.fields.size'), e.size ? t(`jobs.size.${e.size}`) : null],
                  [
                    t('jobs.fields.place'),
                    <PlaceName key="p" code={e.communeCode ?? e.districtCode ?? e.provinceCode} />,
                  ],
                  [t('jobs.fields.addressDetail'), e.addressDetail],
                  [t('jobs.fields.phone'), e.phone],
                  [t('jobs.fields.email'), e.email],
                  [
                    t('jobs.fields.nssfRegistered'),
                    `${yesNoText(e.nssfRegistered, t)}${e.nssfNo ? ` (${e.nssfNo})` : ''}`,
                  ],
                  [
                    t('jobs.fields.associationMember'),
                    e.associationMember ? (e.associationName ?? t('common.yes')) : t('common.no'),
                  ],
                  [
                    t('jobs.fields.contactPeople'),
                    e.contacts.map((c) => [c.name, c.role, c.phone].filter(Boolean).join(', ')).join('; '),
                  ],
                  [t('jobs.fields.notes'), e.notes],
                  [t('jobs.fields.source'), e.sourceId ? `${e.source} / ${e.sourceId}` : null],
                ]}
              />
            </SectionCard>
            <SectionCard
              title={t('jobs.vacancies.title')}
              actions={
                canEdit && (
                  <Button
                    size="xs"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() => setPosting(true)}
                  >
                    {t('jobs.vacancies.new')}
                  </Button>
                )
              }
            >
              {vacancies.data ? (
                <VacancyTable items={vacancies.data.items} showEmployer={false} />
              ) : (
                <Loading />
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <EmployerContactLog employerId={e.id} canEdit={canEdit} />
        </Grid.Col>
      </Grid>
      {editing && <EmployerFormModal employer={e} onClose={() => setEditing(false)} />}
      {posting && <VacancyFormModal vacancy={null} employerId={e.id} onClose={() => setPosting(false)} />}
    </>
  );
}
