import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { centreToday } from '../../../shared/centre-date';
import { PARTNER_KINDS, REFERRAL_STATUSES, type TReferral } from '../../../shared/contracts/partners';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { orNull, useSave } from '../../ui/use-save';
import { CaseFormModal } from './CaseFormModal';
import { label, options } from './case-options';
import { createReferral, refreshCases, updateReferral, usePartners } from './cases.api';

interface Values {
  partnerId: string;
  referredOn: string;
  reason: string;
  status: string;
  feedback: string;
  feedbackOn: string;
}
const FIELDS = ['partnerId', 'referredOn', 'reason', 'status', 'feedback', 'feedbackOn'] as const;
const valuesOf = (r: TReferral | null): Values => ({
  partnerId: r?.partner.id ?? '',
  referredOn: r?.referredOn ?? centreToday(),
  reason: r?.reason ?? '',
  status: r?.status ?? 'sent',
  feedback: r?.feedback ?? '',
  feedbackOn: r?.feedbackOn ?? '',
});

/** A new referral (partner, date, why) or what the partner reported back (status, feedback). */
export function ReferralModal({
  workerId,
  referral,
  onClose,
}: {
  workerId: string;
  referral: TReferral | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const partners = usePartners();
  const form = useForm<Values>({
    initialValues: valuesOf(referral),
    validate: {
      partnerId: (v) => (v ? null : t('issues.required')),
      reason: (v) => (v.trim() ? null : t('issues.required')),
    },
  });
  const save = useSave<TReferral>(form, FIELDS);
  const groups = PARTNER_KINDS.map((kind) => ({
    group: label('partnerKinds', kind),
    items: (partners.data ?? [])
      .filter((p) => p.kind === kind)
      .map((p) => ({ value: p.id, label: localName(p, language) })),
  })).filter((g) => g.items.length);
  const mine = {
    status: form.values.status,
    reason: form.values.reason.trim(),
    feedback: orNull(form.values.feedback),
    feedbackOn: form.values.feedbackOn || null,
  };
  const submit = (version?: number) =>
    save.run(
      () =>
        referral
          ? updateReferral(referral.id, {
              ...mine,
              status: mine.status as TReferral['status'],
              version: version ?? referral.version,
            })
          : createReferral(workerId, {
              partnerId: form.values.partnerId,
              referredOn: form.values.referredOn,
              reason: mine.reason,
            }),
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  return (
    <CaseFormModal
      title={t(referral ? 'cases.referrals.update' : 'cases.referrals.new')}
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t(referral ? 'common.save' : 'cases.referrals.send')}
      conflict={{
        fields: [
          {
            key: 'status',
            label: t('cases.referrals.status'),
            format: (v) => label('referralStatuses', String(v)),
          },
          { key: 'reason', label: t('cases.referrals.reason') },
          { key: 'feedback', label: t('cases.referrals.feedback') },
          { key: 'feedbackOn', label: t('cases.referrals.feedbackOn') },
        ],
        mine: mine,
        load: (theirs) => form.setValues(valuesOf(theirs)),
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.referrals.partner')}
          data={groups}
          searchable
          withAsterisk
          disabled={!!referral}
          {...form.getInputProps('partnerId')}
        />
        <TextInput
          type="date"
          label={t('cases.referrals.referredOn')}
          disabled={!!referral}
          {...form.getInputProps('referredOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('cases.referrals.reason')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      {referral && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('cases.referrals.status')}
              data={options('referralStatuses', REFERRAL_STATUSES)}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <TextInput
              type="date"
              label={t('cases.referrals.feedbackOn')}
              {...form.getInputProps('feedbackOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('cases.referrals.feedback')}
            autosize
            minRows={2}
            {...form.getInputProps('feedback')}
          />
        </>
      )}
    </CaseFormModal>
  );
}
