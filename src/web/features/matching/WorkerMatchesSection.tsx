import { Alert, Button, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TVacancyMatch, TWorkerMatches } from '../../../shared/contracts/matching';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { canEditJobs } from '../jobs/job-roles';
import { createReferral, refreshJobs } from '../jobs/jobs.api';
import { useSectorName } from '../jobs/jobs-text';
import { OccupationName } from '../reference/OccupationName';
import { PlaceName } from '../reference/PlaceName';
import { useWorkerMatches } from './matching.api';
import { ReasonList, ScoreBadge } from './ReasonList';

/** A worker's best open vacancies with the reasons, the suggestions, and a Refer button per job. */
export function WorkerMatchesSection({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const matches = useWorkerMatches(workerId);
  return (
    <SectionCard title={t('matching.ui.matchesTitle')} testId="worker-matches">
      {matches.isError ? (
        <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : !matches.data ? (
        <Loading />
      ) : (
        <MatchList data={matches.data} />
      )}
    </SectionCard>
  );
}

function MatchList({ data }: { data: TWorkerMatches }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {data.blockedBy.map((b) => (
        <Alert key={b.name} color={b.name === 'consent' ? 'yellow' : 'red'} variant="light">
          {t(b.key, b.params)}
        </Alert>
      ))}
      <Suggestions data={data} />
      {data.results.length === 0 ? (
        <Text c="dimmed">{t('matching.ui.noMatches')}</Text>
      ) : (
        data.results.map((m, i) => (
          <MatchCard key={m.vacancyId} rank={i + 1} match={m} workerId={data.workerId} />
        ))
      )}
    </Stack>
  );
}

function Suggestions({ data }: { data: TWorkerMatches }) {
  const { t } = useTranslation();
  if (!data.adjacent.length && !data.training.length) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('matching.ui.suggestionsTitle')}
      data-testid="match-suggestions"
    >
      <Stack gap={4}>
        {data.adjacent.map((a) => (
          <Text size="sm" key={`${a.fromIsco}-${a.toIsco}`}>
            {t('matching.ui.adjacentLine', { jobs: a.jobs })} <OccupationName code={a.fromIsco} /> →{' '}
            <OccupationName code={a.toIsco} />
          </Text>
        ))}
        {data.training.map((s) => (
          <Text size="sm" key={s.skill}>
            {t('matching.ui.trainingLine', { skill: s.skill, jobs: s.jobs })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function MatchCard({ match, rank, workerId }: { match: TVacancyMatch; rank: number; workerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const sectorName = useSectorName();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refer = async () => {
    setBusy(true);
    setError(null);
    try {
      await createReferral(workerId, match.vacancyId);
      await refreshJobs(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder padding="sm" radius="md" data-testid="match-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 220px' }}>
          <Text fw={600}>
            {rank}.{' '}
            <AnchorLink to="/vacancies/$vacancyId" params={{ vacancyId: match.vacancyId }}>
              {match.title}
            </AnchorLink>
          </Text>
          <Text size="sm" c="dimmed">
            {match.employerName} · {sectorName(match.sector)} · <PlaceName code={match.provinceCode} />
          </Text>
        </Stack>
        <ScoreBadge score={match.score} />
      </Group>
      {match.suggestions.map((s) => (
        <Text size="sm" c="blue.8" key={s.kind} mt={4}>
          {t(s.key, s.params)}
        </Text>
      ))}
      {error !== null && <ErrorAlert error={error} />}
      <Group gap="xs" mt="xs">
        <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {t(open ? 'matching.ui.hideReasons' : 'matching.ui.showReasons')}
        </Button>
        {match.referralStatus ? (
          <Text size="sm" c="dimmed">
            {t('matching.ui.referralStatus', { status: t(`jobs.referralStatus.${match.referralStatus}`) })}
          </Text>
        ) : (
          canEditJobs(me.role) && (
            <Button size="compact-sm" onClick={() => void refer()} loading={busy} disabled={!match.canRefer}>
              {t('matching.ui.refer')}
            </Button>
          )
        )}
      </Group>
      <Collapse expanded={open}>
        <ReasonList reasons={match.reasons} />
      </Collapse>
    </Card>
  );
}
