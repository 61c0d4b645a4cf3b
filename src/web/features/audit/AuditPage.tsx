import {
  Autocomplete,
  Button,
  Center,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION_VALUES } from '../../../shared/contracts/audit';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useUsers } from '../users/users.api';
import { AuditRow, entityLabel } from './AuditRow';
import { type AuditAction, type AuditFilter, useAuditTrail } from './audit.api';

/** Entities the server records today; the filter also accepts any other name typed in. */
const KNOWN_ENTITIES = [
  'user',
  'centre',
  'session',
  'api_token',
  'reference',
  'worker',
  'dedup_pair',
  'legal_case',
  'attachment',
];

const EMPTY: AuditFilter = { entity: '', action: '', actorId: '', from: '', to: '' };

export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const [debounced] = useDebouncedValue(filter, 300);
  const trail = useAuditTrail(debounced);
  const people = useUsers({ q: '', includeDisabled: true });
  const set = <K extends keyof AuditFilter>(key: K, value: AuditFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const entries = trail.data?.pages.flatMap((p) => p.items) ?? [];
  // Typing a translated name ("អ្នកប្រើប្រាស់") must still filter by the server's entity name ("user").
  const entityOptions = KNOWN_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }));
  const entityValue = entityOptions.find((o) => o.value === filter.entity)?.label ?? filter.entity;

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          <Autocomplete
            label={t('audit.filters.entity')}
            data={entityOptions.map((o) => o.label)}
            value={entityValue}
            onChange={(v) => set('entity', entityOptions.find((o) => o.label === v)?.value ?? v)}
            clearable
          />
          <Select
            label={t('audit.filters.action')}
            data={AUDIT_ACTION_VALUES.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
            value={filter.action || null}
            onChange={(v) => set('action', (v ?? '') as AuditAction | '')}
            clearable
            placeholder={t('audit.filters.any')}
          />
          <Select
            label={t('audit.filters.actor')}
            data={(people.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            value={filter.actorId || null}
            onChange={(v) => set('actorId', v ?? '')}
            searchable
            clearable
            placeholder={t('audit.filters.anyone')}
            nothingFoundMessage={t('common.noResults')}
          />
          <TextInput
            label={t('audit.filters.from')}
            type="date"
            value={filter.from}
            max={filter.to || undefined}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.filters.to')}
            type="date"
            value={filter.to}
            min={filter.from || undefined}
            onChange={(e) => set('to', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="subtle" size="xs" onClick={() => setFilter(EMPTY)} disabled={filter === EMPTY}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
        {trail.isError && <ErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />}
        {trail.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={t('audit.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44}>
                    <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('audit.columns.at')}</Table.Th>
                  <Table.Th>{t('audit.columns.actor')}</Table.Th>
                  <Table.Th>{t('audit.columns.action')}</Table.Th>
                  <Table.Th>{t('audit.columns.entity')}</Table.Th>
                  <Table.Th>{t('audit.columns.entityId')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.length === 0 && <EmptyRow colSpan={6} text={t('audit.none')} />}
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {trail.hasNextPage && (
          <Center>
            <Button
              variant="light"
              onClick={() => void trail.fetchNextPage()}
              loading={trail.isFetchingNextPage}
            >
              {t('audit.loadMore')}
            </Button>
          </Center>
        )}
        {!trail.hasNextPage && entries.length > 0 && (
          <Text size="sm" c="dimmed" ta="center">
            {t('audit.end', { shown: entries.length })}
          </Text>
        )}
      </Stack>
    </>
  );
}
