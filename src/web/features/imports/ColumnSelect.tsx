import { Code, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../shared/contracts/imports';
import type { MappingProblem } from './columns';

interface Props {
  column: TemplateColumn;
  headers: string[];
  /** A first value of each file column, shown under it in the list to tell cryptic headings apart. */
  example: (header: string) => string;
  value: string | undefined;
  problem: MappingProblem | undefined;
  onChange: (header: string | undefined) => void;
}

export const columnInputId = (column: TemplateColumn) => `map-${column}`;

/** Which column of the file feeds one template column, with what the template column means in plain words. */
export function ColumnSelect({ column, headers, example, value, problem, onChange }: Props) {
  const { t } = useTranslation();
  const error =
    problem?.kind === 'required'
      ? t('imports.mapping.required')
      : problem?.kind === 'usedTwice'
        ? t('imports.mapping.usedTwice', { other: t(`imports.columns.${problem.other}.label`) })
        : undefined;
  return (
    <Select
      label={t(`imports.columns.${column}.label`)}
      description={
        <>
          <Code>{column}</Code> {t(`imports.columns.${column}.help`)}
        </>
      }
      placeholder={t('imports.mapping.notInFile')}
      data={headers}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" lang="en">
            {option.value}
          </Text>
          {example(option.value) && (
            <Text size="xs" c="dimmed">
              {example(option.value)}
            </Text>
          )}
        </Stack>
      )}
      clearable
      clearButtonProps={{
        'aria-label': t('imports.mapping.clear', { column: t(`imports.columns.${column}.label`) }),
      }}
      searchable
      nothingFoundMessage={t('common.noResults')}
      required={column === 'source_id'}
      error={error}
      id={columnInputId(column)}
      // Explanations differ in length: keep the boxes of one grid row level by pushing each to the bottom.
      styles={{ root: { display: 'flex', flexDirection: 'column' }, wrapper: { marginTop: 'auto' } }}
    />
  );
}
