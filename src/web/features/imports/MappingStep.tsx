import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_COLUMNS, type TWorkerImportJob } from '../../../shared/contracts/imports';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ColumnSelect, columnInputId } from './ColumnSelect';
import {
  COLUMN_GROUPS,
  type ColumnGroup,
  initialMapping,
  type Mapping,
  mappingProblems,
  unusedHeaders,
  usableHeaders,
} from './columns';
import { FilePreview } from './FilePreview';
import type { FileChoice } from './FileStep';
import { type previewFile, startWorkerImport } from './imports.api';

interface Props {
  choice: FileChoice;
  preview: Awaited<ReturnType<typeof previewFile>>;
  onBack: () => void;
  onStarted: (job: TWorkerImportJob) => void;
}

/** Step two: the file's columns next to the template's, pre-filled with the server's guess, then the start. */
export function MappingStep({ choice, preview, onBack, onStarted }: Props) {
  const { t } = useTranslation();
  const { usable, unnamed } = useMemo(() => usableHeaders(preview.headers), [preview.headers]);
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(preview.suggested, usable));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problems = mappingProblems(mapping);
  // A missing row ID is only pointed out after trying to start; a column chosen twice is the user's own doing.
  const shown = tried
    ? problems
    : Object.fromEntries(Object.entries(problems).filter(([, p]) => p.kind !== 'required'));
  const unused = unusedHeaders(usable, mapping);
  const example = (header: string) =>
    preview.sample.map((row) => row[header] ?? '').find((v) => v !== '') ?? '';

  const start = async () => {
    setTried(true);
    const first = TEMPLATE_COLUMNS.find((col) => problems[col]);
    if (first) {
      // The problem may be far above the button: take the user to it, with its list of columns open.
      document.getElementById(columnInputId(first))?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onStarted(await startWorkerImport({ ...choice, mapping }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <FilePreview headers={usable} sample={preview.sample} unnamed={unnamed} />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('imports.mapping.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.help')}
        </Text>
      </Stack>
      {(Object.keys(COLUMN_GROUPS) as ColumnGroup[]).map((group) => (
        <Fieldset
          key={group}
          legend={t(`imports.groups.${group}`)}
          variant="filled"
          p={{ base: 'xs', sm: 'md' }}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
            {COLUMN_GROUPS[group].map((column) => (
              <ColumnSelect
                key={column}
                column={column}
                headers={usable}
                example={example}
                value={mapping[column]}
                problem={shown[column]}
                onChange={(header) => setMapping((old) => ({ ...old, [column]: header }))}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
      {unused.length > 0 && (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} data-testid="unused-columns">
          {t('imports.mapping.unused', { columns: unused.join(', ') })}
        </Alert>
      )}
      {tried && Object.keys(problems).length > 0 && (
        <Alert color="red" role="alert">
          {t('imports.mapping.fix')}
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('imports.back')}
        </Button>
        <Button
          onClick={() => void start()}
          loading={busy}
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
        >
          {t('imports.start')}
        </Button>
      </Group>
    </Stack>
  );
}
