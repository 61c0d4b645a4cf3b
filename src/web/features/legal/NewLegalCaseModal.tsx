import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCreateLegalCaseRequest } from '../../../shared/contracts/legal';
import { asApiError } from '../../api/api-error';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { alertAfterFields } from '../../ui/error-text';
import { HandlerSelect } from './HandlerSelect';
import { createLegalCase, refreshLegal } from './legal.api';
import { legalInputFor } from './legal-form-values';
import { legalOptions } from './legal-options';
import { RespondentFields, type RespondentValues, respondentErrors, respondentOf } from './RespondentFields';

interface Values extends RespondentValues {
  claimType: string;
  handlerId: string;
  openedOn: string;
  notes: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const INPUTS = legalInputFor(['claimType', 'handlerId', 'openedOn', 'notes']);

/** Opens a legal case for the worker, handled by the person opening it, then goes to the case page. */
export function NewLegalCaseModal({
  workerId,
  centreId,
  onClose,
}: {
  workerId: string;
  centreId: string;
  onClose: () => void;
}) {
  const me = useMe();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      claimType: '',
      handlerId: me.id,
      respondentKind: '',
      respondentName: '',
      respondentCountry: 'TH',
      openedOn: today(),
      notes: '',
    },
    validate: (v) => ({
      claimType: v.claimType ? null : t('issues.required'),
      ...respondentErrors(v, t('issues.required')),
    }),
  });

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await createLegalCase({
        workerId,
        claimType: v.claimType as TCreateLegalCaseRequest['claimType'],
        handlerId: v.handlerId || undefined,
        respondent: respondentOf(v),
        openedOn: v.openedOn || undefined,
        notes: v.notes.trim() || null,
      });
      await refreshLegal(qc, saved);
      onClose();
      await navigate({ to: '/legal-cases/$caseId', params: { caseId: saved.id } });
    } catch (e) {
      setError(alertAfterFields(form, asApiError(e), INPUTS, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('legal.new.title')} size="lg">
      <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
        <Stack gap="sm">
          <Select
            label={t('legal.fields.claimType')}
            data={legalOptions(t).claimTypes}
            required
            {...form.getInputProps('claimType')}
          />
          <HandlerSelect
            centreId={centreId}
            value={form.values.handlerId}
            onChange={(id) => form.setFieldValue('handlerId', id)}
            error={form.errors.handlerId}
          />
          <RespondentFields
            values={form.values}
            errors={form.errors}
            onChange={(field, value) => form.setFieldValue(field, value)}
          />
          <TextInput type="date" label={t('legal.fields.openedOn')} {...form.getInputProps('openedOn')} />
          <Textarea
            label={t('legal.fields.notes')}
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('notes')}
          />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('legal.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
