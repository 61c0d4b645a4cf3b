import { Badge, Center, Group, Pagination, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canDecideDuplicates } from '../../auth/access';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useCachedState } from '../../ui/use-cached-state';
import {
  PAIR_STATUSES,
  type PairStatus,
  REVIEW_PAGE_SIZE,
  type TReviewPair,
  useReviewQueue,
} from './dedup.api';

function Record({ id, name, regNo }: { id: string; name: string; regNo: string }) {
  return (
    <Stack gap={0}>
      <AnchorLink to="/workers/$workerId" params={{ workerId: id }} fw={600}>
        {name}
      </AnchorLink>
      <Text size="xs" c="dimmed" className="nowrap">
        {regNo}
      </Text>
    </Stack>
  );
}

function PairRow({ pair }: { pair: TReviewPair }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.Tr data-testid="review-pair">
      <Table.Td>
        <Badge variant="light" color={pair.score >= 0 ? 'orange' : 'gray'} tt="none" className="nowrap">
          {pair.score.toFixed(1)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Record id={pair.workerA} name={pair.nameA} regNo={pair.regNoA} />
      </Table.Td>
      <Table.Td>
        <Record id={pair.workerB} name={pair.nameB} regNo={pair.regNoB} />
      </Table.Td>
      <Table.Td className="nowrap">{formatDate(pair.createdAt, language)}</Table.Td>
      <Table.Td>
        <ButtonLink
          to="/duplicates/$a/$b"
          params={{ a: pair.workerA, b: pair.workerB }}
          size="xs"
          variant="light"
          leftSection={<IconArrowsDiff size={16} aria-hidden />}
          aria-label={t('dedup.compareLabel', { a: pair.regNoA, b: pair.regNoB })}
        >
          {t('dedup.compare')}
        </ButtonLink>
      </Table.Td>
    </Table.Tr>
  );
}

/** On a phone: one card per pair, both records one above the other, so nothing hides off screen. */
function PairCard({ pair }: { pair: TReviewPair }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="review-pair">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Badge variant="light" color={pair.score >= 0 ? 'orange' : 'gray'} tt="none">
            {t('dedup.score', { score: pair.score.toFixed(1) })}
          </Badge>
          <ButtonLink
            to="/duplicates/$a/$b"
            params={{ a: pair.workerA, b: pair.workerB }}
            size="xs"
            variant="light"
            leftSection={<IconArrowsDiff size={16} aria-hidden />}
            aria-label={t('dedup.compareLabel', { a: pair.regNoA, b: pair.regNoB })}
          >
            {t('dedup.compare')}
          </ButtonLink>
        </Group>
        <Record id={pair.workerA} name={pair.nameA} regNo={pair.regNoA} />
        <Record id={pair.workerB} name={pair.nameB} regNo={pair.regNoB} />
      </Stack>
    </Paper>
  );
}

/** Pairs of records that may be one person, best score first, by what has been decided about them. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [state, setState] = useCachedState<{ status: PairStatus; page: number }>(['dedup', 'queue-state'], {
    status: 'review',
    page: 1,
  });
  const queue = useReviewQueue(state.status, state.page);
  const total = queue.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const wide = useMediaQuery('(min-width: 48em)');
  const items = queue.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('dedup.title')}
        description={canDecideDuplicates(me.role) ? t('dedup.description') : t('dedup.descriptionReadOnly')}
      />
      <Tabs
        value={state.status}
        onChange={(v) => setState({ status: (v ?? 'review') as PairStatus, page: 1 })}
      >
        <Tabs.List mb="md">
          {PAIR_STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`queue-tab-${s}`}>
              {t(`dedup.statuses.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Stack>
        <Text size="sm" c="dimmed" aria-live="polite">
          {queue.data && t('dedup.pairCount', { n: total })} {t(`dedup.statusHelp.${state.status}`)}
        </Text>
        {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
        {queue.isPending ? (
          <Loading />
        ) : wide ? (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs" aria-label={t(`dedup.statuses.${state.status}`)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dedup.columns.score')}</Table.Th>
                  <Table.Th>{t('dedup.columns.recordA')}</Table.Th>
                  <Table.Th>{t('dedup.columns.recordB')}</Table.Th>
                  <Table.Th>{t('dedup.columns.found')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && <EmptyRow colSpan={5} text={t(`dedup.empty.${state.status}`)} />}
                {items.map((p) => (
                  <PairRow key={`${p.workerA}:${p.workerB}`} pair={p} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack gap="xs">
            {items.length === 0 && (
              <Text size="sm" c="dimmed">
                {t(`dedup.empty.${state.status}`)}
              </Text>
            )}
            {items.map((p) => (
              <PairCard key={`${p.workerA}:${p.workerB}`} pair={p} />
            ))}
          </Stack>
        )}
        {pages > 1 && (
          <Center>
            <Pagination
              total={pages}
              value={state.page}
              onChange={(page) => setState({ ...state, page })}
              getControlProps={(control) => ({ 'aria-label': t(`workers.pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('workers.pagination.page', { n: page }) })}
            />
          </Center>
        )}
      </Stack>
    </>
  );
}
