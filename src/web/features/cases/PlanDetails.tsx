import { Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { centreToday } from '../../../shared/centre-date';
import {
  NEED_AREAS,
  type TCaseAction,
  type TCasePlan,
  type TCaseReview,
} from '../../../shared/contracts/cases';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { label } from './case-options';

const LEVEL_COLOR: Record<string, string> = { none: 'gray', low: 'teal', medium: 'yellow', high: 'red' };

export function NeedsTable({ plan }: { plan: TCasePlan }) {
  const { t } = useTranslation();
  const assessed = NEED_AREAS.filter((a) => plan.needs[a]);
  if (!assessed.length)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.needs.none')}
      </Text>
    );
  return (
    <Table fz="sm" withRowBorders={false} data-testid="needs">
      <Table.Tbody>
        {assessed.map((a) => (
          <Table.Tr key={a}>
            <Table.Td w="35%">{t(`cases.needs.areas.${a}`)}</Table.Td>
            <Table.Td>
              <Badge color={LEVEL_COLOR[plan.needs[a]!.level]} variant="light">
                {label('needs.levels', plan.needs[a]!.level)}
              </Badge>{' '}
              {plan.needs[a]!.notes}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Actions with owner, due date and status; an open action past its date is marked overdue. */
export function ActionsList({
  plan,
  canEdit,
  onEdit,
}: {
  plan: TCasePlan;
  canEdit: (a: TCaseAction) => boolean;
  onEdit: (a: TCaseAction) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = centreToday();
  if (!plan.actions.length)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.actions.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {plan.actions.map((a) => {
        const open = a.status === 'planned' || a.status === 'in_progress';
        return (
          <Group
            key={a.id}
            justify="space-between"
            wrap="nowrap"
            align="flex-start"
            data-testid="case-action"
          >
            <Stack gap={2}>
              <Text size="sm" fw={500} td={a.status === 'cancelled' ? 'line-through' : undefined}>
                {a.description}
              </Text>
              <Group gap={6}>
                <Badge size="sm" variant="light" color={a.status === 'done' ? 'green' : 'blue'}>
                  {label('actionStatuses', a.status)}
                </Badge>
                {open && a.dueOn < today && (
                  <Badge size="sm" color="red">
                    {t('cases.overdue')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t('cases.actions.ownerDue', { owner: a.owner.name, date: formatDate(a.dueOn, language) })}
                </Text>
              </Group>
            </Stack>
            {canEdit(a) && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => onEdit(a)}
                aria-label={t('cases.actions.editNamed', { what: a.description })}
              >
                {t('common.edit')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

export function ReviewsList({
  plan,
  canEdit,
  onRecord,
}: {
  plan: TCasePlan;
  canEdit: boolean;
  onRecord: (r: TCaseReview) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = centreToday();
  if (!plan.reviews.length)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.reviews.none')}
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {plan.reviews.map((r) => (
        <List.Item key={r.id}>
          <Group gap={6}>
            <Text size="sm">
              {r.doneOn
                ? t('cases.reviews.held', { date: formatDate(r.doneOn, language) })
                : t('cases.reviews.due', { date: formatDate(r.dueOn, language) })}
            </Text>
            {!r.doneOn && r.dueOn < today && (
              <Badge size="sm" color="red">
                {t('cases.overdue')}
              </Badge>
            )}
            {canEdit && (
              <Button size="compact-xs" variant="subtle" onClick={() => onRecord(r)}>
                {r.doneOn ? t('common.edit') : t('cases.reviews.record')}
              </Button>
            )}
          </Group>
          {r.notes && (
            <Text size="xs" c="dimmed">
              {r.notes}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

export function Goals({ plan }: { plan: TCasePlan }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {t('cases.plan.goals')}
      </Title>
      {plan.goals.length ? (
        <List size="sm">
          {plan.goals.map((g) => (
            <List.Item key={g}>{g}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('cases.plan.noGoals')}
        </Text>
      )}
    </Stack>
  );
}
