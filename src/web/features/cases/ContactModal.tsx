import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { centreToday } from '../../../shared/centre-date';
import { CONTACT_CHANNELS, CONTACT_SERVICES, type TContact } from '../../../shared/contracts/cases';
import { orNull, useSave } from '../../ui/use-save';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { CaseFormModal } from './CaseFormModal';
import { label, options } from './case-options';
import { createContact, refreshCases, updateContact } from './cases.api';

interface Values {
  contactDate: string;
  channel: string;
  services: string[];
  durationMinutes: number | string;
  notes: string;
}
const FIELDS = ['contactDate', 'channel', 'services', 'durationMinutes', 'notes'] as const;

const valuesOf = (c: TContact | null): Values => ({
  contactDate: c?.contactDate ?? centreToday(),
  channel: c?.channel ?? 'walk_in',
  services: c?.services ?? [],
  durationMinutes: c?.durationMinutes ?? '',
  notes: c?.notes ?? '',
});

/** Recording a contact takes a few seconds: today, walk-in and the services given are most of it. */
export function ContactModal({
  workerId,
  contact,
  onClose,
}: {
  workerId: string;
  contact: TContact | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: valuesOf(contact),
    validate: {
      contactDate: (v) => (v ? null : t('issues.required')),
      services: (v) => (v.length ? null : t('cases.contacts.servicesRequired')),
    },
  });
  const save = useSave<TContact>(form, FIELDS);
  const body = (v: Values) => ({
    contactDate: v.contactDate,
    channel: v.channel as TContact['channel'],
    services: v.services as TContact['services'],
    durationMinutes: v.durationMinutes === '' ? null : Number(v.durationMinutes),
    notes: orNull(v.notes),
  });
  const submit = (version?: number) =>
    save.run(
      () =>
        contact
          ? updateContact(contact.id, { ...body(form.values), version: version ?? contact.version })
          : createContact(workerId, body(form.values)),
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  return (
    <CaseFormModal
      title={t(contact ? 'cases.contacts.edit' : 'cases.contacts.record')}
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t('cases.contacts.save')}
      conflict={{
        fields: [
          { key: 'contactDate', label: t('cases.contacts.date') },
          { key: 'channel', label: t('cases.contacts.channel'), format: (v) => label('channels', String(v)) },
          {
            key: 'services',
            label: t('cases.contacts.services'),
            format: (v) => (v as string[]).map((s) => label('services', s)).join(', '),
          },
          { key: 'durationMinutes', label: t('cases.contacts.duration') },
          { key: 'notes', label: t('cases.contacts.notes') },
        ],
        mine: body(form.values),
        load: (theirs) => form.setValues(valuesOf(theirs)),
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('cases.contacts.date')}
          withAsterisk
          {...form.getInputProps('contactDate')}
        />
        <Select
          label={t('cases.contacts.channel')}
          data={options('channels', CONTACT_CHANNELS)}
          allowDeselect={false}
          {...form.getInputProps('channel')}
        />
        <NumberInput
          label={t('cases.contacts.duration')}
          min={0}
          max={1440}
          allowDecimal={false}
          {...form.getInputProps('durationMinutes')}
        />
      </SimpleGrid>
      <Checkbox.Group label={t('cases.contacts.services')} withAsterisk {...form.getInputProps('services')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {CONTACT_SERVICES.map((s) => (
            <Checkbox key={s} value={s} label={t(`cases.services.${s}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label={t('cases.contacts.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
      {/* A contact recorded is where its papers go: a payslip photographed, a contract brought in. */}
      {contact && <AttachmentsPanel ownerKind="contact" ownerId={contact.id} canUpload />}
    </CaseFormModal>
  );
}
