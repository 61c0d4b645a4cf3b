import { Button, Grid, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLegalCase } from '../../../shared/contracts/legal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { useSave } from '../../ui/use-save';
import { VersionConflict } from '../../ui/VersionConflict';
import { ActionsEditor } from './ActionsEditor';
import { AmountsEditor } from './AmountsEditor';
import { HandlerSelect } from './HandlerSelect';
import { refreshLegal, updateLegalCase } from './legal.api';
import { conflictFields } from './legal-conflict';
import { type LegalFormValues, legalInputFor, requestOf, validateLegal, valuesOf } from './legal-form-values';
import { legalOptions } from './legal-options';
import { RespondentFields, respondentErrors } from './RespondentFields';

const INPUTS = ['claimType', 'status', 'outcome', 'outcomeNotes', 'notes', 'amounts', 'actions', 'handlerId'];

/**
 * The legal case, editable in place. A save sends the version it was loaded from; if someone saved in between,
 * the user sees what differs and chooses, and neither edit is lost silently.
 */
export function LegalCaseForm({ legalCase }: { legalCase: TLegalCase }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const o = legalOptions(t);
  const [base, setBase] = useState(legalCase);
  const form = useForm<LegalFormValues>({
    initialValues: valuesOf(legalCase),
    validate: (v) => ({
      ...validateLegal(v, t('issues.required')),
      ...respondentErrors(v, t('issues.required')),
    }),
  });

  const save = useSave<TLegalCase>(form, legalInputFor(INPUTS));
  const { conflict, busy } = save;
  const submit = (version: number) =>
    save.run(
      () => updateLegalCase(base.id, requestOf(form.values, version)),
      async (saved) => {
        await refreshLegal(qc, saved);
        setBase(saved);
        form.setValues(valuesOf(saved));
        form.resetDirty(valuesOf(saved));
        notifications.show({ color: 'green', message: t('legal.page.saved') });
      },
    );

  const loadTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    form.setValues(valuesOf(conflict));
    form.resetDirty(valuesOf(conflict));
    qc.setQueryData(['legal-cases', 'one', conflict.id], conflict);
    save.setConflict(null);
  };

  return (
    <SectionCard title={t('legal.page.editTitle')} testId="legal-case-form">
      <form onSubmit={form.onSubmit(() => void submit(base.version))} noValidate>
        <Stack gap="md">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('legal.fields.claimType')}
                data={o.claimTypes}
                allowDeselect={false}
                {...form.getInputProps('claimType')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={t('legal.fields.status')}
                data={o.statuses}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={t('legal.fields.outcome')}
                data={o.outcomes}
                clearable
                {...form.getInputProps('outcome')}
                value={form.values.outcome || null}
                onChange={(v) => form.setFieldValue('outcome', v ?? '')}
              />
            </Grid.Col>
          </Grid>
          <HandlerSelect
            centreId={base.centreId}
            current={base.handler}
            value={form.values.handlerId}
            onChange={(id) => form.setFieldValue('handlerId', id)}
            error={form.errors.handlerId}
          />
          <RespondentFields
            values={form.values}
            errors={form.errors}
            onChange={(f, v) => form.setFieldValue(f, v)}
          />
          <Textarea
            label={t('legal.fields.notes')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('notes')}
          />
          <Textarea
            label={t('legal.fields.outcomeNotes')}
            autosize
            minRows={1}
            maxLength={4000}
            {...form.getInputProps('outcomeNotes')}
          />
          <Title order={3} size="h5">
            {t('legal.amounts.title')}
          </Title>
          <AmountsEditor
            rows={form.values.amounts}
            onChange={(rows) => form.setFieldValue('amounts', rows)}
            errors={form.errors}
          />
          <Title order={3} size="h5">
            {t('legal.actions.title')}
          </Title>
          <ActionsEditor
            rows={form.values.actions}
            onChange={(rows) => form.setFieldValue('actions', rows)}
            errors={form.errors}
          />
          {conflict && (
            <VersionConflict
              fields={conflictFields(
                t,
                (id) => [base, conflict].find((c) => c.handler.id === id)?.handler.name ?? String(id ?? ''),
              )}
              theirs={valuesOf(conflict) as unknown as Record<string, unknown>}
              mine={form.values as unknown as Record<string, unknown>}
              onLoadTheirs={loadTheirs}
              onKeepMine={() => void submit(conflict.version)}
              busy={busy}
            />
          )}
          {save.error !== null && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={!form.isDirty() || conflict !== null}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
