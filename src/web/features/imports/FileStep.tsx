import { Button, FileInput, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconArrowRight, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { issueText } from '../../ui/error-text';
import { useCentres } from '../centres/centres.api';
import { isValidSource } from './columns';
import { previewFile } from './imports.api';

export interface FileChoice {
  file: File;
  source: string;
  centreId: string | null;
}

type Preview = Awaited<ReturnType<typeof previewFile>>;

interface Props {
  initial: Partial<FileChoice>;
  onPreviewed: (choice: FileChoice, preview: Preview) => void;
}

/**
 * Step one: the file, where it comes from, and the fallback centre. A user of exactly one centre needs no
 * fallback: the server files rows without a centre of their own under that centre.
 */
export function FileStep({ initial, onPreviewed }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const centres = useCentres();
  const [file, setFile] = useState<File | null>(initial.file ?? null);
  const [source, setSource] = useState(initial.source ?? '');
  const [centreId, setCentreId] = useState<string | null>(initial.centreId ?? null);
  const [errors, setErrors] = useState<{ file?: string; source?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choosesCentre = me.national || me.centreIds.length > 1;
  const centreOptions = (centres.data ?? [])
    .filter((c) => c.active && (me.national || me.centreIds.includes(c.id)))
    .map((c) => ({ value: c.id, label: `${c.code} · ${localName(c, language)}` }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = source.trim();
    const found = {
      ...(file ? {} : { file: t('issues.required') }),
      ...(trimmed === ''
        ? { source: t('issues.required') }
        : isValidSource(trimmed)
          ? {}
          : { source: t('imports.source.invalid') }),
    };
    setErrors(found);
    if (!file || Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      const preview = await previewFile(file);
      onPreviewed({ file, source: trimmed, centreId }, preview);
    } catch (e) {
      const issue = asApiError(e).fieldIssues.find((i) => i.field === 'file');
      if (issue) setErrors({ file: issueText(t, issue) });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {error !== null && <ErrorAlert error={error} />}
        <FileInput
          label={t('imports.file.label')}
          description={t('imports.file.help')}
          placeholder={t('imports.file.placeholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconUpload size={16} aria-hidden />}
          value={file}
          onChange={(f) => {
            setFile(f);
            setErrors((old) => ({ ...old, file: undefined }));
          }}
          error={errors.file}
          clearable
          clearButtonProps={{ 'aria-label': t('imports.file.clear') }}
          required
        />
        <TextInput
          label={t('imports.source.label')}
          description={t('imports.source.help')}
          placeholder={t('imports.source.placeholder')}
          value={source}
          onChange={(e) => {
            setSource(e.currentTarget.value);
            setErrors((old) => ({ ...old, source: undefined }));
          }}
          error={errors.source}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          lang="en"
          required
        />
        {choosesCentre && (
          <Select
            label={t('imports.centre.label')}
            description={t('imports.centre.help')}
            placeholder={t('imports.centre.placeholder')}
            data={centreOptions}
            value={centreId}
            onChange={setCentreId}
            clearable
            clearButtonProps={{ 'aria-label': t('imports.centre.clear') }}
            disabled={centres.isPending}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} rightSection={<IconArrowRight size={16} aria-hidden />}>
            {t('imports.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
