import {
  ActionIcon,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../../shared/contracts/workers';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { YesNoField } from '../../../ui/YesNoField';
import { OccupationPicker } from '../../reference/OccupationPicker';
import { useSectors } from '../../reference/reference.api';
import { COUNTRIES, RECRUITMENT_CHANNELS } from '../worker-options';
import { codedOptions } from './coded-options';
import type { WorkerForm } from './form-types';

const currencyData = CURRENCIES.map((c) => ({ value: c, label: c }));

/** Money with its currency beside it: wages in Thailand were paid in baht, debts were often in dollars. */
function MoneyField({
  form,
  amount,
  currency,
  label,
}: {
  form: WorkerForm;
  amount: string;
  currency: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    // Bottom-aligned: a long label above the amount wraps on a phone, and the boxes still line up.
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label={label}
        min={0}
        thousandSeparator=","
        allowNegative={false}
        hideControls
        inputMode="decimal"
        style={{ flex: 1, minWidth: 0 }}
        {...form.getInputProps(amount)}
      />
      <Select
        label={t('workers.fields.currency')}
        data={currencyData}
        allowDeselect={false}
        w={96}
        {...form.getInputProps(currency)}
      />
    </Group>
  );
}

/** One stay abroad: where, doing what, for whom, when, for how much, and how the person got there. */
export function StayFields({ form, index }: { form: WorkerForm; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useSectors().data ?? [];
  const stay = form.values.migrations[index]!;
  const path = (field: string) => `migrations.${index}.${field}`;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="stay">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t('workers.stayN', { n: index + 1 })}</Text>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={() => form.removeListItem('migrations', index)}
            aria-label={t('workers.actions.removeStay', { n: index + 1 })}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('workers.fields.country')}
            data={codedOptions(COUNTRIES, 'workers.countries', t, stay.country)}
            searchable
            allowDeselect={false}
            required
            {...form.getInputProps(path('country'))}
          />
          <Select
            label={t('workers.fields.sector')}
            data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
            clearable
            {...form.getInputProps(path('sector'))}
            value={stay.sector || null}
            onChange={(v) => form.setFieldValue(path('sector'), v ?? '')}
          />
        </SimpleGrid>
        <OccupationPicker
          label={t('workers.fields.occupation')}
          value={stay.occupationIsco || null}
          onChange={(v) => form.setFieldValue(path('occupationIsco'), v ?? '')}
          error={form.errors[path('occupationIsco')]}
        />
        <TextInput label={t('workers.fields.employer')} {...form.getInputProps(path('employer'))} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('workers.fields.startedOn')}
            type="date"
            {...form.getInputProps(path('startedOn'))}
          />
          <TextInput
            label={t('workers.fields.endedOn')}
            type="date"
            min={stay.startedOn || undefined}
            {...form.getInputProps(path('endedOn'))}
          />
        </SimpleGrid>
        <MoneyField
          form={form}
          amount={path('monthlyWage')}
          currency={path('wageCurrency')}
          label={t('workers.fields.monthlyWage')}
        />
        <YesNoField
          label={t('workers.fields.documented')}
          value={stay.documented}
          onChange={(v) => form.setFieldValue(path('documented'), v)}
        />
        <Select
          label={t('workers.fields.recruitmentChannel')}
          data={codedOptions(RECRUITMENT_CHANNELS, 'workers.recruitment', t, stay.recruitmentChannel)}
          clearable
          {...form.getInputProps(path('recruitmentChannel'))}
          value={stay.recruitmentChannel || null}
          onChange={(v) => form.setFieldValue(path('recruitmentChannel'), v ?? '')}
        />
        <MoneyField
          form={form}
          amount={path('debtAmount')}
          currency={path('debtCurrency')}
          label={t('workers.fields.debt')}
        />
      </Stack>
    </Paper>
  );
}
