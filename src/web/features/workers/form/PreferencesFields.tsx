import { MultiSelect, NumberInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { YesNoField } from '../../../ui/YesNoField';
import { occupationLabel, uniqueByCode } from '../../reference/occupation-text';
import { useProvinces } from '../../reference/provinces.api';
import { useOccupations, useSectors } from '../../reference/reference.api';
import type { WorkerForm } from './form-types';

const withMissing = (options: { value: string; label: string }[], values: string[]) => [
  ...options,
  ...values.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v })),
];

/** What work the person wants: the matching module ranks vacancies against these. */
export function PreferencesFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useSectors().data ?? [];
  const provinces = useProvinces().data ?? [];
  const occupations = uniqueByCode(useOccupations('', 'curated').data ?? []);
  const p = form.values.preferences;
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        {t('workers.sections.preferences')}
      </Title>
      <MultiSelect
        label={t('workers.fields.prefSectors')}
        data={withMissing(
          sectors.map((s) => ({ value: s.code, label: localName(s, language) })),
          p.sectors,
        )}
        searchable
        {...form.getInputProps('preferences.sectors')}
      />
      <MultiSelect
        label={t('workers.fields.prefOccupations')}
        data={withMissing(
          occupations.map((o) => ({ value: o.iscoCode, label: occupationLabel(o, language) })),
          p.occupations,
        )}
        searchable
        maxValues={10}
        nothingFoundMessage={t('common.noResults')}
        {...form.getInputProps('preferences.occupations')}
      />
      <MultiSelect
        label={t('workers.fields.prefProvinces')}
        data={withMissing(
          provinces.map((x) => ({ value: x.code, label: localName(x, language) })),
          p.provinces,
        )}
        searchable
        {...form.getInputProps('preferences.provinces')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <YesNoField
          label={t('workers.fields.willingToRelocate')}
          value={p.willingToRelocate}
          onChange={(v) => form.setFieldValue('preferences.willingToRelocate', v)}
        />
        <NumberInput
          label={t('workers.fields.expectedWageUsd')}
          min={0}
          allowNegative={false}
          hideControls
          inputMode="decimal"
          leftSection="$"
          {...form.getInputProps('preferences.expectedWageUsd')}
        />
        <YesNoField
          label={t('workers.fields.selfEmploymentInterest')}
          value={p.selfEmploymentInterest}
          onChange={(v) => form.setFieldValue('preferences.selfEmploymentInterest', v)}
        />
        <YesNoField
          label={t('workers.fields.remigrationInterest')}
          value={p.remigrationInterest}
          onChange={(v) => form.setFieldValue('preferences.remigrationInterest', v)}
        />
      </SimpleGrid>
    </Stack>
  );
}
