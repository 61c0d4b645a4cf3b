import { Checkbox, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, REGISTRATION_CHANNELS } from '../../../../shared/contracts/workers';
import type { WorkerForm } from './form-types';
import { today } from './worker-form';

/**
 * Consent, read out to the person in plain words: each kind is its own box, so agreeing to be registered never
 * implies agreeing to be called or to have the profile shown to employers.
 */
export function ConsentFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        {t('workers.sections.consent')}
      </Title>
      <Stack gap="sm">
        {CONSENT_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`workers.consents.${kind}.label`)}
            description={t(`workers.consents.${kind}.help`)}
            // Read aloud to the person from the screen: the explanation is as large as the label.
            styles={{ description: { fontSize: 'var(--mantine-font-size-sm)' } }}
            {...form.getInputProps(`consents.${kind}`, { type: 'checkbox' })}
          />
        ))}
      </Stack>
      <Title order={3} size="h5">
        {t('workers.sections.registration')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('workers.fields.registrationChannel')}
          data={REGISTRATION_CHANNELS.map((c) => ({ value: c, label: t(`workers.channels.${c}`) }))}
          allowDeselect={false}
          {...form.getInputProps('registrationChannel')}
        />
        <TextInput
          label={t('workers.fields.registeredOn')}
          description={t('workers.help.registeredOn')}
          type="date"
          max={today()}
          {...form.getInputProps('registeredOn')}
        />
      </SimpleGrid>
    </Stack>
  );
}
