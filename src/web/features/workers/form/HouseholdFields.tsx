import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS } from '../../../../shared/contracts/workers';
import { YesNoField } from '../../../ui/YesNoField';
import { SPOKEN_LANGUAGES } from '../worker-options';
import { DisabilityFields } from './DisabilityFields';
import type { WorkerForm } from './form-types';

/** Household, disability, education, literacy and languages (Thai speaking is an asset employers ask for). */
export function HouseholdFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        {t('workers.sections.household')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={t('workers.fields.householdSize')}
          min={1}
          max={40}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          {...form.getInputProps('household.size')}
        />
        <NumberInput
          label={t('workers.fields.dependants')}
          min={0}
          max={40}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          {...form.getInputProps('household.dependants')}
        />
      </SimpleGrid>
      <YesNoField
        label={t('workers.fields.headOfHousehold')}
        value={v.household.headOfHousehold}
        onChange={(x) => form.setFieldValue('household.headOfHousehold', x)}
      />
      <DisabilityFields form={form} />
      <Title order={3} size="h5">
        {t('workers.sections.education')}
      </Title>
      <Select
        label={t('workers.fields.education')}
        data={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`workers.education.${e}`) }))}
        clearable
        value={v.education || null}
        onChange={(x) => form.setFieldValue('education', (x ?? '') as typeof v.education)}
        error={form.errors.education}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <YesNoField
          label={t('workers.fields.khmerRead')}
          value={v.literacy.khmerRead}
          onChange={(x) => form.setFieldValue('literacy.khmerRead', x)}
        />
        <YesNoField
          label={t('workers.fields.khmerWrite')}
          value={v.literacy.khmerWrite}
          onChange={(x) => form.setFieldValue('literacy.khmerWrite', x)}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('workers.fields.languages')}
        description={t('workers.help.languages')}
        data={[
          ...SPOKEN_LANGUAGES.map((l) => ({ value: l, label: t(`workers.spokenLanguages.${l}`) })),
          // Imported lists may name a language in words; keep it choosable as written.
          ...v.languages
            .filter((l) => !(SPOKEN_LANGUAGES as readonly string[]).includes(l))
            .map((l) => ({ value: l, label: l })),
        ]}
        searchable
        {...form.getInputProps('languages')}
      />
    </Stack>
  );
}
