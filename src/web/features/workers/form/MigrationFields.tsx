import {
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CROSSING_POINTS, RETURN_REASONS } from '../worker-options';
import { codedOptions } from './coded-options';
import type { WorkerForm } from './form-types';
import { StayFields } from './StayFields';
import { ThaiDocumentsFields } from './ThaiDocumentsFields';
import { newStay, today } from './worker-form';

/** Migration history (one entry per stay, most recent last), Thai documents, and the return home. */
export function MigrationFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        {t('workers.sections.migration')}
      </Title>
      {v.migrations.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('workers.noStays')}
        </Text>
      )}
      {v.migrations.map((stay, i) => (
        <StayFields key={stay.key} form={form} index={i} />
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('migrations', newStay())}
        >
          {t('workers.actions.addStay')}
        </Button>
      </Group>
      <ThaiDocumentsFields form={form} />
      <Title order={3} size="h5">
        {t('workers.sections.return')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('workers.fields.returnDate')}
          type="date"
          max={today()}
          {...form.getInputProps('returnDate')}
        />
        <Autocomplete
          label={t('workers.fields.returnCrossing')}
          description={t('workers.help.returnCrossing')}
          data={CROSSING_POINTS.map((c) => t(`workers.crossings.${c}`))}
          {...form.getInputProps('returnCrossing')}
        />
      </SimpleGrid>
      <Select
        label={t('workers.fields.returnReason')}
        data={codedOptions(RETURN_REASONS, 'workers.returnReasons', t, v.returnReason)}
        clearable
        {...form.getInputProps('returnReason')}
        value={v.returnReason || null}
        onChange={(x) => form.setFieldValue('returnReason', x ?? '')}
      />
    </Stack>
  );
}
