import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useCentres } from '../centres/centres.api';
import { CaseTable } from './CaseTable';
import { useCaseloads } from './cases.api';

/** A centre manager's view of every open case of their centres, one block per counsellor. */
export default function CaseloadsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const centres = useCentres();
  const [centreId, setCentreId] = useState<string | null>(null);
  const loads = useCaseloads(centreId);
  const choices = (centres.data ?? []).filter((c) => me.national || me.centreIds.includes(c.id));
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('cases.caseloads.title')}
        description={t('cases.caseloads.description')}
        actions={
          choices.length > 1 && (
            <Select
              aria-label={t('cases.caseloads.centre')}
              placeholder={t('cases.caseloads.allCentres')}
              data={choices.map((c) => ({ value: c.id, label: localName(c, language) }))}
              value={centreId}
              onChange={setCentreId}
              clearable
            />
          )
        }
      />
      {loads.isError && <ErrorAlert error={loads.error} onRetry={() => void loads.refetch()} />}
      {loads.isPending && <Loading />}
      {loads.data?.length === 0 && <Text c="dimmed">{t('cases.caseloads.none')}</Text>}
      <Stack gap="md">
        {loads.data?.map((g) => (
          <SectionCard
            key={g.counsellor.id}
            title={g.counsellor.name}
            actions={
              <Group gap={6}>
                <Badge variant="light">{t('cases.caseloads.count', { n: g.items.length })}</Badge>
                {g.items.some((i) => i.overdueActions > 0) && (
                  <Badge color="red">
                    {t('cases.caseloads.overdue', {
                      n: g.items.reduce((n, i) => n + i.overdueActions, 0),
                    })}
                  </Badge>
                )}
              </Group>
            }
          >
            <CaseTable items={g.items} empty={t('cases.mine.none')} />
          </SectionCard>
        ))}
      </Stack>
    </Stack>
  );
}
