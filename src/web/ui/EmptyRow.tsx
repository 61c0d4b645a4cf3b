import { Table, Text } from '@mantine/core';

/**
 * The "nothing here" line of a table. Tables scroll sideways on phones, so the text sticks to the left edge of
 * the visible part instead of being centred somewhere off screen.
 */
export function EmptyRow({ colSpan, text }: { colSpan: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text
          c="dimmed"
          py="md"
          size="sm"
          style={{ position: 'sticky', left: 0, maxWidth: 'calc(100vw - 4rem)' }}
        >
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
