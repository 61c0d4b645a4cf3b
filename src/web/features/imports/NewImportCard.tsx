import { Box, Button, Card, Group, Stack, Stepper, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FileChoice, FileStep } from './FileStep';
import { ImportProgressCard } from './ImportProgressCard';
import { type previewFile, workerImportsKey } from './imports.api';
import { MappingStep } from './MappingStep';

type Preview = Awaited<ReturnType<typeof previewFile>>;

type Stage =
  | { step: 0; choice?: FileChoice }
  | { step: 1; choice: FileChoice; preview: Preview }
  | { step: 2; jobId: string };

const STEP_LABELS = ['imports.steps.file', 'imports.steps.columns', 'imports.steps.import'] as const;

/** The new-import flow: file and source, then the column mapping, then the running import's progress. */
export function NewImportCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ step: 0 });
  // Three Khmer step names do not fit side by side on a phone: there only the current one is named.
  const compact = useMediaQuery('(max-width: 36em)');
  const content = useRef<HTMLDivElement>(null);

  // The button that moved the flow on has gone: put keyboard and screen-reader focus on the new step, once
  // React has drawn it.
  const go = (next: Stage) => {
    setStage(next);
    requestAnimationFrame(() => content.current?.focus());
  };

  const label = (step: number) =>
    compact && step !== stage.step ? (
      <VisuallyHidden>{t(STEP_LABELS[step]!)}</VisuallyHidden>
    ) : (
      t(STEP_LABELS[step]!)
    );

  return (
    <Card withBorder p={{ base: 'sm', sm: 'lg' }}>
      <Stack>
        <Title order={2} size="h4">
          {t('imports.new')}
        </Title>
        <Stepper active={stage.step} size="sm" allowNextStepsSelect={false} wrap={false}>
          {STEP_LABELS.map((key, step) => (
            <Stepper.Step
              key={key}
              label={label(step)}
              aria-current={step === stage.step ? 'step' : undefined}
            />
          ))}
        </Stepper>
        <Box
          ref={content}
          tabIndex={-1}
          role="group"
          aria-label={t(STEP_LABELS[stage.step])}
          style={{ outline: 'none' }}
        >
          {stage.step === 0 && (
            <FileStep
              initial={stage.choice ?? {}}
              onPreviewed={(choice, preview) => go({ step: 1, choice, preview })}
            />
          )}
          {stage.step === 1 && (
            <MappingStep
              choice={stage.choice}
              preview={stage.preview}
              onBack={() => go({ step: 0, choice: stage.choice })}
              onStarted={(job) => {
                go({ step: 2, jobId: job.id });
                void queryClient.invalidateQueries({ queryKey: workerImportsKey, exact: true });
              }}
            />
          )}
          {stage.step === 2 && (
            <Stack>
              <ImportProgressCard key={stage.jobId} jobId={stage.jobId} />
              <Group justify="flex-end">
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => go({ step: 0 })}
                >
                  {t('imports.another')}
                </Button>
              </Group>
            </Stack>
          )}
        </Box>
      </Stack>
    </Card>
  );
}
