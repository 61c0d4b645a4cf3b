import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReferral } from '../../../shared/contracts/partners';
import { formatDate, localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import { label } from './case-options';
import { useReferrals } from './cases.api';
import { ReferralModal } from './ReferralModal';

const STATUS_COLOR: Record<string, string> = {
  sent: 'blue',
  accepted: 'cyan',
  service_given: 'green',
  closed: 'gray',
  declined: 'red',
};

/** Referrals to partner organisations, with what each partner reported back. */
export function ReferralsSection({ workerId, canAct }: { workerId: string; canAct: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const referrals = useReferrals(workerId);
  const [editing, setEditing] = useState<TReferral | null | 'new'>(null);
  return (
    <SectionCard
      title={t('cases.referrals.title')}
      testId="section-referrals"
      actions={
        canAct && (
          <Button
            size="xs"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('cases.referrals.new')}
          </Button>
        )
      }
    >
      {referrals.isError && <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />}
      {referrals.isPending && <Loading />}
      {referrals.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.referrals.none')}
        </Text>
      )}
      <Stack gap="sm">
        {referrals.data?.map((r) => (
          <Stack key={r.id} gap={2} data-testid="referral">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {localName(r.partner, language)}
                </Text>
                <Group gap={6}>
                  <Badge size="sm" variant="light" color={STATUS_COLOR[r.status]}>
                    {label('referralStatuses', r.status)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {formatDate(r.referredOn, language)}
                    {r.referredBy && ` · ${r.referredBy.name}`}
                  </Text>
                </Group>
              </Stack>
              {canAct && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(r)}
                >
                  {t('cases.referrals.update')}
                </Button>
              )}
            </Group>
            <Text size="sm">{r.reason}</Text>
            {r.feedback && (
              <Text size="sm" c="dimmed">
                {t('cases.referrals.feedbackText', {
                  text: r.feedback,
                  date: r.feedbackOn ? formatDate(r.feedbackOn, language) : '',
                })}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
      {editing && (
        <ReferralModal
          workerId={workerId}
          referral={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </SectionCard>
  );
}
