import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, WAGE_PERIODS } from '../../../shared/contracts/vacancies';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSave } from '../../ui/use-save';
import { YesNoField } from '../../ui/YesNoField';
import { OccupationPicker } from '../reference/OccupationPicker';
import { PlacePicker } from '../reference/PlacePicker';
import { useSectors } from '../reference/reference.api';
import { jobInputFor } from './job-form-inputs';
import { createPlacement, refreshJobs } from './jobs.api';
import { today } from './jobs-text';

interface Values {
  kind: 'wage' | 'self';
  employerName: string;
  title: string;
  occupationIsco: string | null;
  sector: string | null;
  place: string | null;
  startedOn: string;
  wageAmount: number | string;
  wageCurrency: string;
  wagePer: string;
  contractWritten: '' | 'yes' | 'no';
  nssfRegistered: '' | 'yes' | 'no';
  hoursPerWeek: number | string;
  baselineIncomeUsd: number | string;
}

const n = (v: number | string) => (v === '' ? null : Number(v));
const yn = (v: '' | 'yes' | 'no') => (v === '' ? null : v === 'yes');

/** A job the returnee found without a referral, or self-employment: it gets the same follow-ups as a hire. */
export function PlacementFormModal({ workerId, onClose }: { workerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sectors = useSectors().data ?? [];
  const form = useForm<Values>({
    initialValues: {
      kind: 'wage',
      employerName: '',
      title: '',
      occupationIsco: null,
      sector: null,
      place: null,
      startedOn: today(),
      wageAmount: '',
      wageCurrency: 'USD',
      wagePer: 'month',
      contractWritten: '',
      nssfRegistered: '',
      hoursPerWeek: '',
      baselineIncomeUsd: '',
    },
    validate: { startedOn: (v) => (v ? null : t('issues.required')) },
  });
  const save = useSave(form, jobInputFor(Object.keys(form.values)));
  const submit = (v: Values) => {
    const code = v.place ?? '';
    return save.run(
      () =>
        createPlacement({
          workerId,
          kind: v.kind,
          employerName: v.employerName.trim() || null,
          title: v.title.trim() || null,
          occupationIsco: v.occupationIsco,
          sector: v.sector,
          provinceCode: code.length >= 2 ? code.slice(0, 2) : null,
          districtCode: code.length >= 4 ? code.slice(0, 4) : null,
          communeCode: code.length >= 6 ? code.slice(0, 6) : null,
          startedOn: v.startedOn,
          wageAmount: n(v.wageAmount),
          wageCurrency: v.wageCurrency as 'USD',
          wagePer: v.wagePer as 'month',
          contractWritten: yn(v.contractWritten),
          nssfRegistered: yn(v.nssfRegistered),
          hoursPerWeek: n(v.hoursPerWeek),
          baselineIncomeUsd: n(v.baselineIncomeUsd),
        }),
      async (saved) => {
        await refreshJobs(queryClient);
        onClose();
        void navigate({ to: '/placements/$placementId', params: { placementId: saved.id } });
      },
    );
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('jobs.placements.new')}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="sm">
          {save.error !== null && <ErrorAlert error={save.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('jobs.placements.kind')}
              allowDeselect={false}
              data={(['wage', 'self'] as const).map((k) => ({
                value: k,
                label: t(`jobs.placements.kinds.${k}`),
              }))}
              {...form.getInputProps('kind')}
            />
            <TextInput
              label={t('jobs.placements.employerOrBusiness')}
              {...form.getInputProps('employerName')}
            />
            <TextInput label={t('jobs.fields.title')} {...form.getInputProps('title')} />
            <OccupationPicker
              label={t('jobs.fields.occupationIsco')}
              value={form.values.occupationIsco}
              onChange={(c) => form.setFieldValue('occupationIsco', c)}
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
            <TextInput
              type="date"
              label={t('jobs.placements.startedOn')}
              required
              {...form.getInputProps('startedOn')}
            />
            <NumberInput label={t('jobs.fields.wage')} min={0} {...form.getInputProps('wageAmount')} />
            <Select
              label={t('jobs.fields.wageCurrency')}
              allowDeselect={false}
              data={CURRENCIES.map((c) => ({ value: c, label: t(`jobs.wage.currency.${c}`) }))}
              {...form.getInputProps('wageCurrency')}
            />
            <Select
              label={t('jobs.fields.wagePer')}
              allowDeselect={false}
              data={WAGE_PERIODS.map((p) => ({ value: p, label: t(`jobs.wage.perLabel.${p}`) }))}
              {...form.getInputProps('wagePer')}
            />
            <YesNoField
              label={t('jobs.fields.contractWritten')}
              value={form.values.contractWritten}
              onChange={(v) => form.setFieldValue('contractWritten', v)}
              error={form.errors.contractWritten}
            />
            <YesNoField
              label={t('jobs.fields.nssfRegistered')}
              value={form.values.nssfRegistered}
              onChange={(v) => form.setFieldValue('nssfRegistered', v)}
              error={form.errors.nssfRegistered}
            />
            <NumberInput
              label={t('jobs.fields.hoursPerWeek')}
              min={1}
              max={112}
              {...form.getInputProps('hoursPerWeek')}
            />
            <NumberInput
              label={t('jobs.placements.baseline')}
              min={0}
              {...form.getInputProps('baselineIncomeUsd')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
