import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_SIZES, type TEmployer } from '../../../shared/contracts/employers';
import { asApiError } from '../../api/api-error';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VersionConflict } from '../../ui/VersionConflict';
import { PlacePicker } from '../reference/PlacePicker';
import { useSectors } from '../reference/reference.api';
import { createEmployer, refreshJobs, updateEmployer } from './jobs.api';

interface Values {
  nameKm: string;
  nameLatin: string;
  registrationNo: string;
  sector: string | null;
  size: string | null;
  place: string | null;
  addressDetail: string;
  phone: string;
  email: string;
  nssfRegistered: boolean;
  nssfNo: string;
  associationMember: boolean;
  associationName: string;
  notes: string;
}

const valuesOf = (e: TEmployer | null): Values => ({
  nameKm: e?.nameKm ?? '',
  nameLatin: e?.nameLatin ?? '',
  registrationNo: e?.registrationNo ?? '',
  sector: e?.sector ?? null,
  size: e?.size ?? null,
  place: e?.communeCode ?? e?.districtCode ?? e?.provinceCode ?? null,
  addressDetail: e?.addressDetail ?? '',
  phone: e?.phone ?? '',
  email: e?.email ?? '',
  nssfRegistered: e?.nssfRegistered ?? false,
  nssfNo: e?.nssfNo ?? '',
  associationMember: e?.associationMember ?? false,
  associationName: e?.associationName ?? '',
  notes: e?.notes ?? '',
});

const orNull = (v: string) => (v.trim() ? v.trim() : null);

/** The form's values in the API's shape; the place code is split into its NCDD levels. */
function body(v: Values) {
  const code = v.place ?? '';
  return {
    nameKm: orNull(v.nameKm),
    nameLatin: orNull(v.nameLatin),
    registrationNo: orNull(v.registrationNo),
    sector: v.sector,
    size: v.size as TEmployer['size'],
    provinceCode: code.length >= 2 ? code.slice(0, 2) : null,
    districtCode: code.length >= 4 ? code.slice(0, 4) : null,
    communeCode: code.length >= 6 ? code.slice(0, 6) : null,
    addressDetail: orNull(v.addressDetail),
    phone: orNull(v.phone),
    email: orNull(v.email),
    nssfRegistered: v.nssfRegistered,
    nssfNo: orNull(v.nssfNo),
    associationMember: v.associationMember,
    associationName: orNull(v.associationName),
    notes: orNull(v.notes),
  };
}

export function EmployerFormModal({
  employer,
  onClose,
}: {
  employer: TEmployer | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sectors = useSectors().data ?? [];
  const [base, setBase] = useState(employer);
  const [conflict, setConflict] = useState<TEmployer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(employer),
    validate: {
      nameKm: (v, all) => (v.trim() || all.nameLatin.trim() ? null : t('jobs.issues.nameRequired')),
    },
  });

  const save = async (version?: number) => {
    setBusy(true);
    setError(null);
    try {
      const saved = base
        ? await updateEmployer(base.id, { ...body(form.values), version: version ?? base.version })
        : await createEmployer(body(form.values));
      await refreshJobs(queryClient);
      notifications.show({ color: 'green', message: t('jobs.saved') });
      onClose();
      if (!base) void navigate({ to: '/employers/$employerId', params: { employerId: saved.id } });
    } catch (e) {
      const err = asApiError(e);
      const current = err.conflictCurrent<TEmployer>();
      if (current) setConflict(current);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fields = (
    ['nameKm', 'nameLatin', 'registrationNo', 'sector', 'phone', 'nssfRegistered', 'notes'] as const
  ).map((key) => ({ key, label: t(`jobs.fields.${key}`) }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(employer ? 'jobs.employers.edit' : 'jobs.employers.new')}
    >
      <form onSubmit={form.onSubmit(() => void save())} noValidate>
        <Stack gap="sm">
          {conflict && (
            <VersionConflict
              fields={fields}
              theirs={conflict as unknown as Record<string, unknown>}
              mine={body(form.values)}
              busy={busy}
              onLoadTheirs={() => {
                setBase(conflict);
                form.setValues(valuesOf(conflict));
                setConflict(null);
              }}
              onKeepMine={() => {
                const v = conflict.version;
                setConflict(null);
                void save(v);
              }}
            />
          )}
          {error !== null && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('jobs.fields.nameKm')} lang="km" {...form.getInputProps('nameKm')} />
            <TextInput label={t('jobs.fields.nameLatin')} lang="en" {...form.getInputProps('nameLatin')} />
            <TextInput label={t('jobs.fields.registrationNo')} {...form.getInputProps('registrationNo')} />
            <Select
              label={t('jobs.fields.sector')}
              clearable
              data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
              {...form.getInputProps('sector')}
            />
            <Select
              label={t('jobs.fields.size')}
              clearable
              data={EMPLOYER_SIZES.map((s) => ({ value: s, label: t(`jobs.size.${s}`) }))}
              {...form.getInputProps('size')}
            />
            <PlacePicker
              label={t('jobs.fields.place')}
              maxLevel={3}
              value={form.values.place}
              onChange={(code) => form.setFieldValue('place', code)}
            />
            <TextInput label={t('jobs.fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('jobs.fields.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
          <TextInput label={t('jobs.fields.addressDetail')} {...form.getInputProps('addressDetail')} />
          <Group grow align="flex-end">
            <Switch
              label={t('jobs.fields.nssfRegistered')}
              {...form.getInputProps('nssfRegistered', { type: 'checkbox' })}
            />
            <TextInput label={t('jobs.fields.nssfNo')} {...form.getInputProps('nssfNo')} />
          </Group>
          <Group grow align="flex-end">
            <Switch
              label={t('jobs.fields.associationMember')}
              {...form.getInputProps('associationMember', { type: 'checkbox' })}
            />
            <TextInput label={t('jobs.fields.associationName')} {...form.getInputProps('associationName')} />
          </Group>
          <Textarea label={t('jobs.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
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
