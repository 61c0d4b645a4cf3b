import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type TCaseAction, type TCasePlan } from '../../../shared/contracts/cases';
import { useMe } from '../../auth/session';
import { useSave } from '../../ui/use-save';
import { CaseFormModal } from './CaseFormModal';
import { label, options } from './case-options';
import { addAction, refreshCases, updateAction, useCaseStaff } from './cases.api';

interface Values {
  description: string;
  ownerId: string;
  dueOn: string;
  status: string;
}
const FIELDS = ['description', 'ownerId', 'dueOn', 'status'] as const;
const valuesOf = (a: TCaseAction | null, me: string): Values => ({
  description: a?.description ?? '',
  ownerId: a?.owner.id ?? me,
  dueOn: a?.dueOn ?? '',
  status: a?.status ?? 'planned',
});

/** An action of a plan: what, who, by when; its owner marks it done. */
export function ActionModal({
  plan,
  action,
  onClose,
}: {
  plan: TCasePlan;
  action: TCaseAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const staff = useCaseStaff();
  const form = useForm<Values>({
    initialValues: valuesOf(action, me.id),
    validate: {
      description: (v) => (v.trim() ? null : t('issues.required')),
      ownerId: (v) => (v ? null : t('issues.required')),
      dueOn: (v) => (v ? null : t('issues.required')),
    },
  });
  const save = useSave<TCaseAction>(form, FIELDS);
  const people = (staff.data ?? []).filter((s) => s.role === 'admin' || s.centreIds.includes(plan.centreId));
  const nameOf = (id: unknown) => people.find((p) => p.id === id)?.name ?? String(id ?? '—');
  const submit = (version?: number) =>
    save.run(
      () => {
        const v = form.values;
        const fields = { description: v.description.trim(), ownerId: v.ownerId, dueOn: v.dueOn };
        return action
          ? updateAction(action.id, {
              ...fields,
              status: v.status as TCaseAction['status'],
              version: version ?? action.version,
            })
          : addAction(plan.id, fields);
      },
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  return (
    <CaseFormModal
      title={t(action ? 'cases.actions.edit' : 'cases.actions.add')}
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t(action ? 'common.save' : 'cases.actions.addButton')}
      conflict={{
        fields: [
          { key: 'description', label: t('cases.actions.description') },
          { key: 'ownerId', label: t('cases.actions.owner'), format: nameOf },
          { key: 'dueOn', label: t('cases.actions.dueOn') },
          {
            key: 'status',
            label: t('cases.actions.status'),
            format: (v) => label('actionStatuses', String(v)),
          },
        ],
        mine: form.values as unknown as Record<string, unknown>,
        theirs: (theirs) => ({ ...theirs, ownerId: theirs.owner.id }),
        load: (theirs) => form.setValues(valuesOf(theirs, me.id)),
      }}
    >
      <TextInput label={t('cases.actions.description')} withAsterisk {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: action ? 3 : 2 }}>
        <Select
          label={t('cases.actions.owner')}
          data={people.map((p) => ({ value: p.id, label: `${p.name} (${t(`roles.${p.role}`)})` }))}
          searchable
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('ownerId')}
        />
        <TextInput
          type="date"
          label={t('cases.actions.dueOn')}
          withAsterisk
          {...form.getInputProps('dueOn')}
        />
        {action && (
          <Select
            label={t('cases.actions.status')}
            data={options('actionStatuses', ACTION_STATUSES)}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        )}
      </SimpleGrid>
    </CaseFormModal>
  );
}
