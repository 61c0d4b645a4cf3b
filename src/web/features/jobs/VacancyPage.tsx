import { Badge, Button, Grid, Group, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Facts } from '../../ui/Facts';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { VacancyCandidatesSection } from '../matching/VacancyCandidatesSection';
import { OccupationName } from '../reference/OccupationName';
import { PlaceName } from '../reference/PlaceName';
import { canEditJobs } from './job-roles';
import { useVacancy } from './jobs.api';
import { useSectorName, VACANCY_STATUS_COLOR, wageText, yesNoText } from './jobs-text';
import { ReferralPipeline } from './ReferralPipeline';
import { ReferWorker } from './ReferWorker';
import { VacancyFormModal } from './VacancyFormModal';

export default function VacancyPage() {
  const { vacancyId = '' } = useParams({ strict: false });
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const vacancy = useVacancy(vacancyId);
  const sectorName = useSectorName();
  const [editing, setEditing] = useState(false);
  if (vacancy.isError) return <ErrorAlert error={vacancy.error} onRetry={() => void vacancy.refetch()} />;
  if (!vacancy.data) return <Loading />;
  const v = vacancy.data;
  const canEdit = canEditJobs(me.role);
  const benefits = (['nssf', 'accommodation', 'transport', 'meals'] as const).filter((b) => v[b]);
  return (
    <>
      <PageHeader
        title={v.title}
        description={v.employerName}
        actions={
          <Group gap="sm">
            <Badge size="lg" variant="light" color={VACANCY_STATUS_COLOR[v.status]}>
              {t(`jobs.vacancyStatus.${v.status}`)}
            </Badge>
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('common.edit')}
              </Button>
            )}
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard title={t('jobs.vacancies.details')}>
            <Facts
              items={[
                [
                  t('jobs.fields.employer'),
                  <AnchorLink key="e" to="/employers/$employerId" params={{ employerId: v.employerId }}>
                    {v.employerName}
                  </AnchorLink>,
                ],
                [
                  t('jobs.fields.occupationIsco'),
                  v.occupationIsco ? <OccupationName key="o" code={v.occupationIsco} /> : null,
                ],
                [t('jobs.fields.sector'), sectorName(v.sector)],
                [
                  t('jobs.fields.place'),
                  <PlaceName key="p" code={v.communeCode ?? v.districtCode ?? v.provinceCode} />,
                ],
                [
                  t('jobs.fields.positions'),
                  t('jobs.vacancies.positionsText', { filled: v.positionsFilled, positions: v.positions }),
                ],
                [t('jobs.vacancies.activeReferrals'), String(v.activeReferrals)],
                [t('jobs.fields.wage'), wageText(v, t, language)],
                [t('jobs.fields.contractWritten'), yesNoText(v.contractWritten, t)],
                [
                  t('jobs.fields.contractDuration'),
                  v.contractDuration ? t(`jobs.duration.${v.contractDuration}`) : null,
                ],
                [t('jobs.fields.hoursPerWeek'), v.hoursPerWeek === null ? null : String(v.hoursPerWeek)],
                [t('jobs.fields.benefits'), benefits.map((b) => t(`jobs.fields.${b}`)).join(', ')],
                [t('jobs.fields.skillsRequired'), v.skillsRequired.join(', ')],
                [t('jobs.fields.skillsOptional'), v.skillsOptional.join(', ')],
                [t('jobs.fields.minExperienceYears'), String(v.minExperienceYears)],
                [
                  t('jobs.fields.minAge'),
                  `${v.minAge}${v.hazardous ? ` (${t('jobs.fields.hazardous')})` : ''}`,
                ],
                [t('jobs.fields.literacyRequired'), yesNoText(v.literacyRequired, t)],
                [t('jobs.fields.opensOn'), formatDate(v.opensOn, language)],
                [t('jobs.fields.closesOn'), formatDate(v.closesOn, language)],
                [t('jobs.fields.origin'), t(`jobs.origin.${v.origin}`)],
                [t('jobs.fields.description'), v.description],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {canEdit && v.status === 'open' && <ReferWorker vacancyId={v.id} />}
            <ReferralPipeline filter={{ vacancyId: v.id }} show="worker" />
            {v.status === 'open' && <VacancyCandidatesSection vacancyId={v.id} />}
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <VacancyFormModal vacancy={v} onClose={() => setEditing(false)} />}
    </>
  );
}
