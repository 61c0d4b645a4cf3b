import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = [label: string, value: ReactNode];

const empty = (v: ReactNode) =>
  v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);

/**
 * Label and value pairs of a record; an empty value reads as a dash, so a gap is visibly a gap. Labels take a
 * fixed share of the width (long Khmer labels wrap) so the values line up down the card.
 */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <DataList gap="xs" withDivider>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel style={{ flex: '0 0 40%', minWidth: 0 }}>{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ flex: '1 1 auto', minWidth: 0 }}>
            {empty(value) ? '—' : value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
