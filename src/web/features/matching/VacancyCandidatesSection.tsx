import { Alert, Button, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCandidate } from '../../../shared/contracts/matching';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { PlaceName } from '../reference/PlaceName';
import { useVacancyCandidates } from './matching.api';
import { ReasonList, ScoreBadge } from './ReasonList';

/** The best candidates for a vacancy among returnees who agreed to share their profile, with the reasons. */
export function VacancyCandidatesSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const candidates = useVacancyCandidates(vacancyId);
  const data = candidates.data;
  return (
    <SectionCard title={t('matching.ui.candidatesTitle')} testId="vacancy-candidates">
      <Text size="sm" c="dimmed" mb="xs">
        {t('matching.ui.candidatesHint')}
      </Text>
      {candidates.isError ? (
        <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          {data.blockedBy.map((b) => (
            <Alert key={b.name} color="yellow" variant="light">
              {t(b.key, b.params)}
            </Alert>
          ))}
          {data.results.length === 0 && data.blockedBy.length === 0 && (
            <Text c="dimmed">{t('matching.ui.noCandidates')}</Text>
          )}
          {data.results.map((c, i) => (
            <CandidateCard key={c.workerId} candidate={c} rank={i + 1} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function CandidateCard({ candidate: c, rank }: { candidate: TCandidate; rank: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder padding="sm" radius="md" data-testid="candidate-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 200px' }}>
          <Text fw={600}>
            {rank}.{' '}
            <AnchorLink to="/workers/$workerId" params={{ workerId: c.workerId }}>
              {c.displayName}
            </AnchorLink>
          </Text>
          <Text size="sm" c="dimmed">
            {c.regNo} · <PlaceName code={c.provinceCode} />
            {c.referralStatus ? ` · ${t(`jobs.referralStatus.${c.referralStatus}`)}` : ''}
          </Text>
        </Stack>
        <ScoreBadge score={c.score} />
      </Group>
      {c.suggestions.map((s) => (
        <Text size="sm" c="blue.8" key={s.kind} mt={4}>
          {t(s.key, s.params)}
        </Text>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
      >
        {t(open ? 'matching.ui.hideReasons' : 'matching.ui.showReasons')}
      </Button>
      <Collapse expanded={open}>
        <ReasonList reasons={c.reasons} />
      </Collapse>
    </Card>
  );
}
