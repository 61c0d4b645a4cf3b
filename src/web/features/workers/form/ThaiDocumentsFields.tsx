import { ActionIcon, Button, Group, Input, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { THAI_DOCUMENT_KINDS } from '../../../../shared/contracts/workers';
import type { WorkerForm } from './form-types';
import { newThaiDocument } from './worker-form';

/** Pink card, work permit, border pass: their numbers also help recognise the same person in Thai lists. */
export function ThaiDocumentsFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const docs = form.values.thaiDocuments;
  return (
    <Input.Wrapper label={t('workers.fields.thaiDocuments')} labelElement="div">
      <Stack gap="xs" mt={4}>
        {docs.map((doc, i) => (
          <Paper key={doc.key} withBorder p="xs" radius="md">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" style={{ flex: 1 }}>
                <Select
                  label={t('workers.fields.documentKind')}
                  data={THAI_DOCUMENT_KINDS.map((k) => ({
                    value: k,
                    label: t(`workers.thaiDocuments.${k}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps(`thaiDocuments.${i}.kind`)}
                />
                <TextInput
                  label={t('workers.fields.documentNumber')}
                  {...form.getInputProps(`thaiDocuments.${i}.number`)}
                />
                <TextInput
                  label={t('workers.fields.expiresOn')}
                  type="date"
                  {...form.getInputProps(`thaiDocuments.${i}.expiresOn`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                onClick={() => form.removeListItem('thaiDocuments', i)}
                aria-label={t('workers.actions.removeDocument', { n: i + 1 })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('thaiDocuments', newThaiDocument())}
          >
            {t('workers.actions.addDocument')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
