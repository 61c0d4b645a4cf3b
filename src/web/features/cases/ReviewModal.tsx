import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { centreToday } from '../../../shared/centre-date';
import type { TCasePlan, TCaseReview } from '../../../shared/contracts/cases';
import { orNull, useSave } from '../../ui/use-save';
import { CaseFormModal } from './CaseFormModal';
import { addReview, refreshCases, updateReview } from './cases.api';

interface Values {
  dueOn: string;
  doneOn: string;
  notes: string;
}
const FIELDS = ['dueOn', 'doneOn', 'notes'] as const;
const valuesOf = (r: TCaseReview | null): Values => ({
  dueOn: r?.dueOn ?? '',
  doneOn: r?.doneOn ?? (r ? centreToday() : ''),
  notes: r?.notes ?? '',
});

/** Scheduling a review (new) or recording that it was held and what came of it (existing). */
export function ReviewModal({
  plan,
  review,
  onClose,
}: {
  plan: TCasePlan;
  review: TCaseReview | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: valuesOf(review),
    validate: { dueOn: (v) => (v ? null : t('issues.required')) },
  });
  const save = useSave<TCaseReview>(form, FIELDS);
  const mine = {
    dueOn: form.values.dueOn,
    doneOn: form.values.doneOn || null,
    notes: orNull(form.values.notes),
  };
  const submit = (version?: number) =>
    save.run(
      () =>
        review
          ? updateReview(review.id, { ...mine, version: version ?? review.version })
          : addReview(plan.id, form.values.dueOn),
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  return (
    <CaseFormModal
      title={t(review ? 'cases.reviews.record' : 'cases.reviews.schedule')}
      size="md"
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t('common.save')}
      conflict={{
        fields: [
          { key: 'dueOn', label: t('cases.reviews.dueOn') },
          { key: 'doneOn', label: t('cases.reviews.doneOn') },
          { key: 'notes', label: t('cases.reviews.notes') },
        ],
        mine: mine,
        load: (theirs) => form.setValues(valuesOf(theirs)),
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: review ? 2 : 1 }}>
        <TextInput
          type="date"
          label={t('cases.reviews.dueOn')}
          withAsterisk
          {...form.getInputProps('dueOn')}
        />
        {review && (
          <TextInput type="date" label={t('cases.reviews.doneOn')} {...form.getInputProps('doneOn')} />
        )}
      </SimpleGrid>
      {review && (
        <Textarea label={t('cases.reviews.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
      )}
    </CaseFormModal>
  );
}
