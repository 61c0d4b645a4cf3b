import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_SIZES, type TEmployer } from '../../../shared/contracts/employers';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { orNull, useSave } from '../../ui/use-save';
import { VersionConflict } from '../../ui/VersionConflict';
import { PlacePicker } from '../reference/PlacePicker';
import { useSectors } from '../reference/reference.api';
import { ContactPeopleField, type ContactPerson } from './ContactPeopleField';
import { jobInputFor } from './job-form-inputs';
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
  contacts: ContactPerson[];
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
  contacts: (e?.contacts ?? []).map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '' })),
});

// The contact people's rows have no error display, and blank rows are not sent (an issue's row number is not the
// form's): their issues stay in the alert.
const INPUTS = Object.keys(valuesOf(null)).filter((k) => k !== 'contacts');
const employerInputFor = jobInputFor(INPUTS);

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
    contacts: v.contacts
      .filter((c) => c.name.trim())
      .map((c) => ({ name: c.name.trim(), role: orNull(c.role), phone: orNull(c.phone) })),
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
  const form = useForm<Values>({
    initialValues: valuesOf(employer),
    validate: {
      nameKm: (v, all) => (v.trim() || all.nameLatin.trim() ? null : t('jobs.issues.nameRequired')),
    },
  });

  const save = useSave<TEmployer>(form, employerInputFor);
  const { conflict, busy } = save;
  const submit = (version?: number) =>
    save.run(
      () =>
        base
          ? updateEmployer(base.id, { ...body(form.values), version: version ?? base.version })
          : createEmployer(body(form.values)),
      async (saved) => {
        await refreshJobs(queryClient);
        notifications.show({ color: 'green', message: t('jobs.saved') });
        onClose();
        if (!base) void navigate({ to: '/employers/$employerId', params: { employerId: saved.id } });
      },
    );

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
      <form onSubmit={form.onSubmit(() => void submit())} noValidate>
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
                save.setConflict(null);
              }}
              onKeepMine={() => void submit(conflict.version)}
            />
          )}
          {save.error !== null && <ErrorAlert error={save.error} />}
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
              error={form.errors.place}
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
          <ContactPeopleField
            value={form.values.contacts}
            onChange={(v) => form.setFieldValue('contacts', v)}
          />
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
