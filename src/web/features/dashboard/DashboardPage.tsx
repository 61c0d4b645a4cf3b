import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centreToday } from '../../../shared/centre-date';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useCentres } from '../centres/centres.api';
import { useHeadline } from './dashboard.api';
import { FigureCards } from './FigureCards';
import { ProvinceTable } from './ProvinceTable';

/** The headline figures: counts of people only, for the centres the user may see (all for national roles). */
export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const today = centreToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [centreId, setCentreId] = useState<string | null>(null);
  const centres = useCentres();
  const choices = (centres.data ?? []).filter((c) => me.national || me.centreIds.includes(c.id));
  const headline = useHeadline({ from, to, centreId });
  const badPeriod = from !== '' && to !== '' && from > to;
  return (
    <Stack gap="md">
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          type="date"
          label={t('dashboard.from')}
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('dashboard.to')}
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={badPeriod ? t('dashboard.badPeriod') : undefined}
        />
        {choices.length > 1 && (
          <Select
            label={t('dashboard.centre')}
            placeholder={me.national ? t('dashboard.allCentres') : t('dashboard.myCentres')}
            data={choices.map((c) => ({ value: c.id, label: localName(c, language) }))}
            value={centreId}
            onChange={setCentreId}
            clearable
          />
        )}
      </Group>
      {headline.isError && <ErrorAlert error={headline.error} onRetry={() => void headline.refetch()} />}
      {headline.isPending && !badPeriod && <Loading />}
      {headline.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {headline.data.national ? t('dashboard.scopeNational') : t('dashboard.scopeCentres')}
          </Text>
          <FigureCards figures={headline.data.totals} />
          <SectionCard title={t('dashboard.byProvince')}>
            <ProvinceTable provinces={headline.data.provinces} />
          </SectionCard>
          <Text size="sm" c="dimmed">
            {t('dashboard.note')}
          </Text>
        </>
      )}
    </Stack>
  );
}
