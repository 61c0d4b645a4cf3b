import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, type TTimelineEntry, type TWorker } from '../../../../shared/contracts/workers';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { refreshWorkers } from '../workers.api';
import { recordConsent } from './consent-changes';

type Kind = (typeof CONSENT_KINDS)[number];

interface Props {
  worker: TWorker;
  timeline: TTimelineEntry[] | undefined;
  canEdit: boolean;
}

/** Each consent's state with when and by whom it was recorded; giving or withdrawing adds a new entry. */
export function ConsentsSection({ worker, timeline, canEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState<{ kind: Kind; granted: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The profile carries the recorder's account id; the timeline names the account, newest entry first.
  const recorder = (kind: Kind) =>
    timeline?.find((e) => e.kind === 'consent' && e.details.consent === kind)?.actor ?? null;

  const apply = async () => {
    if (!changing) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await recordConsent(worker, changing.kind, changing.granted);
      await refreshWorkers(queryClient, saved);
      notifications.show({
        color: 'green',
        message: t(changing.granted ? 'consents.recorded' : 'consents.withdrawn', {
          kind: t(`workers.consents.${changing.kind}.label`),
        }),
      });
      setChanging(null);
    } catch (e) {
      setError(e);
      setChanging(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard title={t('workers.sections.consent')} testId="section-consents">
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        {CONSENT_KINDS.map((kind) => {
          const state = worker.consents.find((c) => c.kind === kind);
          const by = recorder(kind);
          return (
            <Stack key={kind} gap={2} data-testid={`consent-${kind}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {t(`workers.consents.${kind}.label`)}
                </Text>
                <Badge
                  variant="light"
                  color={state?.granted ? 'green' : state ? 'red' : 'gray'}
                  className="nowrap"
                  style={{ flexShrink: 0 }}
                >
                  {state?.granted
                    ? t('consents.given')
                    : state
                      ? t('consents.withdrawnState')
                      : t('consents.notAsked')}
                </Badge>
              </Group>
              {state && (
                <Text size="xs" c="dimmed">
                  {by
                    ? t('consents.recordedAtBy', { at: formatDateTime(state.recordedAt, language), by })
                    : t('consents.recordedAt', { at: formatDateTime(state.recordedAt, language) })}
                </Text>
              )}
              {canEdit && (
                <Group>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={state?.granted ? 'red' : undefined}
                    onClick={() => setChanging({ kind, granted: !state?.granted })}
                  >
                    {state?.granted ? t('consents.withdraw') : t('consents.record')}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        })}
      </Stack>
      <ConfirmModal
        opened={changing !== null}
        title={changing?.granted ? t('consents.recordTitle') : t('consents.withdrawTitle')}
        body={
          changing
            ? t(changing.granted ? 'consents.recordBody' : 'consents.withdrawBody', {
                kind: t(`workers.consents.${changing.kind}.label`),
              })
            : ''
        }
        confirmLabel={changing?.granted ? t('consents.record') : t('consents.withdraw')}
        onConfirm={() => void apply()}
        onCancel={() => setChanging(null)}
        busy={busy}
      />
    </SectionCard>
  );
}
