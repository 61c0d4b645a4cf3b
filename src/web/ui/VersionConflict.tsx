import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ConflictField {
  key: string;
  label: string;
  /** How to show a value (role names, centre names, yes/no); defaults to the text itself. */
  format?: (value: unknown) => string;
}

interface Props {
  fields: ConflictField[];
  /** What the other person saved (the server's `details.current`). */
  theirs: Record<string, unknown>;
  /** What this user typed and has not saved. */
  mine: Record<string, unknown>;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  busy?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const plain = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);

/**
 * Shown when a save hits VERSION_CONFLICT: the user's edit stays in the form, and they choose to take the saved
 * version or to save theirs over it, having seen exactly what differs.
 */
export function VersionConflict({ fields, theirs, mine, onLoadTheirs, onKeepMine, busy }: Props) {
  const { t } = useTranslation();
  const differing = fields.filter((f) => !same(theirs[f.key], mine[f.key]));
  const show = (f: ConflictField, value: unknown) => (f.format ? f.format(value) : plain(value));
  return (
    <Alert color="orange" icon={<IconGitCompare aria-hidden />} title={t('conflict.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('conflict.body')}</Text>
        {differing.length === 0 ? (
          <Text size="sm">{t('conflict.noDifference')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table withTableBorder withColumnBorders fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conflict.field')}</Table.Th>
                  <Table.Th>{t('conflict.theirs')}</Table.Th>
                  <Table.Th>{t('conflict.mine')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {differing.map((f) => (
                  <Table.Tr key={f.key}>
                    <Table.Td>{f.label}</Table.Td>
                    <Table.Td>{show(f, theirs[f.key])}</Table.Td>
                    <Table.Td>{show(f, mine[f.key])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={onLoadTheirs} disabled={busy}>
            {t('conflict.loadTheirs')}
          </Button>
          {/* Mantine's orange shades all fall below 4.5:1 under white text; this is the theme's dark orange. */}
          <Button color="#8a3b00" onClick={onKeepMine} loading={busy}>
            {t('conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
