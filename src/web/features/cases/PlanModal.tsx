import { Select, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CASE_STATUSES,
  CLOSED_REASONS,
  NEED_AREAS,
  NEED_LEVELS,
  type TCasePlan,
  type TNeeds,
} from '../../../shared/contracts/cases';
import { orNull, useSave } from '../../ui/use-save';
import { CaseFormModal } from './CaseFormModal';
import { label, options } from './case-options';
import { createPlan, refreshCases, updatePlan } from './cases.api';

type Area = (typeof NEED_AREAS)[number];
interface Values {
  levels: Record<Area, string>;
  notes: Record<Area, string>;
  goals: string;
  status: string;
  closedReason: string;
  firstReviewOn: string;
}
const FIELDS = ['goals', 'status', 'closedReason', 'firstReviewOn'] as const;

const each = <T,>(f: (a: Area) => T) =>
  Object.fromEntries(NEED_AREAS.map((a) => [a, f(a)])) as Record<Area, T>;
const valuesOf = (p: TCasePlan | null): Values => ({
  levels: each((a) => p?.needs[a]?.level ?? ''),
  notes: each((a) => p?.needs[a]?.notes ?? ''),
  goals: p?.goals.join('\n') ?? '',
  status: p?.status ?? 'open',
  closedReason: p?.closedReason ?? '',
  firstReviewOn: '',
});
const needsOf = (v: Values): TNeeds =>
  Object.fromEntries(
    NEED_AREAS.filter((a) => v.levels[a]).map((a) => [
      a,
      { level: v.levels[a] as 'none', notes: orNull(v.notes[a]) },
    ]),
  );
const goalsOf = (v: Values) =>
  v.goals
    .split('\n')
    .map((g) => g.trim())
    .filter(Boolean);
const needsText = (n: unknown) =>
  Object.entries((n ?? {}) as TNeeds)
    .map(
      ([a, x]) =>
        `${label('needs.areas', a)}: ${label('needs.levels', x?.level)}${x?.notes ? ` (${x.notes})` : ''}`,
    )
    .join('; ') || '—';

/** Opening a plan (needs assessment, goals, first review) or changing it, including closing it with a reason. */
export function PlanModal({
  workerId,
  plan,
  onClose,
}: {
  workerId: string;
  plan: TCasePlan | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: valuesOf(plan),
    validate: {
      closedReason: (v, values) => (values.status === 'closed' && !v ? t('cases.plan.reasonRequired') : null),
    },
  });
  const save = useSave<TCasePlan>(form, FIELDS);
  const submit = (version?: number) =>
    save.run(
      () => {
        const v = form.values;
        if (!plan)
          return createPlan(workerId, {
            needs: needsOf(v),
            goals: goalsOf(v),
            ...(v.firstReviewOn ? { firstReviewOn: v.firstReviewOn } : {}),
          });
        return updatePlan(plan.id, {
          version: version ?? plan.version,
          needs: needsOf(v),
          goals: goalsOf(v),
          status: v.status as TCasePlan['status'],
          ...(v.status === 'closed' ? { closedReason: v.closedReason as 'other' } : {}),
        });
      },
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  const mine = {
    needs: needsOf(form.values),
    goals: goalsOf(form.values),
    status: form.values.status,
    closedReason: form.values.closedReason || null,
  };
  return (
    <CaseFormModal
      title={t(plan ? 'cases.plan.edit' : 'cases.plan.open')}
      size="xl"
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t(plan ? 'common.save' : 'cases.plan.openButton')}
      conflict={{
        fields: [
          { key: 'needs', label: t('cases.plan.needs'), format: needsText },
          { key: 'goals', label: t('cases.plan.goals') },
          { key: 'status', label: t('cases.plan.status'), format: (v) => label('statuses', String(v)) },
          {
            key: 'closedReason',
            label: t('cases.plan.closedReason'),
            format: (v) => label('closedReasons', v as string),
          },
        ],
        mine: mine,
        load: (theirs) => form.setValues(valuesOf(theirs)),
      }}
    >
      <Title order={3} size="h5">
        {t('cases.plan.needs')}
      </Title>
      {NEED_AREAS.map((a) => (
        <SimpleGrid key={a} cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label={t(`cases.needs.areas.${a}`)}
            placeholder={t('cases.needs.notAssessed')}
            data={options('needs.levels', NEED_LEVELS)}
            clearable
            {...form.getInputProps(`levels.${a}`)}
          />
          <TextInput
            label={t('cases.needs.notesFor', { area: t(`cases.needs.areas.${a}`) })}
            {...form.getInputProps(`notes.${a}`)}
          />
        </SimpleGrid>
      ))}
      <Textarea
        label={t('cases.plan.goals')}
        description={t('cases.plan.goalsHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('goals')}
      />
      {plan ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('cases.plan.status')}
            data={options('statuses', CASE_STATUSES)}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          {form.values.status === 'closed' && (
            <Select
              label={t('cases.plan.closedReason')}
              data={options('closedReasons', CLOSED_REASONS)}
              withAsterisk
              {...form.getInputProps('closedReason')}
            />
          )}
        </SimpleGrid>
      ) : (
        <TextInput type="date" label={t('cases.plan.firstReview')} {...form.getInputProps('firstReviewOn')} />
      )}
    </CaseFormModal>
  );
}
