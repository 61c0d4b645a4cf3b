import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { hasKhmer } from '../../../shared/khmer';

interface Props {
  headers: string[];
  sample: Record<string, string>[];
  unnamed: number;
}

/** A heading such as registration_date_of_birth may break after its underscores, never inside a word. */
function Heading({ name }: { name: string }) {
  const parts = name.split('_');
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed heading never move.
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** The file's columns, one per line with its first values, so a phone reads it without scrolling sideways. */
export function FilePreview({ headers, sample, unnamed }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('imports.preview.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.preview.help', { rows: sample.length })}
      </Text>
      {unnamed > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="unnamed-columns">
          {t('imports.preview.unnamed', { n: unnamed })}
        </Alert>
      )}
      {/* Two columns that wrap: no sideways scrolling, even for long headings on a phone. */}
      <Table fz="sm" verticalSpacing={4} withTableBorder aria-label={t('imports.preview.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.preview.column')}</Table.Th>
            <Table.Th>{t('imports.preview.values')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((h) => (
            <Table.Tr key={h} data-testid="preview-column">
              {/* A heading is the file's own word: English unless the list was headed in Khmer. */}
              <Table.Td lang={hasKhmer(h) ? 'km' : 'en'}>
                <Heading name={h} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {sample
                  .map((row) => row[h] ?? '')
                  .filter((v) => v !== '')
                  .slice(0, 3)
                  .join(' · ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
