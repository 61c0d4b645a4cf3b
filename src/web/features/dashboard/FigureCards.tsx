import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TDashboardFigures, TSexSplit } from '../../../shared/contracts/dashboard';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** The main figures; the two shares are shown against the people actually checked, never all placed. */
const CARDS = [
  { figure: 'registered' },
  { figure: 'served' },
  { figure: 'referred' },
  { figure: 'placed' },
  { figure: 'decent', of: 'decentEvaluated' },
  { figure: 'retained90', of: 'retentionEvaluated' },
] as const;

export function FigureCards({ figures }: { figures: TDashboardFigures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number) => formatNumber(v, language);
  const bySex = (s: TSexSplit) =>
    t('dashboard.bySex', { female: num(s.female), male: num(s.male), unknown: num(s.unknown) });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      {CARDS.map((card) => {
        const split = figures[card.figure];
        const of = 'of' in card ? figures[card.of].total : null;
        return (
          <Card
            key={card.figure}
            withBorder
            padding="md"
            component="section"
            aria-labelledby={`fig-${card.figure}`}
          >
            <Text id={`fig-${card.figure}`} fw={600} size="sm">
              {t(`dashboard.figures.${card.figure}`)}
            </Text>
            <Text fz={32} fw={700} lh={1.2} data-figure={card.figure}>
              {num(split.total)}
            </Text>
            {of !== null && (
              <Text size="sm">
                {of === 0
                  ? t('dashboard.noneChecked')
                  : t('dashboard.share', {
                      share: num(Math.round((split.total / of) * 1000) / 10),
                      of: num(of),
                    })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {bySex(split)}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
