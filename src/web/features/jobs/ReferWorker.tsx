import { Button, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { useWorkerSearch } from '../workers/workers.api';
import { createReferral, refreshJobs } from './jobs.api';

/** Refers a returnee found by name, phone or registration number (the search goes in a POST body). */
export function ReferWorker({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const found = useWorkerSearch({ q: debounced || undefined, limit: 20 } as never);
  const [workerId, setWorkerId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const refer = async () => {
    if (!workerId) return;
    setBusy(true);
    setError(null);
    try {
      await createReferral(workerId, vacancyId);
      setWorkerId(null);
      setQ('');
      await refreshJobs(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard title={t('jobs.refer.title')} testId="refer-worker">
      <Text size="sm" c="dimmed" mb="xs">
        {t('jobs.refer.hint')}
      </Text>
      {error !== null && <ErrorAlert error={error} />}
      <Group align="flex-end" gap="sm">
        <Select
          label={t('jobs.refer.worker')}
          searchable
          searchValue={q}
          onSearchChange={setQ}
          value={workerId}
          onChange={setWorkerId}
          filter={({ options }) => options}
          data={(debounced ? (found.data?.items ?? []) : []).map((w) => ({
            value: w.id,
            label: `${w.displayName} · ${w.regNo}`,
          }))}
          style={{ flex: '1 1 260px' }}
        />
        <Button onClick={() => void refer()} loading={busy} disabled={!workerId}>
          {t('jobs.refer.submit')}
        </Button>
      </Group>
    </SectionCard>
  );
}
