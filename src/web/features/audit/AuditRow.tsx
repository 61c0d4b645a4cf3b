import { ActionIcon, Code, Collapse, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '../../../shared/contracts/audit';
import { formatDateTime } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';

const json = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);

/** Entity names are free text on the server; known ones are translated, new ones show as sent. */
export function entityLabel(entity: string): string {
  const key = `audit.entities.${entity}`;
  return i18n.exists(key) ? i18n.t(key) : entity;
}

export function AuditRow({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const hasDetail = entry.before != null || entry.after != null;
  const detailId = `audit-detail-${entry.id}`;
  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td>
          {hasDetail && (
            <ActionIcon
              variant="subtle"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={detailId}
              aria-label={open ? t('audit.hideChanges') : t('audit.showChanges')}
            >
              {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            </ActionIcon>
          )}
        </Table.Td>
        <Table.Td className="nowrap">{formatDateTime(entry.at, language)}</Table.Td>
        <Table.Td className="nowrap">{entry.actorEmail ?? t('audit.system')}</Table.Td>
        <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
        <Table.Td>{entityLabel(entry.entity)}</Table.Td>
        <Table.Td>
          <Text size="xs" ff="monospace" className="nowrap">
            {entry.entityId ?? ''}
          </Text>
        </Table.Td>
      </Table.Tr>
      {hasDetail && (
        <Table.Tr id={detailId} style={open ? undefined : { display: 'none' }}>
          <Table.Td colSpan={6} p={0}>
            <Collapse expanded={open}>
              <SimpleGrid cols={{ base: 1, md: 2 }} p="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {t('audit.before')}
                  </Text>
                  <Code block>{json(entry.before)}</Code>
                </Stack>
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {t('audit.after')}
                  </Text>
                  <Code block>{json(entry.after)}</Code>
                </Stack>
              </SimpleGrid>
              {entry.requestId && (
                <Text size="xs" c="dimmed" px="sm" pb="sm">
                  {t('audit.requestId', { id: entry.requestId })}
                </Text>
              )}
            </Collapse>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
