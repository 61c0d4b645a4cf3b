import { NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../ui/ChoiceField';
import type { WorkerForm } from './form-types';
import { type BirthMode, today } from './worker-form';

/** Date of birth when the person has a document, else the year, else the age they give. */
export function BirthField({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const mode = form.values.birthMode;
  return (
    <Stack gap="xs">
      <ChoiceField<BirthMode>
        label={t('workers.fields.birthKnownAs')}
        value={mode}
        onChange={(v) => form.setFieldValue('birthMode', v)}
        data={[
          { value: 'date', label: t('workers.birthModes.date') },
          { value: 'year', label: t('workers.birthModes.year') },
          { value: 'age', label: t('workers.birthModes.age') },
        ]}
      />
      {mode === 'date' && (
        <TextInput
          label={t('workers.fields.dateOfBirth')}
          type="date"
          max={today()}
          min="1920-01-01"
          {...form.getInputProps('dateOfBirth')}
        />
      )}
      {mode === 'year' && (
        <NumberInput
          label={t('workers.fields.birthYear')}
          min={1920}
          max={2015}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          inputMode="numeric"
          placeholder="1990"
          {...form.getInputProps('birthYear')}
        />
      )}
      {mode === 'age' && (
        <NumberInput
          label={t('workers.fields.age')}
          description={t('workers.help.age')}
          min={10}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          inputMode="numeric"
          {...form.getInputProps('age')}
        />
      )}
    </Stack>
  );
}
