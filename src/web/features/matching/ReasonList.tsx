import { Badge, Group, List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TMatchReason } from '../../../shared/contracts/matching';

/** A result's explanation: each factor with the points it brings, then every hard filter checked. */
export function ReasonList({ reasons }: { reasons: TMatchReason[] }) {
  const { t } = useTranslation();
  const factors = reasons.filter((r) => r.kind === 'factor');
  const filters = reasons.filter((r) => r.kind === 'filter');
  return (
    <>
      <Text size="sm" fw={600} mt="xs">
        {t('matching.ui.factors')}
      </Text>
      <List size="sm" spacing={4} listStyleType="none" data-testid="match-factors">
        {factors.map((r) => (
          <List.Item key={r.name}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" color="gray" miw={56} style={{ flexShrink: 0 }}>
                {t('matching.ui.points', { points: r.points ?? 0 })}
              </Badge>
              <Text size="sm">
                <strong>{t(`matching.ui.factor.${r.name}`)}</strong>: {t(r.key, r.params)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600} mt="xs">
        {t('matching.ui.filters')}
      </Text>
      <List size="sm" spacing={4} listStyleType="none" data-testid="match-filters">
        {filters.map((r) => (
          <List.Item
            key={r.name}
            icon={
              <ThemeIcon size={18} radius="xl" color={r.passed ? 'teal' : 'red'} aria-hidden>
                {r.passed ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            <Text size="sm">
              <VisuallyHidden>{t(r.passed ? 'matching.ui.passed' : 'matching.ui.failed')} </VisuallyHidden>
              {t(r.key, r.params)}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}

export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const color = score >= 70 ? 'teal' : score >= 50 ? 'blue' : 'gray';
  return (
    <Badge size="lg" variant="filled" color={color}>
      {t('matching.ui.score', { score: score.toFixed(0) })}
    </Badge>
  );
}
