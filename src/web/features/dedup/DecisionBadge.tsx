import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = { link: 'red', review: 'orange', distinct: 'gray' } as const;

/** How likely the two are one person, in words, with the score (log-odds in bits) for those who compare them. */
export function DecisionBadge({
  decision,
  score,
}: {
  decision: 'link' | 'review' | 'distinct';
  score: number;
}) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[decision]} tt="none">
      {t(`dedup.decisions.${decision}`)} · {t('dedup.score', { score: score.toFixed(1) })}
    </Badge>
  );
}
