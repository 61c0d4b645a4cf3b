import { Badge, Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_CHANNELS, type TWorker } from '../../../../shared/contracts/workers';
import { ApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useSave } from '../../../ui/use-save';
import { VersionConflict } from '../../../ui/VersionConflict';
import { AddressFields } from '../form/AddressFields';
import { applyWorkerIssues } from '../form/apply-issues';
import { HouseholdFields } from '../form/HouseholdFields';
import { IdentityFields } from '../form/IdentityFields';
import { MigrationFields } from '../form/MigrationFields';
import { PreferencesFields } from '../form/PreferencesFields';
import { SkillsFields } from '../form/SkillsFields';
import { validateStep } from '../form/validate-worker';
import { changedFields, STEP_FIELDS, valuesOf, type WorkerFormValues } from '../form/worker-form';
import { refreshWorkers, updateWorker } from '../workers.api';
import { asRecord, workerConflictFields } from './conflict-fields';

/** Fields the edit form shows; consent has its own actions on the profile, and the centre is not moved here. */
const EDITABLE_STEPS = [0, 1, 2, 3];
const HIDDEN = new Set(['centreId', 'consents', 'registeredOn']);

/**
 * The profile's edit mode: the intake's fields on one page. Only changed fields are sent, with the version
 * read; if someone saved in between, the user sees both versions and chooses (the centres screen's pattern).
 */
export function WorkerEditForm({ worker, onDone }: { worker: TWorker; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(worker);
  const form = useForm<WorkerFormValues>({
    initialValues: valuesOf(worker),
    validate: (values) =>
      Object.assign(
        {},
        ...EDITABLE_STEPS.map((s) =>
          validateStep(values, s, t, { needsCentre: false, requireConsent: false }),
        ),
      ),
  });
  // The page is long: the alert says there is something to fix even when every issue is under its input.
  const save = useSave<TWorker>(form, [], (err) => {
    if (!err.fieldIssues.length) return err;
    const visible = (path: string) =>
      !HIDDEN.has(path.split('.')[0] ?? '') && STEP_FIELDS.flat().includes(path.split('.')[0] ?? '');
    const { unplaced } = applyWorkerIssues(form, err, t, visible);
    return new ApiError(err.status, err.code, err.message, unplaced);
  });
  const { conflict, busy } = save;

  const submit = (version?: number) =>
    save.run(
      async () => {
        const changes = changedFields(form.getValues(), valuesOf(base));
        if (Object.keys(changes).length === 0) return null;
        return updateWorker(base.id, { version: version ?? base.version, ...changes });
      },
      async (saved) => {
        if (saved) {
          await refreshWorkers(queryClient, saved);
          notifications.show({ color: 'green', message: t('workers.savedChanges', { regNo: saved.regNo }) });
        }
        onDone();
      },
    );

  const loadTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    form.setValues(valuesOf(conflict));
    form.clearErrors();
    save.setConflict(null);
    void refreshWorkers(queryClient, conflict);
  };

  const buttons = (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onDone} disabled={busy}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy} disabled={conflict !== null}>
        {t('common.save')}
      </Button>
    </Group>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="worker-edit"
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Badge variant="light" color="gray" tt="none" data-testid="edit-version">
            {t('workers.editingVersion', { version: base.version })}
          </Badge>
          {buttons}
        </Group>
        {conflict && (
          <VersionConflict
            fields={workerConflictFields(t)}
            theirs={asRecord(valuesOf(conflict))}
            mine={{ ...asRecord(valuesOf(conflict)), ...changedFields(form.getValues(), valuesOf(base)) }}
            onLoadTheirs={loadTheirs}
            onKeepMine={() => void submit(conflict.version)}
            busy={busy}
          />
        )}
        {save.error !== null && <ErrorAlert error={save.error} />}
        <SectionCard title={t('workers.sections.identity')}>
          <IdentityFields form={form} centreOptions={null} />
        </SectionCard>
        <SectionCard title={t('workers.sections.addressHousehold')}>
          <Stack gap="xl">
            <AddressFields form={form} />
            <HouseholdFields form={form} />
          </Stack>
        </SectionCard>
        <SectionCard title={t('workers.sections.migrationReturn')}>
          <MigrationFields form={form} />
        </SectionCard>
        <SectionCard title={t('workers.sections.skillsPreferences')}>
          <Stack gap="xl">
            <SkillsFields form={form} />
            <PreferencesFields form={form} />
          </Stack>
        </SectionCard>
        <SectionCard title={t('workers.sections.registration')}>
          <Select
            label={t('workers.fields.registrationChannel')}
            data={REGISTRATION_CHANNELS.map((c) => ({ value: c, label: t(`workers.channels.${c}`) }))}
            allowDeselect={false}
            {...form.getInputProps('registrationChannel')}
          />
        </SectionCard>
        {buttons}
      </Stack>
    </form>
  );
}
