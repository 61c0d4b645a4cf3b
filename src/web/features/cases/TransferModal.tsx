import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TCasePlan } from '../../../shared/contracts/cases';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { orNull, useSave } from '../../ui/use-save';
import { useCentres } from '../centres/centres.api';
import { refreshCases, requestTransfer, useCaseStaff } from './cases.api';

interface Values {
  toCentreId: string;
  toUserId: string;
  note: string;
}

/** Asks a counsellor (here or at another centre) to take the case; it moves only when they accept. */
export function TransferModal({ plan, onClose }: { plan: TCasePlan; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const centres = useCentres();
  const staff = useCaseStaff();
  const form = useForm<Values>({
    initialValues: { toCentreId: plan.centreId, toUserId: '', note: '' },
    validate: { toUserId: (v) => (v ? null : t('issues.required')) },
  });
  const save = useSave<never>(form, ['toCentreId', 'toUserId', 'note']);
  const receivers = (staff.data ?? []).filter(
    (s) =>
      ['counsellor', 'centre_manager'].includes(s.role) &&
      s.centreIds.includes(form.values.toCentreId) &&
      !(s.id === plan.counsellor.id && form.values.toCentreId === plan.centreId),
  );
  return (
    <Modal opened onClose={onClose} title={t('cases.transfer.title')}>
      <form
        onSubmit={form.onSubmit((v) =>
          save.run(
            () =>
              requestTransfer(plan.id, {
                toCentreId: v.toCentreId,
                toUserId: v.toUserId,
                note: orNull(v.note),
              }),
            () => {
              void refreshCases(queryClient);
              onClose();
            },
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('cases.transfer.help')}</Text>
          <Select
            label={t('cases.transfer.centre')}
            data={(centres.data ?? [])
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: localName(c, language) }))}
            allowDeselect={false}
            {...form.getInputProps('toCentreId')}
            onChange={(v) => {
              form.setFieldValue('toCentreId', v ?? plan.centreId);
              form.setFieldValue('toUserId', '');
            }}
          />
          <Select
            label={t('cases.transfer.counsellor')}
            data={receivers.map((s) => ({ value: s.id, label: `${s.name} (${t(`roles.${s.role}`)})` }))}
            nothingFoundMessage={t('cases.transfer.nobody')}
            searchable
            withAsterisk
            {...form.getInputProps('toUserId')}
          />
          <Textarea label={t('cases.transfer.note')} autosize minRows={2} {...form.getInputProps('note')} />
          {save.error !== null && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.busy}>
              {t('cases.transfer.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
