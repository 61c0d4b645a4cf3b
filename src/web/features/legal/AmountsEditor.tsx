import { ActionIcon, Button, Grid, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { legalOptions } from './legal-options';

export interface AmountRow {
  kind: string;
  amount: number | string;
  currency: string;
  on: string;
  note: string;
}

export const newAmount = (): AmountRow => ({
  kind: 'claimed',
  amount: '',
  currency: 'THB',
  on: new Date().toISOString().slice(0, 10),
  note: '',
});

/** Claimed, awarded and received amounts, each with its currency and date; several rows for instalments. */
export function AmountsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: AmountRow[];
  onChange: (rows: AmountRow[]) => void;
  errors: Record<string, React.ReactNode>;
}) {
  const { t } = useTranslation();
  const o = legalOptions(t);
  const set = (i: number, patch: Partial<AmountRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs" data-testid="legal-amounts">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('legal.amounts.none')}
        </Text>
      )}
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity
        <Paper key={i} withBorder p="xs" radius="sm">
          <Grid gap="xs" align="flex-end">
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Select
                label={t('legal.amounts.kind')}
                data={o.amountKinds}
                value={r.kind}
                onChange={(v) => set(i, { kind: v ?? 'claimed' })}
                allowDeselect={false}
                error={errors[`amounts.${i}.kind`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <NumberInput
                label={t('legal.amounts.amount')}
                value={r.amount}
                onChange={(v) => set(i, { amount: v })}
                min={0}
                thousandSeparator=","
                error={errors[`amounts.${i}.amount`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Select
                label={t('legal.amounts.currency')}
                data={o.currencies}
                value={r.currency}
                onChange={(v) => set(i, { currency: v ?? 'THB' })}
                allowDeselect={false}
                error={errors[`amounts.${i}.currency`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                type="date"
                label={t('legal.amounts.on')}
                value={r.on}
                onChange={(e) => set(i, { on: e.currentTarget.value })}
                error={errors[`amounts.${i}.on`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 10, sm: 7.5 }}>
              <TextInput
                label={t('legal.amounts.note')}
                value={r.note}
                onChange={(e) => set(i, { note: e.currentTarget.value })}
                error={errors[`amounts.${i}.note`]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 2, sm: 0.5 }}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('legal.amounts.remove', { n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      {errors.amounts && (
        <Text size="sm" c="red">
          {errors.amounts}
        </Text>
      )}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...rows, newAmount()])}
        >
          {t('legal.amounts.add')}
        </Button>
      </div>
    </Stack>
  );
}
