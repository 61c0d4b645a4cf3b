import { Grid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { canEditWorkers } from '../../../auth/access';
import { useMe } from '../../../auth/session';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { WorkerCaseSections } from '../../cases/WorkerCaseSections';
import { WorkerLegalSection } from '../../legal/WorkerLegalSection';
import { WorkerJobsSection } from '../../jobs/WorkerJobsSection';
import { WorkerMatchesSection } from '../../matching/WorkerMatchesSection';
import { useWorker, useWorkerTimeline } from '../workers.api';
import { ConsentsSection } from './ConsentsSection';
import { HouseholdSection } from './HouseholdSection';
import { IdentitySection } from './IdentitySection';
import { MergedNotice } from './MergedNotice';
import { MigrationSection } from './MigrationSection';
import { ProfileHeader } from './ProfileHeader';
import { SkillsSection } from './SkillsSection';
import { SourcesSection } from './SourcesSection';
import { TimelineSection } from './TimelineSection';
import { WorkerEditForm } from './WorkerEditForm';

export default function WorkerProfilePage() {
  const { workerId = '' } = useParams({ strict: false });
  // Keyed by the person: following a link to another profile starts afresh, never in the last one's edit mode.
  return <WorkerProfile key={workerId} workerId={workerId} />;
}

function WorkerProfile({ workerId }: { workerId: string }) {
  const me = useMe();
  const worker = useWorker(workerId);
  const timeline = useWorkerTimeline(workerId);
  const [editing, setEditing] = useState(false);

  if (worker.isError) return <ErrorAlert error={worker.error} onRetry={() => void worker.refetch()} />;
  if (!worker.data) return <Loading />;
  const w = worker.data;
  const canEdit = canEditWorkers(me.role) && w.status !== 'merged';

  return (
    <Stack gap={0}>
      <ProfileHeader worker={w} onEdit={canEdit && !editing ? () => setEditing(true) : null} />
      {w.status === 'merged' && <MergedNotice worker={w} />}
      {editing ? (
        <WorkerEditForm worker={w} onDone={() => setEditing(false)} />
      ) : (
        <Grid gap="md" mt={w.status === 'merged' ? 'md' : 0}>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <IdentitySection worker={w} />
              <HouseholdSection worker={w} />
              <MigrationSection worker={w} />
              <SkillsSection worker={w} />
              {w.status === 'active' && <WorkerMatchesSection workerId={w.id} />}
              <WorkerJobsSection workerId={w.id} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <WorkerCaseSections worker={w} />
              <WorkerLegalSection workerId={w.id} centreId={w.centreId} canOpenNew={w.status !== 'merged'} />
              <ConsentsSection worker={w} timeline={timeline.data} canEdit={canEdit} />
              <SourcesSection worker={w} />
              <TimelineSection
                entries={timeline.data}
                error={timeline.isError ? timeline.error : null}
                onRetry={() => void timeline.refetch()}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
