import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { AnchorLink } from '../../../ui/links';
import { useCentres } from '../../centres/centres.api';
import { useSectorName } from '../../jobs/jobs-text';
import { WorkerStatusBadge } from '../../workers/WorkerStatusBadge';
import type { TDuplicateReason } from '../dedup.api';
import { OUTCOME_COLOR } from '../ReasonBadges';
import { reasonFieldLabel } from '../reason-text';
import { comparisonRows } from './comparison-rows';

/** A row's overall outcome: any disagreement outweighs agreement when a person reads the row. */
function rowOutcome(reasons: TDuplicateReason[]): TDuplicateReason['outcome'] | null {
  const seen = reasons.filter((r) => r.outcome !== 'missing');
  if (seen.some((r) => r.outcome === 'disagree')) return 'disagree';
  if (seen.some((r) => r.outcome === 'partial')) return 'partial';
  if (seen.some((r) => r.outcome === 'agree')) return 'agree';
  return null;
}

const TINT = {
  agree: 'var(--mantine-color-green-light)',
  partial: 'var(--mantine-color-yellow-light)',
  disagree: 'var(--mantine-color-red-light)',
  missing: undefined,
} as const;

const signed = (w: number) => (w > 0 ? `+${w.toFixed(1)}` : w.toFixed(1));

function RecordHead({ worker, label }: { worker: TWorker; label: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <AnchorLink to="/workers/$workerId" params={{ workerId: worker.id }} fw={700}>
        {worker.regNo}
      </AnchorLink>
      <WorkerStatusBadge status={worker.status} />
    </Stack>
  );
}

/**
 * The two records field by field. Rows the matcher compared are tinted by its outcome (green agrees, yellow
 * partly, red disagrees) and carry, under the field's name, the weight each field added to the score. Three
 * columns, so the two records stay side by side even on a phone.
 */
export function ComparisonTable({ a, b, reasons }: { a: TWorker; b: TWorker; reasons: TDuplicateReason[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const centres = useCentres().data ?? [];
  const centreName = (id: string) => {
    const c = centres.find((x) => x.id === id);
    return c ? `${localName(c, language)} (${c.code})` : '';
  };
  const sectorName = useSectorName();
  const rows = comparisonRows(t, language, centreName, sectorName);
  return (
    <Table.ScrollContainer minWidth={330}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        horizontalSpacing="xs"
        fz="sm"
        aria-label={t('dedup.pair.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">{t('conflict.field')}</Table.Th>
            <Table.Th w="37%" style={{ whiteSpace: 'normal' }}>
              <RecordHead worker={a} label={t('dedup.columns.recordA')} />
            </Table.Th>
            <Table.Th w="37%" style={{ whiteSpace: 'normal' }}>
              <RecordHead worker={b} label={t('dedup.columns.recordB')} />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const own = reasons.filter((r) => row.reasons.includes(r.field));
            const outcome = rowOutcome(own);
            return (
              <Table.Tr
                key={row.key}
                data-testid={`compare-${row.key}`}
                data-outcome={outcome ?? 'none'}
                style={{ background: outcome ? TINT[outcome] : undefined }}
              >
                <Table.Th scope="row" style={{ whiteSpace: 'normal' }}>
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {row.label}
                    </Text>
                    {own
                      .filter((r) => r.outcome !== 'missing')
                      .map((r) => (
                        <Badge
                          key={r.field}
                          color={OUTCOME_COLOR[r.outcome]}
                          variant="light"
                          tt="none"
                          // Long Khmer field names wrap inside the badge rather than being cut off.
                          h="auto"
                          maw="100%"
                          styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
                        >
                          {row.reasons.length > 1 ? `${reasonFieldLabel(r.field)}: ` : ''}
                          {t(`dedup.outcomes.${r.outcome}`)} {signed(r.weight)}
                        </Badge>
                      ))}
                  </Stack>
                </Table.Th>
                <Table.Td>{row.show(a) ?? '—'}</Table.Td>
                <Table.Td>{row.show(b) ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
