import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseTransfer } from '../../../shared/contracts/cases';
import { formatDateTime, localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useCentres } from '../centres/centres.api';
import { acceptTransfer, declineTransfer, refreshCases, useIncomingTransfers } from './cases.api';

function TransferCard({ transfer }: { transfer: TCaseTransfer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const centres = useCentres();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const centre = (id: string) => {
    const c = centres.data?.find((x) => x.id === id);
    return c ? localName(c, language) : '';
  };
  const answer = async (verb: 'accept' | 'decline') => {
    setBusy(verb);
    setError(null);
    try {
      await (verb === 'accept' ? acceptTransfer : declineTransfer)(transfer.id, note.trim() || null);
      await refreshCases(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder radius="md" data-testid="transfer">
      <Stack gap="xs">
        <AnchorLink
          to="/workers/$workerId"
          params={{ workerId: transfer.worker.id }}
          hash="case-plan"
          fw={600}
        >
          {transfer.worker.regNo} · {transfer.worker.displayName}
        </AnchorLink>
        <Text size="sm">
          {t('cases.transfers.from', {
            from: transfer.from.name,
            fromCentre: centre(transfer.fromCentreId),
            to: transfer.to.name,
            toCentre: centre(transfer.toCentreId),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(transfer.requestedAt, language)}
        </Text>
        {transfer.note && <Text size="sm">“{transfer.note}”</Text>}
        <Textarea
          label={t('cases.transfers.answerNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group>
          <Button onClick={() => void answer('accept')} loading={busy === 'accept'} disabled={busy !== null}>
            {t('cases.transfers.accept')}
          </Button>
          <Button
            variant="default"
            onClick={() => void answer('decline')}
            loading={busy === 'decline'}
            disabled={busy !== null}
          >
            {t('cases.transfers.decline')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Cases others asked this user (or a centre they manage) to take over. */
export default function TransfersPage() {
  const { t } = useTranslation();
  const transfers = useIncomingTransfers();
  return (
    <Stack gap={0}>
      <PageHeader title={t('cases.transfers.title')} description={t('cases.transfers.description')} />
      {transfers.isError && <ErrorAlert error={transfers.error} onRetry={() => void transfers.refetch()} />}
      {transfers.isPending && <Loading />}
      {transfers.data?.length === 0 && <Text c="dimmed">{t('cases.transfers.none')}</Text>}
      <Stack gap="md">
        {transfers.data?.map((tr) => (
          <TransferCard key={tr.id} transfer={tr} />
        ))}
      </Stack>
    </Stack>
  );
}
