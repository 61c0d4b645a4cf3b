import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTRACT_DURATIONS,
  CURRENCIES,
  type TVacancy,
  VACANCY_ORIGINS,
  VACANCY_STATUSES,
  WAGE_PERIODS,
} from '../../../shared/contracts/vacancies';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSave } from '../../ui/use-save';
import { VersionConflict } from '../../ui/VersionConflict';
import { YesNoField } from '../../ui/YesNoField';
import { OccupationPicker } from '../reference/OccupationPicker';
import { PlacePicker } from '../reference/PlacePicker';
import { useSectors } from '../reference/reference.api';
import { jobInputFor } from './job-form-inputs';
import { createVacancy, refreshJobs, updateVacancy, useEmployers } from './jobs.api';
import { employerLabel } from './jobs-text';
import { type VacancyValues, vacancyBody, vacancyValues } from './vacancy-form-values';

const CONFLICT_FIELDS = [
  'title',
  'positions',
  'positionsFilled',
  'wageMin',
  'wageMax',
  'status',
  'closesOn',
] as const;

export function VacancyFormModal({
  vacancy,
  employerId,
  onClose,
}: {
  vacancy: TVacancy | null;
  employerId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sectors = useSectors().data ?? [];
  const [employerQuery, setEmployerQuery] = useState('');
  const [debounced] = useDebouncedValue(employerQuery, 300);
  const employers = useEmployers({ q: debounced });
  const [base, setBase] = useState(vacancy);
  const form = useForm<VacancyValues>({
    initialValues: { ...vacancyValues(vacancy), employerId: employerId ?? vacancy?.employerId ?? '' },
    validate: {
      employerId: (v) => (v ? null : t('jobs.issues.employerRequired')),
      title: (v) => (v.trim() ? null : t('issues.required')),
      positions: (v) => (Number(v) >= 1 ? null : t('issues.required')),
    },
  });
  const choosesEmployer = !vacancy && !employerId;
  const opt = (list: readonly string[], prefix: string) =>
    list.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  // Every value has its input; the employer's is there only while it is being chosen.
  const inputs = Object.keys(form.values).filter((k) => k !== 'employerId' || choosesEmployer);
  const save = useSave<TVacancy>(form, jobInputFor(inputs));
  const { conflict, busy } = save;
  const submit = (version?: number) =>
    save.run(
      () =>
        base
          ? updateVacancy(base.id, { ...vacancyBody(form.values), version: version ?? base.version })
          : createVacancy({ ...vacancyBody(form.values), employerId: form.values.employerId }),
      async (saved) => {
        await refreshJobs(queryClient);
        notifications.show({ color: 'green', message: t('jobs.saved') });
        onClose();
        if (!base) void navigate({ to: '/vacancies/$vacancyId', params: { vacancyId: saved.id } });
      },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t(vacancy ? 'jobs.vacancies.edit' : 'jobs.vacancies.new')}
    >
      <form onSubmit={form.onSubmit(() => void submit())} noValidate>
        <Stack gap="sm">
          {conflict && (
            <VersionConflict
              fields={CONFLICT_FIELDS.map((key) => ({ key, label: t(`jobs.fields.${key}`) }))}
              theirs={conflict as unknown as Record<string, unknown>}
              mine={vacancyBody(form.values)}
              busy={busy}
              onLoadTheirs={() => {
                setBase(conflict);
                form.setValues(vacancyValues(conflict));
                save.setConflict(null);
              }}
              onKeepMine={() => void submit(conflict.version)}
            />
          )}
          {save.error !== null && <ErrorAlert error={save.error} />}
          {choosesEmployer && (
            <Select
              label={t('jobs.fields.employer')}
              required
              searchable
              searchValue={employerQuery}
              onSearchChange={setEmployerQuery}
              value={form.values.employerId || null}
              onChange={(id) => form.setFieldValue('employerId', id ?? '')}
              error={form.errors.employerId}
              filter={({ options }) => options}
              data={(employers.data?.items ?? []).map((e) => ({
                value: e.id,
                label: employerLabel(e, language),
              }))}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('jobs.fields.title')} required {...form.getInputProps('title')} />
            <OccupationPicker
              label={t('jobs.fields.occupationIsco')}
              value={form.values.occupationIsco}
              onChange={(code) => form.setFieldValue('occupationIsco', code)}
              error={form.errors.occupationIsco}
            />
            <Select
              label={t('jobs.fields.sector')}
              clearable
              data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
              {...form.getInputProps('sector')}
            />
            <PlacePicker
              label={t('jobs.fields.place')}
              maxLevel={3}
              value={form.values.place}
              onChange={(c) => form.setFieldValue('place', c)}
              error={form.errors.place}
            />
            <NumberInput
              label={t('jobs.fields.positions')}
              min={1}
              allowDecimal={false}
              {...form.getInputProps('positions')}
            />
            <NumberInput
              label={t('jobs.fields.positionsFilled')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('positionsFilled')}
            />
            <NumberInput label={t('jobs.fields.wageMin')} min={0} {...form.getInputProps('wageMin')} />
            <NumberInput label={t('jobs.fields.wageMax')} min={0} {...form.getInputProps('wageMax')} />
            <Select
              label={t('jobs.fields.wageCurrency')}
              allowDeselect={false}
              data={opt(CURRENCIES, 'jobs.wage.currency')}
              {...form.getInputProps('wageCurrency')}
            />
            <Select
              label={t('jobs.fields.wagePer')}
              allowDeselect={false}
              data={opt(WAGE_PERIODS, 'jobs.wage.perLabel')}
              {...form.getInputProps('wagePer')}
            />
            <YesNoField
              label={t('jobs.fields.contractWritten')}
              value={form.values.contractWritten}
              onChange={(v) => form.setFieldValue('contractWritten', v)}
              error={form.errors.contractWritten}
            />
            <Select
              label={t('jobs.fields.contractDuration')}
              clearable
              data={opt(CONTRACT_DURATIONS, 'jobs.duration')}
              {...form.getInputProps('contractDuration')}
            />
            <NumberInput
              label={t('jobs.fields.hoursPerWeek')}
              min={1}
              max={112}
              {...form.getInputProps('hoursPerWeek')}
            />
            <NumberInput
              label={t('jobs.fields.minExperienceYears')}
              min={0}
              max={50}
              {...form.getInputProps('minExperienceYears')}
            />
            <NumberInput
              label={t('jobs.fields.minAge')}
              min={15}
              max={65}
              allowDecimal={false}
              {...form.getInputProps('minAge')}
            />
            <Select
              label={t('jobs.fields.origin')}
              allowDeselect={false}
              data={opt(VACANCY_ORIGINS, 'jobs.origin')}
              {...form.getInputProps('origin')}
            />
            <TextInput type="date" label={t('jobs.fields.opensOn')} {...form.getInputProps('opensOn')} />
            <TextInput type="date" label={t('jobs.fields.closesOn')} {...form.getInputProps('closesOn')} />
            <Select
              label={t('jobs.fields.status')}
              allowDeselect={false}
              data={opt(VACANCY_STATUSES, 'jobs.vacancyStatus')}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Group gap="lg">
            {(['nssf', 'accommodation', 'transport', 'meals', 'hazardous', 'literacyRequired'] as const).map(
              (k) => (
                <Switch
                  key={k}
                  label={t(`jobs.fields.${k}`)}
                  {...form.getInputProps(k, { type: 'checkbox' })}
                />
              ),
            )}
          </Group>
          <TagsInput label={t('jobs.fields.skillsRequired')} {...form.getInputProps('skillsRequired')} />
          <TagsInput label={t('jobs.fields.skillsOptional')} {...form.getInputProps('skillsOptional')} />
          <Textarea
            label={t('jobs.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
