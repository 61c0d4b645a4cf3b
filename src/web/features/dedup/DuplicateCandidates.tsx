import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links';
import { PlaceName } from '../reference/PlaceName';
import { DecisionBadge } from './DecisionBadge';
import type { TDuplicateCandidate } from './dedup.api';
import { ReasonBadges } from './ReasonBadges';

/** Existing records that may be the person being registered, best first, each with a way to open it. */
export function DuplicateCandidates({ candidates }: { candidates: TDuplicateCandidate[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {candidates.map((c) => (
        <Paper key={c.id} withBorder p="sm" radius="md" data-testid="duplicate-candidate">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" align="flex-start">
              <AnchorLink to="/workers/$workerId" params={{ workerId: c.id }} fw={600}>
                {c.displayName}
              </AnchorLink>
              <Badge variant="outline" className="nowrap" tt="none">
                {c.regNo}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {[
                c.sex ? t(`workers.sex.${c.sex}`) : null,
                c.birthYear ? t('workers.bornIn', { year: c.birthYear }) : null,
                c.phones.join(', ') || null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {c.addressCode && <PlaceName code={c.addressCode} size="xs" />}
            <DecisionBadge decision={c.decision} score={c.score} />
            <ReasonBadges reasons={c.reasons} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
