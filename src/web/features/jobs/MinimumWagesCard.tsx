import { ActionIcon, Button, Group, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinimumWage } from '../../../shared/contracts/job-settings';
import { formatDate, localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { useSectors } from '../reference/reference.api';
import { addMinimumWage, deleteMinimumWage, refreshJobs } from './jobs.api';
import { useSectorName, wageText } from './jobs-text';

/** The legal minimum wages by sector and date; a row with no sector is the reference floor for the others. */
export function MinimumWagesCard({ wages }: { wages: MinimumWage[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const sectors = useSectors().data ?? [];
  const sectorName = useSectorName();
  const [sector, setSector] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('USD');
  const [per, setPer] = useState('month');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await refreshJobs(queryClient);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <SectionCard title={t('jobs.settings.minimumWages')} testId="minimum-wages">
      {error !== null && <ErrorAlert error={error} />}
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" aria-label={t('jobs.settings.minimumWages')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.fields.sector')}</Table.Th>
              <Table.Th>{t('jobs.fields.wage')}</Table.Th>
              <Table.Th>{t('jobs.settings.effectiveFrom')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {wages.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.sector ? sectorName(w.sector) : t('jobs.settings.referenceFloor')}</Table.Td>
                <Table.Td>
                  {wageText({ wageAmount: w.amount, wageCurrency: w.currency, wagePer: w.per }, t, language)}
                </Table.Td>
                <Table.Td>{formatDate(w.effectiveFrom, language)}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('jobs.settings.remove')}
                    onClick={() => void run(() => deleteMinimumWage(w.id))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="sm" align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('jobs.fields.sector')}
          placeholder={t('jobs.settings.referenceFloor')}
          clearable
          value={sector}
          onChange={setSector}
          data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
        />
        <NumberInput label={t('jobs.settings.amount')} min={0} value={amount} onChange={setAmount} w={120} />
        <Select
          label={t('jobs.fields.wageCurrency')}
          value={currency}
          allowDeselect={false}
          onChange={(v) => v && setCurrency(v)}
          data={['USD', 'KHR'].map((c) => ({ value: c, label: t(`jobs.wage.currency.${c}`) }))}
          w={110}
        />
        <Select
          label={t('jobs.fields.wagePer')}
          value={per}
          allowDeselect={false}
          onChange={(v) => v && setPer(v)}
          data={['month', 'day'].map((p) => ({ value: p, label: t(`jobs.wage.perLabel.${p}`) }))}
          w={120}
        />
        <TextInput
          type="date"
          label={t('jobs.settings.effectiveFrom')}
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        />
        <Button
          disabled={amount === '' || !effectiveFrom}
          onClick={() =>
            void run(() =>
              addMinimumWage({
                sector,
                amount: Number(amount),
                currency: currency as 'USD',
                per: per as 'month',
                effectiveFrom,
              }),
            )
          }
        >
          {t('jobs.settings.add')}
        </Button>
      </Group>
    </SectionCard>
  );
}
