import { Button, Center, Collapse, Group, Loader, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconFilterOff, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditWorkers } from '../../auth/access';
import { useMe } from '../../auth/session';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ButtonLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useCachedState } from '../../ui/use-cached-state';
import { filterQuery, NO_FILTERS, WorkerFilters, type WorkerFilterValues } from './WorkerFilters';
import { WorkersTable } from './WorkersTable';
import { useWorkerSearch } from './workers.api';

const PAGE_SIZE = 25;
/** The server stops counting here: the page says "10,000 or more" rather than a number it does not know. */
const COUNT_CAP = 10_000;

interface SearchState {
  text: string;
  filters: WorkerFilterValues;
  page: number;
}

export default function WorkersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const [state, setState] = useCachedState<SearchState>(['workers', 'search-state'], {
    text: '',
    filters: NO_FILTERS,
    page: 1,
  });
  const [q] = useDebouncedValue(state.text.trim(), 300);
  const search = useWorkerSearch({
    ...(q ? { q } : {}),
    ...filterQuery(state.filters),
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  });
  const total = search.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(Math.min(total, COUNT_CAP) / PAGE_SIZE));
  const activeFilters = Object.values(state.filters).filter(Boolean).length;
  const filtered = activeFilters > 0;
  // On a phone six filters would push the results off the first screen: they fold away behind one button.
  const wide = useMediaQuery('(min-width: 48em)');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filterFields = (
    <WorkerFilters value={state.filters} onChange={(filters) => setState({ ...state, filters, page: 1 })} />
  );

  return (
    <>
      <PageHeader
        title={t('workers.title')}
        description={t('workers.description')}
        actions={
          canEditWorkers(me.role) && (
            <ButtonLink to="/workers/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
              {t('workers.register')}
            </ButtonLink>
          )
        }
      />
      <Stack>
        <TextInput
          label={t('workers.search')}
          description={t('workers.searchHelp')}
          placeholder={t('workers.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={search.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
          value={state.text}
          onChange={(e) => setState({ ...state, text: e.currentTarget.value, page: 1 })}
          type="search"
          autoComplete="off"
          data-testid="worker-search"
        />
        {wide ? (
          filterFields
        ) : (
          <>
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconFilter size={14} aria-hidden />}
                onClick={() => setFiltersOpen((o) => !o)}
                aria-expanded={filtersOpen}
              >
                {activeFilters
                  ? t('workers.filters.showActive', { n: activeFilters })
                  : t('workers.filters.show')}
              </Button>
            </Group>
            <Collapse expanded={filtersOpen}>{filterFields}</Collapse>
          </>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="worker-count">
            {search.data &&
              (total >= COUNT_CAP
                ? t('workers.countMany', { n: formatNumber(COUNT_CAP, language) })
                : t('workers.count', { n: formatNumber(total, language) }))}
          </Text>
          {filtered && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconFilterOff size={14} aria-hidden />}
              onClick={() => setState({ ...state, filters: NO_FILTERS, page: 1 })}
            >
              {t('workers.filters.clear')}
            </Button>
          )}
        </Group>
        {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
        {search.isPending ? (
          <Loading />
        ) : (
          <WorkersTable
            items={search.data?.items ?? []}
            emptyText={q || filtered ? t('workers.noneFound') : t('workers.none')}
          />
        )}
        {pages > 1 && (
          <Center>
            <Pagination
              total={pages}
              value={state.page}
              onChange={(page) => setState({ ...state, page })}
              getControlProps={(control) => ({
                'aria-label': t(`workers.pagination.${control}`),
              })}
              getItemProps={(page) => ({ 'aria-label': t('workers.pagination.page', { n: page }) })}
            />
          </Center>
        )}
      </Stack>
    </>
  );
}
