import { ActionIcon, Button, Grid, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { legalOptions } from './legal-options';

export interface ActionRow {
  kind: string;
  on: string;
  notes: string;
}

/** What was done on the case, dated: mediation, a complaint to an authority, a referral to legal aid. */
export function ActionsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
  errors: Record<string, React.ReactNode>;
}) {
  const { t } = useTranslation();
  const o = legalOptions(t);
  const set = (i: number, patch: Partial<ActionRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs" data-testid="legal-actions">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('legal.actions.none')}
        </Text>
      )}
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity
        <Grid key={i} gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('legal.actions.kind')}
              data={o.actionKinds}
              value={r.kind}
              onChange={(v) => set(i, { kind: v ?? 'mediation' })}
              allowDeselect={false}
              error={errors[`actions.${i}.kind`]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3.5 }}>
            <TextInput
              type="date"
              label={t('legal.actions.on')}
              value={r.on}
              onChange={(e) => set(i, { on: e.currentTarget.value })}
              error={errors[`actions.${i}.on`]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 10, sm: 4 }}>
            <TextInput
              label={t('legal.actions.notes')}
              value={r.notes}
              onChange={(e) => set(i, { notes: e.currentTarget.value })}
              maxLength={4000}
              error={errors[`actions.${i}.notes`]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 2, sm: 0.5 }}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('legal.actions.remove', { n: i + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Grid.Col>
        </Grid>
      ))}
      {errors.actions && (
        <Text size="sm" c="red">
          {errors.actions}
        </Text>
      )}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            onChange([...rows, { kind: 'mediation', on: new Date().toISOString().slice(0, 10), notes: '' }])
          }
        >
          {t('legal.actions.add')}
        </Button>
      </div>
    </Stack>
  );
}
