import { Box, Button, Grid, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy, IconEraser } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, asApiError } from '../../../api/api-error';
import { useMe } from '../../../auth/session';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCentres } from '../../centres/centres.api';
import { type TDuplicateCandidate, type TDuplicateCheck, useDuplicateCheck } from '../../dedup/dedup.api';
import { applyWorkerIssues } from '../form/apply-issues';
import { validateStep } from '../form/validate-worker';
import {
  emptyWorkerForm,
  STEP_FIELDS,
  stepOfField,
  toCreateRequest,
  type WorkerFormValues,
} from '../form/worker-form';
import { createWorker, refreshWorkers } from '../workers.api';
import { DuplicatePanel } from './DuplicatePanel';
import { duplicateCheckOf } from './duplicate-check';
import { IntakeStep } from './IntakeStep';
import { clearIntakeDraft, readIntakeDraft, saveIntakeDraft } from './intake-draft';
import { PossibleDuplicatesModal } from './PossibleDuplicatesModal';
import { STEP_KEYS } from './steps';

const LAST = STEP_KEYS.length - 1;

export default function IntakePage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 62em)');
  const centres = useCentres().data ?? [];
  const mine = centres.filter((c) => c.active && (me.national || me.centreIds.includes(c.id)));
  // A user with one centre registers there; anyone else says where this person is registered.
  const needsCentre = me.national || me.centreIds.length > 1;
  const centreOptions = needsCentre
    ? mine.map((c) => ({ value: c.id, label: `${localName(c, language)} (${c.code})` }))
    : null;

  const draft = useMemo(() => readIntakeDraft(queryClient), [queryClient]);
  const fresh = () => emptyWorkerForm(me.role === 'outreach_officer' ? 'outreach' : 'walk_in');
  const [step, setStepState] = useState(draft?.step ?? 0);
  // The form's change callback is fixed at its first render; it reads the step from here.
  const stepRef = useRef(step);
  const [reached, setReached] = useState(draft?.step ?? 0);
  const form = useForm<WorkerFormValues>({
    initialValues: draft?.values ?? fresh(),
    onValuesChange: (values) => saveIntakeDraft(queryClient, { values, step: stepRef.current }),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [duplicates, setDuplicates] = useState<TDuplicateCandidate[] | null>(null);
  const [clearing, setClearing] = useState(false);

  // Debounced as text: a fresh object on every render would restart the timer for ever.
  const [checkText] = useDebouncedValue(JSON.stringify(duplicateCheckOf(form.values)), 400);
  const debouncedCheck = useMemo(() => JSON.parse(checkText) as TDuplicateCheck | null, [checkText]);
  const live = useDuplicateCheck(debouncedCheck);
  const candidates = debouncedCheck ? (live.data ?? []) : [];

  const setStep = (next: number) => {
    stepRef.current = next;
    setStepState(next);
    setReached((r) => Math.max(r, next));
    saveIntakeDraft(queryClient, { values: form.getValues(), step: next });
    window.scrollTo({ top: 0 });
  };

  const rules = { needsCentre, requireConsent: true };
  const checkStep = (i: number) => {
    const errors = validateStep(form.getValues(), i, t, rules);
    // Only this step's own errors are replaced; a server error on another step stays until that step is fixed.
    const kept = Object.fromEntries(Object.entries(form.errors).filter(([path]) => stepOfField(path) !== i));
    form.setErrors({ ...kept, ...errors });
    return Object.keys(errors).length === 0;
  };

  const goTo = (target: number) => {
    if (target > step && !checkStep(step)) return;
    setStep(target);
  };

  const save = async (acknowledged: boolean) => {
    setError(null);
    // Every step is checked at once; the first one with a problem is shown.
    const errors: Record<string, string> = Object.assign(
      {},
      ...STEP_KEYS.map((_, i) => validateStep(form.getValues(), i, t, rules)),
    );
    form.setErrors(errors);
    const paths = Object.keys(errors);
    if (paths.length) {
      setStep(Math.min(...paths.map(stepOfField)));
      return;
    }
    setBusy(true);
    try {
      const saved = await createWorker(toCreateRequest(form.getValues(), acknowledged));
      clearIntakeDraft(queryClient);
      await refreshWorkers(queryClient, saved);
      notifications.show({ color: 'green', message: t('intake.saved', { regNo: saved.regNo }) });
      void navigate({ to: '/workers/$workerId', params: { workerId: saved.id } });
    } catch (e) {
      const err = asApiError(e);
      if (err.code === 'POSSIBLE_DUPLICATES') {
        setDuplicates((err.details as { candidates?: TDuplicateCandidate[] })?.candidates ?? []);
      } else if (err.fieldIssues.length) {
        const known = (path: string) =>
          STEP_FIELDS.flat().includes(path.split('.')[0] ?? '') && (path !== 'centreId' || needsCentre);
        const placed = applyWorkerIssues(form, err, t, known);
        if (placed.firstStep !== null) setStep(placed.firstStep);
        // The alert lists only what has no field on screen; the rest is under its input.
        setError(new ApiError(err.status, err.code, err.message, placed.unplaced));
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    clearIntakeDraft(queryClient);
    form.setValues(fresh());
    form.clearErrors();
    stepRef.current = 0;
    setStepState(0);
    setReached(0);
    setError(null);
    setClearing(false);
  };

  const panel = (
    <DuplicatePanel
      active={debouncedCheck !== null}
      candidates={candidates}
      checking={live.isFetching}
      error={live.isError ? live.error : null}
    />
  );
  const stepLabel = (i: number) => t(`intake.steps.${STEP_KEYS[i]}.label`);

  return (
    <>
      <PageHeader
        title={t('intake.title')}
        description={t('intake.description')}
        actions={
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconEraser size={16} aria-hidden />}
            onClick={() => setClearing(true)}
          >
            {t('intake.startOver')}
          </Button>
        }
      />
      {/* Above both columns, so the five step names fit on one line on a laptop. */}
      <Stepper
        active={step}
        onStepClick={goTo}
        size="sm"
        iconSize={wide ? 36 : 30}
        allowNextStepsSelect={false}
      >
        {STEP_KEYS.map((key, i) => (
          <Stepper.Step
            key={key}
            label={wide ? t(`intake.steps.${key}.short`) : undefined}
            // On phones only the step number shows; the name is read out instead of "1".
            aria-label={
              wide ? undefined : t('intake.stepOf', { n: i + 1, total: STEP_KEYS.length, name: stepLabel(i) })
            }
            allowStepSelect={i <= reached}
            color={
              STEP_FIELDS[i]!.some((f) => Object.keys(form.errors).some((p) => p.split('.')[0] === f))
                ? 'red'
                : undefined
            }
          />
        ))}
      </Stepper>
      <Grid gap="lg" mt="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (step === LAST) void save(false);
              else goTo(step + 1);
            }}
          >
            <Stack gap="lg">
              <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
                <Stack gap="md">
                  <Box>
                    <Text size="sm" c="dimmed">
                      {t('intake.stepCounter', { n: step + 1, total: STEP_KEYS.length })}
                    </Text>
                    <Title order={2} size="h3" data-testid="intake-step-title">
                      {stepLabel(step)}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t(`intake.steps.${STEP_KEYS[step]}.help`)}
                    </Text>
                  </Box>
                  <IntakeStep step={step} form={form} centreOptions={centreOptions} />
                  {step === 0 && !wide && panel}
                  {error !== null && <ErrorAlert error={error} />}
                  <Group justify="space-between" gap="sm">
                    <Button
                      variant="default"
                      leftSection={<IconArrowLeft size={16} aria-hidden />}
                      onClick={() => setStep(step - 1)}
                      disabled={step === 0}
                    >
                      {t('intake.back')}
                    </Button>
                    {step < LAST ? (
                      <Button type="submit" rightSection={<IconArrowRight size={16} aria-hidden />}>
                        {t('intake.next')}
                      </Button>
                    ) : (
                      <Button
                        type="submit"
                        loading={busy}
                        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                      >
                        {t('intake.save')}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Paper>
            </Stack>
          </form>
        </Grid.Col>
        {wide && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Box pos="sticky" top={76}>
              <Paper withBorder p="md" radius="md">
                {panel}
              </Paper>
            </Box>
          </Grid.Col>
        )}
      </Grid>
      {duplicates && (
        <PossibleDuplicatesModal
          candidates={duplicates}
          busy={busy}
          onClose={() => setDuplicates(null)}
          onConfirmDifferent={() => {
            setDuplicates(null);
            void save(true);
          }}
        />
      )}
      <ConfirmModal
        opened={clearing}
        title={t('intake.startOverTitle')}
        body={t('intake.startOverBody')}
        confirmLabel={t('intake.startOver')}
        onConfirm={startOver}
        onCancel={() => setClearing(false)}
      />
    </>
  );
}
