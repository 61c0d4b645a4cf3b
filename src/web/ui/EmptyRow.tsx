import { Table, Text } from '@mantine/core';

export function EmptyRow({ colSpan, text }: { colSpan: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py="md" size="sm">
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
