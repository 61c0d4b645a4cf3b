import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ContactPerson {
  name: string;
  role: string;
  phone: string;
}

/** The people to call at an employer: name, role and phone, as many as needed. */
export function ContactPeopleField({
  value,
  onChange,
}: {
  value: ContactPerson[];
  onChange: (value: ContactPerson[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ContactPerson>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('jobs.fields.contactPeople')}
      </Text>
      {value.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('jobs.contactPerson.name')}
            value={p.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
            style={{ flex: 2 }}
          />
          <TextInput
            label={t('jobs.contactPerson.role')}
            value={p.role}
            onChange={(e) => set(i, { role: e.currentTarget.value })}
            style={{ flex: 2 }}
          />
          <TextInput
            label={t('jobs.fields.phone')}
            type="tel"
            value={p.phone}
            onChange={(e) => set(i, { phone: e.currentTarget.value })}
            style={{ flex: 2 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('jobs.contactPerson.remove', { name: p.name || String(i + 1) })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, { name: '', role: '', phone: '' }])}
        >
          {t('jobs.contactPerson.add')}
        </Button>
      </Group>
    </Stack>
  );
}
