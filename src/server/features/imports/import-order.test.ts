import { describe, expect, it } from 'vitest';
import { decodeFeatures } from '../../../shared/dedup/features';
import { prepareRecord } from '../../../shared/dedup/record';
import { personOf } from '../dedup/candidates';
import { Chunk } from './import-order';
import { parseRow, type RawRow } from './row-parser';

const rows: RawRow[] = [
  { source_id: 'a1', full_name: 'Sok Dara', sex: 'M', age: '30' },
  { source_id: 'b1', family_name_latin: 'Chan', given_name_latin: 'Sreymom', sex: 'F' },
  { source_id: 'a2', full_name: 'DARA Sok', sex: 'M', age: '31' },
  { source_id: 'x1', full_name: 'Sok Dara', date_of_birth: '31/02/1990' },
  { source_id: 'b2', full_name: 'ចាន់ ស្រីមុំ', sex: 'F' },
  { source_id: 'a1', full_name: 'Sok Daraa', sex: 'M', age: '30', phone: '012 345 678' },
  { source_id: 'a3', full_name: 'Sokh Dara', sex: 'M', age: '30' },
];

/** The chunk's order, as "source id" for rows and "!row number" for rows that cannot be read. */
function order(list: { raw: RawRow; rowNumber: number }[]): string[] {
  const chunk = new Chunk(true);
  for (const { raw, rowNumber } of list) {
    const parsed = parseRow(raw);
    chunk.add(rowNumber, raw, parsed.ok ? { rowNumber, raw, worker: parsed.worker } : null);
  }
  return chunk.ordered().map((e) => {
    const raw = JSON.parse(e.raw) as RawRow;
    return parseRow(raw).ok ? `${raw.source_id}@${e.rowNumber}` : `!${e.rowNumber}`;
  });
}

describe('the order an import takes a chunk of rows in', () => {
  const numbered = rows.map((raw, i) => ({ raw, rowNumber: i + 1 }));
  const ordered = order(numbered);
  const at = (id: string) => ordered.findIndex((o) => o.startsWith(`${id}@`));

  it('takes a row that cannot be read first, and keeps its text for the rejects file', () => {
    expect(ordered[0]).toBe('!4');
    expect(ordered).toHaveLength(rows.length);
  });

  it('brings the spellings of a name together, in either script and either order', () => {
    expect(Math.abs(at('b1') - at('b2'))).toBe(1);
    const dara = ['a1', 'a2', 'a3'].map(at).sort((x, y) => x - y);
    expect(dara[2]! - dara[0]!).toBeLessThanOrEqual(3);
  });

  it('keeps the rows of a source id given twice together and in file order, the later one last', () => {
    const first = ordered.indexOf('a1@1');
    expect(ordered[first + 1]).toBe('a1@6');
  });

  it('gives rows of different source ids the same order whatever order they are met in', () => {
    const distinct = numbered.filter((r) => r.rowNumber !== 6);
    expect(order([...distinct].reverse())).toEqual(order(distinct));
  });

  it('keeps with each row what its batch would have read and prepared from it', () => {
    const chunk = new Chunk(true);
    // An unknown village and a source id given twice, whose rows differ.
    const list = [
      ...rows,
      { source_id: 'v1', full_name: 'Keo Pich', province_code: '15', village_code: '15999999' },
    ];
    list.forEach((raw, i) => {
      const parsed = parseRow(raw);
      chunk.add(i + 1, raw, parsed.ok ? { rowNumber: i + 1, raw, worker: parsed.worker } : null);
    });
    const entries = chunk.ordered();
    expect(entries.filter((e) => e.worker !== null)).toHaveLength(list.length - 1);
    for (const e of entries) {
      const parsed = parseRow(JSON.parse(e.raw) as RawRow);
      if (!parsed.ok) {
        expect([e.worker, e.features]).toEqual([null, null]);
        continue;
      }
      expect(JSON.parse(e.worker!)).toEqual(parsed.worker);
      expect(decodeFeatures(e.features)).toEqual(
        prepareRecord(personOf(parsed.worker, parsed.worker.addressCode)),
      );
    }
  });
});
