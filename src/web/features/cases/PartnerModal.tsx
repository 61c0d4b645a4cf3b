import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type TPartner } from '../../../shared/contracts/partners';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { orNull, useSave } from '../../ui/use-save';
import { useProvinces } from '../reference/provinces.api';
import { CaseFormModal } from './CaseFormModal';
import { label, options } from './case-options';
import { createPartner, refreshCases, updatePartner } from './cases.api';

interface Values {
  kind: string;
  nameKm: string;
  nameLatin: string;
  provinceCode: string;
  contact: string;
  active: boolean;
}
const FIELDS = ['kind', 'nameKm', 'nameLatin', 'provinceCode', 'contact', 'active'] as const;
const valuesOf = (p: TPartner | null): Values => ({
  kind: p?.kind ?? 'other',
  nameKm: p?.nameKm ?? '',
  nameLatin: p?.nameLatin ?? '',
  provinceCode: p?.provinceCode ?? '',
  contact: p?.contact ?? '',
  active: p?.active ?? true,
});

export function PartnerModal({ partner, onClose }: { partner: TPartner | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const provinces = useProvinces();
  const form = useForm<Values>({
    initialValues: valuesOf(partner),
    validate: {
      nameKm: (v) => (v.trim() ? null : t('issues.required')),
      nameLatin: (v) => (v.trim() ? null : t('issues.required')),
    },
  });
  const save = useSave<TPartner>(form, FIELDS);
  const mine = {
    kind: form.values.kind as TPartner['kind'],
    nameKm: form.values.nameKm.trim(),
    nameLatin: form.values.nameLatin.trim(),
    provinceCode: form.values.provinceCode || null,
    contact: orNull(form.values.contact),
  };
  const provinceName = (code: unknown) => {
    const p = provinces.data?.find((x) => x.code === code);
    return p ? localName(p, language) : code ? String(code) : '—';
  };
  const submit = (version?: number) =>
    save.run(
      () =>
        partner
          ? updatePartner(partner.id, {
              ...mine,
              active: form.values.active,
              version: version ?? partner.version,
            })
          : createPartner(mine),
      () => {
        void refreshCases(queryClient);
        onClose();
      },
    );
  return (
    <CaseFormModal
      title={t(partner ? 'cases.partners.edit' : 'cases.partners.add')}
      onClose={onClose}
      save={save}
      submit={submit}
      submitLabel={t('common.save')}
      conflict={{
        fields: [
          { key: 'kind', label: t('cases.partners.kind'), format: (v) => label('partnerKinds', String(v)) },
          { key: 'nameKm', label: t('cases.partners.nameKm') },
          { key: 'nameLatin', label: t('cases.partners.nameLatin') },
          { key: 'provinceCode', label: t('cases.partners.province'), format: provinceName },
          { key: 'contact', label: t('cases.partners.contact') },
          {
            key: 'active',
            label: t('cases.partners.active'),
            format: (v) => t(v ? 'common.yes' : 'common.no'),
          },
        ],
        mine: { ...mine, active: form.values.active },
        load: (theirs) => form.setValues(valuesOf(theirs)),
      }}
    >
      <Select
        label={t('cases.partners.kind')}
        data={options('partnerKinds', PARTNER_KINDS)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('cases.partners.nameKm')}
          lang="km"
          withAsterisk
          {...form.getInputProps('nameKm')}
        />
        <TextInput
          label={t('cases.partners.nameLatin')}
          lang="en"
          withAsterisk
          {...form.getInputProps('nameLatin')}
        />
        <Select
          label={t('cases.partners.province')}
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: localName(p, language) }))}
          clearable
          searchable
          {...form.getInputProps('provinceCode')}
        />
        <TextInput label={t('cases.partners.contact')} {...form.getInputProps('contact')} />
      </SimpleGrid>
      {partner && (
        <Switch label={t('cases.partners.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
      )}
    </CaseFormModal>
  );
}
