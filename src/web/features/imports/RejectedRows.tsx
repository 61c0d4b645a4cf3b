import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorkerImportReject } from '../../../shared/contracts/imports';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ProblemText } from './ProblemText';

/** The first rejected rows of a registry import, each with why in the user's language; the file has them all. */
export function RejectedRows({ rejects, total }: { rejects: TWorkerImportReject[]; total: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (rejects.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="worker-import-reject-list">
      <Title order={4} size="h6">
        {t('imports.progress.rejectsTitle')}
      </Title>
      {/* Up to 100 rows: a region of its own that scrolls, reachable by keyboard; the cells wrap on a phone. */}
      <Box
        component="section"
        tabIndex={0}
        aria-label={t('imports.progress.rejectsTitle')}
        mah={320}
        style={{ overflowY: 'auto' }}
      >
        <Table fz="sm" verticalSpacing={4} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.progress.row')}</Table.Th>
              <Table.Th>{t('imports.progress.sourceId')}</Table.Th>
              <Table.Th>{t('imports.progress.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rejects.map((r) => (
              <Table.Tr key={r.row} data-testid="worker-import-reject" data-code={r.code ?? ''}>
                <Table.Td className="nowrap">{formatNumber(r.row, language)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.sourceId}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <ProblemText problem={{ code: r.code, params: r.params, english: r.reason }} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {total > rejects.length && (
        <Text size="sm" c="dimmed">
          {t('imports.progress.rejectsMore', { shown: formatNumber(rejects.length, language) })}
        </Text>
      )}
    </Stack>
  );
}
