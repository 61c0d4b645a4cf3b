import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SKILL_KINDS } from '../../../../shared/contracts/workers';
import type { WorkerForm } from './form-types';
import { newSkill } from './worker-form';

/** Skills as the person names them, and how each is known: said, trained for, or certified (RPL). */
export function SkillsFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const skills = form.values.skills;
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('workers.sections.skills')}
      </Title>
      {skills.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('workers.noSkills')}
        </Text>
      )}
      {skills.map((skill, i) => (
        <Paper key={skill.key} withBorder p="xs" radius="md" data-testid="skill">
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <Group gap="xs" style={{ flex: 1 }} align="flex-start">
              <TextInput
                label={t('workers.fields.skill')}
                placeholder={t('workers.help.skillExample')}
                style={{ flex: '1 1 200px' }}
                {...form.getInputProps(`skills.${i}.label`)}
              />
              <Select
                label={t('workers.fields.skillKind')}
                data={SKILL_KINDS.map((k) => ({ value: k, label: t(`workers.skillKinds.${k}`) }))}
                allowDeselect={false}
                style={{ flex: '1 1 160px' }}
                {...form.getInputProps(`skills.${i}.kind`)}
              />
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={30}
              onClick={() => form.removeListItem('skills', i)}
              aria-label={t('workers.actions.removeSkill', { n: i + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('skills', newSkill())}
        >
          {t('workers.actions.addSkill')}
        </Button>
      </Group>
    </Stack>
  );
}
