import { Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../shared/contracts/workers';
import { ChoiceField } from '../../../ui/ChoiceField';
import { BirthField } from './BirthField';
import type { WorkerForm } from './form-types';
import { PhonesField } from './PhonesField';
import type { WorkerFormValues } from './worker-form';

interface Props {
  form: WorkerForm;
  /** The centres to choose from when the user works for several (or all); null hides the choice. */
  centreOptions: { value: string; label: string }[] | null;
}

/** Names (Khmer first, family name first as Khmer usage has it), sex, birth, phones and ID numbers. */
export function IdentityFields({ form, centreOptions }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {centreOptions && (
        <Select
          label={t('workers.fields.centre')}
          data={centreOptions}
          required
          allowDeselect={false}
          {...form.getInputProps('centreId')}
        />
      )}
      <Title order={3} size="h5">
        {t('workers.sections.nameKm')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('workers.fields.familyNameKm')}
          lang="km"
          autoComplete="off"
          {...form.getInputProps('familyNameKm')}
        />
        <TextInput
          label={t('workers.fields.givenNameKm')}
          lang="km"
          autoComplete="off"
          {...form.getInputProps('givenNameKm')}
        />
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('workers.sections.nameLatin')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('workers.fields.familyNameLatin')}
          lang="en"
          autoComplete="off"
          autoCapitalize="words"
          {...form.getInputProps('familyNameLatin')}
        />
        <TextInput
          label={t('workers.fields.givenNameLatin')}
          lang="en"
          autoComplete="off"
          autoCapitalize="words"
          {...form.getInputProps('givenNameLatin')}
        />
      </SimpleGrid>
      <ChoiceField<WorkerFormValues['sex']>
        label={t('workers.fields.sex')}
        value={form.values.sex}
        onChange={(v) => form.setFieldValue('sex', v)}
        error={form.errors.sex}
        data={SEXES.map((s) => ({ value: s, label: t(`workers.sex.${s}`) }))}
      />
      <BirthField form={form} />
      <PhonesField form={form} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('workers.fields.nationalId')}
          autoComplete="off"
          {...form.getInputProps('nationalId')}
        />
        <TextInput
          label={t('workers.fields.passportNo')}
          autoComplete="off"
          {...form.getInputProps('passportNo')}
        />
      </SimpleGrid>
    </Stack>
  );
}
