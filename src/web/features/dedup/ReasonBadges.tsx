import { Badge, Group } from '@mantine/core';
import { IconCheck, IconEqualNot, IconTilde } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TDuplicateReason } from './dedup.api';
import { reasonFieldLabel } from './reason-text';

export const OUTCOME_COLOR = { agree: 'green', partial: 'yellow', disagree: 'red', missing: 'gray' } as const;
const OUTCOME_ICON = { agree: IconCheck, partial: IconTilde, disagree: IconEqualNot, missing: IconTilde };

/**
 * Why two records look alike, one small badge per compared field: green agrees, yellow partly agrees, red
 * disagrees. Fields one of the records lacks are left out; they said nothing either way.
 */
export function ReasonBadges({ reasons }: { reasons: TDuplicateReason[] }) {
  const { t } = useTranslation();
  const shown = reasons.filter((r) => r.outcome !== 'missing');
  return (
    <Group gap={6}>
      {shown.map((r) => {
        const Icon = OUTCOME_ICON[r.outcome];
        return (
          <Badge
            key={r.field}
            variant="light"
            color={OUTCOME_COLOR[r.outcome]}
            leftSection={<Icon size={12} aria-hidden />}
            tt="none"
            data-outcome={r.outcome}
          >
            {reasonFieldLabel(r.field)}: {t(`dedup.outcomes.${r.outcome}`)}
          </Badge>
        );
      })}
    </Group>
  );
}
