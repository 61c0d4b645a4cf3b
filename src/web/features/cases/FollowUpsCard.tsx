import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TFollowUpItem } from '../../../shared/contracts/follow-ups';
import { formatDate } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useFollowUps } from './cases.api';

/** What a kind of follow-up is called; a kind added by another feature brings its own `followUps.kinds` key. */
const kindText = (kind: string) =>
  i18n.exists(`followUps.kinds.${kind}`) ? i18n.t(`followUps.kinds.${kind}`) : kind;

function Item({ item }: { item: TFollowUpItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const router = useRouter();
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      align="flex-start"
      data-testid="follow-up"
      data-kind={item.kind}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          <Anchor
            href={item.link}
            onClick={(e) => {
              // Links come from the server as plain paths (any kind of follow-up): navigate without a reload.
              e.preventDefault();
              router.history.push(item.link);
            }}
          >
            {item.worker.displayName} · {item.worker.regNo}
          </Anchor>
        </Text>
        <Text size="sm">
          {kindText(item.kind)}
          {item.title && `: ${item.title}`}
        </Text>
      </Stack>
      <Stack gap={2} align="flex-end">
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(item.dueOn, language)}
        </Text>
        {item.overdue && (
          <Badge color="red" size="sm">
            {t('followUps.overdue')}
          </Badge>
        )}
      </Stack>
    </Group>
  );
}

/** The home screen's list of this user's overdue follow-ups and those due within the week. */
export function FollowUpsCard() {
  const { t } = useTranslation();
  const followUps = useFollowUps();
  const items = followUps.data?.items ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Card withBorder radius="md" padding="md" data-testid="follow-ups">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('followUps.title')}
        </Title>
        {overdue > 0 && <Badge color="red">{t('followUps.overdueCount', { n: overdue })}</Badge>}
      </Group>
      {followUps.isError && <ErrorAlert error={followUps.error} onRetry={() => void followUps.refetch()} />}
      {followUps.isPending && <Loading />}
      {followUps.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('followUps.none')}
        </Text>
      )}
      <Stack gap="sm">
        {items.map((i) => (
          <Item key={`${i.kind}:${i.id}`} item={i} />
        ))}
      </Stack>
    </Card>
  );
}
