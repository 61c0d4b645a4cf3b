import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsRightLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMe } from '../../../../shared/contracts/auth';
import type { TWorker } from '../../../../shared/contracts/workers';
import { useMe } from '../../../auth/session';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCentres } from '../../centres/centres.api';
import { refreshWorkers, updateWorker } from '../workers.api';

/** The server's rule, mirrored: an admin, or a manager of both the current and the new centre. */
const mayTransferTo = (me: TMe, from: string, to: string) =>
  me.role === 'admin' ||
  (me.role === 'centre_manager' && me.centreIds.includes(from) && me.centreIds.includes(to));

/** Moves a returnee who has moved province to another centre, after the user confirms where. */
export function TransferWorker({ worker }: { worker: TWorker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const centres = useCentres().data ?? [];
  const [opened, setOpened] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const from = centres.find((c) => c.id === worker.centreId);
  const targets = centres.filter(
    (c) => c.active && c.id !== worker.centreId && mayTransferTo(me, worker.centreId, c.id),
  );
  if (!from || targets.length === 0) return null;

  const close = () => {
    setOpened(false);
    setTo(null);
    setError(null);
  };
  const transfer = async () => {
    if (!to) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await updateWorker(worker.id, { version: worker.version, centreId: to });
      await refreshWorkers(queryClient, saved);
      const centre = centres.find((c) => c.id === to);
      notifications.show({
        color: 'green',
        message: t('workers.transfer.done', {
          name: worker.displayName,
          centre: centre ? localName(centre, language) : '',
        }),
      });
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowsRightLeft size={18} aria-hidden />}
        onClick={() => setOpened(true)}
        data-testid="worker-transfer"
      >
        {t('workers.transfer.action')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('workers.transfer.title')}>
        <Stack>
          <Text size="sm">
            {t('workers.transfer.body', { name: worker.displayName, from: localName(from, language) })}
          </Text>
          <Select
            label={t('workers.transfer.centre')}
            placeholder={t('workers.transfer.placeholder')}
            data={targets.map((c) => ({ value: c.id, label: `${localName(c, language)} (${c.code})` }))}
            value={to}
            onChange={setTo}
            required
            comboboxProps={{ withinPortal: true }}
          />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void transfer()} loading={busy} disabled={!to}>
              {t('workers.transfer.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
