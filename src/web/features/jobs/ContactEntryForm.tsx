import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { today } from './jobs-text';

/**
 * One dated entry of a contact log (with an employer, or about a referral): the date, how, and what was said.
 * `save` gets the kind chosen from `kinds`; the form empties itself after a successful save.
 */
export function ContactEntryForm<K extends string>({
  kinds,
  kindLabel,
  kindText,
  save,
}: {
  kinds: readonly K[];
  kindLabel: string;
  kindText: (kind: K) => string;
  save: (entry: { occurredOn: string; kind: K; summary: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [occurredOn, setOccurredOn] = useState(today());
  const [kind, setKind] = useState<K>(kinds[0]!);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await save({ occurredOn, kind, summary });
      setSummary('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      {error !== null && <ErrorAlert error={error} />}
      <Group grow>
        <TextInput
          type="date"
          label={t('jobs.contacts.date')}
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.currentTarget.value)}
        />
        <Select
          label={kindLabel}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && setKind(v as K)}
          data={kinds.map((k) => ({ value: k, label: kindText(k) }))}
        />
      </Group>
      <Textarea
        label={t('jobs.contacts.summary')}
        autosize
        minRows={2}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button onClick={() => void add()} loading={busy} disabled={!summary.trim() || !occurredOn}>
          {t('jobs.contacts.add')}
        </Button>
      </Group>
    </Stack>
  );
}
