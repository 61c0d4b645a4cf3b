import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCentre } from '../../../shared/contracts/centres';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { orNull, useSave } from '../../ui/use-save';
import { VersionConflict } from '../../ui/VersionConflict';
import { useProvinces } from '../reference/provinces.api';
import { centresKey, createCentre, type UpdateCentreInput, updateCentre } from './centres.api';

interface Values {
  code: string;
  nameKm: string;
  nameEn: string;
  provinceCode: string;
  address: string;
  phone: string;
  active: boolean;
}

const EMPTY: Values = {
  code: '',
  nameKm: '',
  nameEn: '',
  provinceCode: '',
  address: '',
  phone: '',
  active: true,
};
const FIELDS = ['code', 'nameKm', 'nameEn', 'provinceCode', 'address', 'phone', 'active'] as const;
const EDITABLE = ['nameKm', 'nameEn', 'provinceCode', 'address', 'phone', 'active'] as const;

const valuesOf = (c: TCentre): Values => ({
  code: c.code,
  nameKm: c.nameKm,
  nameEn: c.nameEn,
  provinceCode: c.provinceCode,
  address: c.address ?? '',
  phone: c.phone ?? '',
  active: c.active,
});

/** The fields that differ from the record the form was loaded from, in the request's shape. */
function changes(values: Values, from: Values): Omit<UpdateCentreInput, 'version'> {
  const out: Omit<UpdateCentreInput, 'version'> = {};
  for (const key of EDITABLE) {
    if (values[key] === from[key]) continue;
    if (key === 'active') out.active = values.active;
    else if (key === 'address' || key === 'phone') out[key] = orNull(values[key]);
    else out[key] = values[key].trim();
  }
  return out;
}

export function CentreFormModal({ centre, onClose }: { centre: TCentre | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const provinces = useProvinces();
  const [base, setBase] = useState<TCentre | null>(centre);
  const form = useForm<Values>({
    initialValues: centre ? valuesOf(centre) : EMPTY,
    validate: {
      code: (v) => (centre || /^[A-Z]{2,5}$/.test(v.trim()) ? null : t('issues.centreCode')),
      nameKm: (v) => (v.trim() ? null : t('issues.required')),
      nameEn: (v) => (v.trim() ? null : t('issues.required')),
      provinceCode: (v) => (v ? null : t('issues.required')),
    },
  });

  const provinceName = (code: unknown) => {
    const p = provinces.data?.find((x) => x.code === code);
    return p ? localName(p, language) : String(code ?? '');
  };

  const save = useSave<TCentre>(form, FIELDS);
  const { conflict, busy } = save;
  const submit = (version?: number) => {
    const values = form.values;
    return save.run(
      () =>
        base
          ? updateCentre(base.id, { version: version ?? base.version, ...changes(values, valuesOf(base)) })
          : createCentre({
              code: values.code.trim(),
              nameKm: values.nameKm.trim(),
              nameEn: values.nameEn.trim(),
              provinceCode: values.provinceCode,
              address: orNull(values.address),
              phone: orNull(values.phone),
            }),
      async (saved) => {
        await queryClient.invalidateQueries({ queryKey: centresKey });
        notifications.show({
          color: 'green',
          message: t('centres.saved', { name: localName(saved, language) }),
        });
        onClose();
      },
    );
  };

  const loadTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    form.setValues(valuesOf(conflict));
    form.resetDirty(valuesOf(conflict));
    save.setConflict(null);
    void queryClient.invalidateQueries({ queryKey: centresKey });
  };

  const mineOverTheirs = (theirs: TCentre) => ({
    ...valuesOf(theirs),
    ...(base ? changes(form.values, valuesOf(base)) : {}),
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={centre ? t('centres.editTitle', { code: centre.code }) : t('centres.createTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit(() => void submit())} noValidate>
        <Stack>
          {conflict && (
            <VersionConflict
              theirs={valuesOf(conflict) as unknown as Record<string, unknown>}
              mine={mineOverTheirs(conflict) as Record<string, unknown>}
              fields={[
                { key: 'nameKm', label: t('centres.fields.nameKm') },
                { key: 'nameEn', label: t('centres.fields.nameEn') },
                { key: 'provinceCode', label: t('centres.fields.province'), format: provinceName },
                { key: 'address', label: t('centres.fields.address') },
                { key: 'phone', label: t('centres.fields.phone') },
                {
                  key: 'active',
                  label: t('centres.fields.active'),
                  format: (v) => (v ? t('common.yes') : t('common.no')),
                },
              ]}
              onLoadTheirs={loadTheirs}
              onKeepMine={() => void submit(conflict.version)}
              busy={busy}
            />
          )}
          {save.error !== null && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('centres.fields.code')}
            description={centre ? t('centres.codeFixed') : t('centres.codeHelp')}
            required={!centre}
            disabled={!!centre}
            maxLength={5}
            {...form.getInputProps('code')}
            onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())}
          />
          <TextInput
            label={t('centres.fields.nameKm')}
            lang="km"
            required
            {...form.getInputProps('nameKm')}
          />
          <TextInput
            label={t('centres.fields.nameEn')}
            lang="en"
            required
            {...form.getInputProps('nameEn')}
          />
          <Select
            label={t('centres.fields.province')}
            required
            searchable
            data={(provinces.data ?? []).map((p) => ({
              value: p.code,
              label: `${localName(p, language)} (${p.code})`,
            }))}
            nothingFoundMessage={t('common.noResults')}
            {...form.getInputProps('provinceCode')}
          />
          <TextInput label={t('centres.fields.address')} {...form.getInputProps('address')} />
          <TextInput label={t('centres.fields.phone')} type="tel" {...form.getInputProps('phone')} />
          {centre && (
            <Switch
              label={t('centres.fields.active')}
              description={t('centres.activeHelp')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={conflict !== null}>
              {centre ? t('common.save') : t('centres.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
