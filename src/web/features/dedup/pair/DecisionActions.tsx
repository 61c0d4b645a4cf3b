import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { IconArrowsJoin, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { ConfirmModal } from '../../../ui/ConfirmModal';

interface Props {
  a: TWorker;
  b: TWorker;
  busy: boolean;
  onSame: (survivorId: string) => void;
  onDistinct: () => void;
}

/**
 * The reviewer's two answers. For "same person" they choose which record stays (by default the older
 * registration, as the server would); the other is kept, marked merged, and the merge can be undone.
 */
export function DecisionActions({ a, b, busy, onSame, onDistinct }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Registered the same day: the one entered first is the older record.
  const older = (
    a.registeredOn === b.registeredOn
      ? a.createdAt <= b.createdAt
      : a.registeredOn < b.registeredOn
  )
    ? a
    : b;
  const [survivorId, setSurvivorId] = useState(older.id);
  const [confirming, setConfirming] = useState(false);
  const survivor = survivorId === a.id ? a : b;
  const merged = survivorId === a.id ? b : a;
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('dedup.pair.whichStays')}
        description={t('dedup.pair.whichStaysHelp')}
        value={survivorId}
        onChange={setSurvivorId}
      >
        <Stack gap="xs" mt="xs">
          {[a, b].map((w) => (
            <Radio
              key={w.id}
              value={w.id}
              label={`${w.regNo} · ${w.displayName}`}
              description={t('dedup.pair.registeredOn', { date: formatDate(w.registeredOn, language) })}
              data-testid={`survivor-${w.regNo}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Group gap="sm">
        <Button
          leftSection={<IconArrowsJoin size={18} aria-hidden />}
          onClick={() => setConfirming(true)}
          loading={busy}
        >
          {t('dedup.pair.same')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconUsers size={18} aria-hidden />}
          onClick={onDistinct}
          disabled={busy}
        >
          {t('dedup.pair.distinct')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('dedup.pair.undoNote')}
      </Text>
      <ConfirmModal
        opened={confirming}
        title={t('dedup.pair.confirmTitle')}
        body={t('dedup.pair.confirmBody', { merged: merged.regNo, survivor: survivor.regNo })}
        confirmLabel={t('dedup.pair.same')}
        onConfirm={() => {
          setConfirming(false);
          onSame(survivorId);
        }}
        onCancel={() => setConfirming(false)}
        busy={busy}
      />
    </Stack>
  );
}
