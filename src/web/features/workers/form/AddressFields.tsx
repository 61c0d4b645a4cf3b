import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlacePicker } from '../../reference/PlacePicker';
import type { WorkerForm } from './form-types';

export function AddressFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PlacePicker
        label={t('workers.fields.address')}
        description={t('workers.help.address')}
        value={form.values.addressCode || null}
        onChange={(code) => form.setFieldValue('addressCode', code ?? '')}
        error={form.errors.addressCode}
        data-testid="address-picker"
      />
      <Textarea
        label={t('workers.fields.addressDetail')}
        description={t('workers.help.addressDetail')}
        autosize
        minRows={2}
        {...form.getInputProps('addressDetail')}
      />
    </Stack>
  );
}
