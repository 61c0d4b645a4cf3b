import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatDate, localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { Facts } from '../../../ui/Facts';
import { SectionCard } from '../../../ui/SectionCard';
import { OccupationName } from '../../reference/OccupationName';
import { useSectors } from '../../reference/reference.api';
import { codedText } from '../form/coded-options';
import { moneyText, periodText, yesNoText } from './value-text';

/** Each stay abroad, most recent first, then the return home. */
export function MigrationSection({ worker: w }: { worker: TWorker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useSectors().data ?? [];
  const sectorName = (code: string | null | undefined) => {
    const s = sectors.find((x) => x.code === code);
    return s ? localName(s, language) : (code ?? null);
  };
  const stays = w.migrations.map((m, i) => ({ m, n: i + 1 })).reverse();
  return (
    <SectionCard title={t('workers.sections.migrationReturn')} testId="section-migration">
      <Stack gap="md">
        {stays.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('workers.noStaysRecorded')}
          </Text>
        )}
        {stays.map(({ m, n }) => (
          <Stack key={n} gap={4}>
            <Text fw={600} size="sm">
              {t('workers.stayN', { n })}: {codedText('workers.countries', m.country)}
            </Text>
            <Facts
              items={[
                [t('workers.fields.sector'), sectorName(m.sector)],
                [
                  t('workers.fields.occupation'),
                  m.occupationIsco && <OccupationName code={m.occupationIsco} />,
                ],
                [t('workers.fields.employer'), m.employer],
                [t('workers.fields.period'), periodText(m.startedOn, m.endedOn, language)],
                [t('workers.fields.monthlyWage'), moneyText(m.monthlyWage, m.wageCurrency, language)],
                [t('workers.fields.documented'), yesNoText(t, m.documented)],
                [
                  t('workers.fields.recruitmentChannel'),
                  m.recruitmentChannel && codedText('workers.recruitment', m.recruitmentChannel),
                ],
                [t('workers.fields.debt'), moneyText(m.debtAmount, m.debtCurrency, language)],
              ]}
            />
          </Stack>
        ))}
        <Divider label={t('workers.sections.return')} labelPosition="left" />
        <Facts
          items={[
            [t('workers.fields.returnDate'), w.returnDate && formatDate(w.returnDate, language)],
            [t('workers.fields.returnCrossing'), w.returnCrossing],
            [
              t('workers.fields.returnReason'),
              w.returnReason && codedText('workers.returnReasons', w.returnReason),
            ],
          ]}
        />
      </Stack>
    </SectionCard>
  );
}
