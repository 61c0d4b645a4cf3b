import { describe, expect, it } from 'vitest';
import { blockingKeysPrepared } from '../../../shared/dedup/blocking';
import { prepareRecord } from '../../../shared/dedup/record';
import { blockQueries } from '../dedup/blocks';
import { personOf } from '../dedup/candidates';
import type { NewWorker } from './batch-reads';
import { batchPeers } from './import-batch';
import { parseRow, type RawRow } from './row-parser';

let n = 0;
function fresh(raw: Omit<RawRow, 'source_id'>): NewWorker {
  n++;
  const parsed = parseRow({ source_id: `r${n}`, registered_on: '2026-01-10', ...raw });
  if (!parsed.ok) throw new Error(parsed.reason);
  const prepared = prepareRecord(personOf(parsed.worker, parsed.worker.addressCode));
  const keys = blockingKeysPrepared(prepared);
  const queries = blockQueries(prepared, keys);
  const row = { rowNumber: n, raw, worker: parsed.worker };
  return {
    id: `w${n}`,
    row,
    prepared,
    features: '',
    keys,
    queries,
    blocks: queries.map((q) => q.id),
    centreId: 'c',
  };
}

const name = { family_name_latin: 'Keo', given_name_latin: 'Sophal', province_code: '15' };

describe('the earlier rows of its batch a row is compared with', () => {
  const rows = [
    fresh({ ...name, sex: 'F', date_of_birth: '1990-05-01', phone: '012 345 678' }),
    // The same name, sex and place, born a year later: the same narrowed block.
    fresh({ ...name, sex: 'F', date_of_birth: '1991-02-01' }),
    // A man of that name, and a woman thirty years older: namesakes the blocks keep apart.
    fresh({ ...name, sex: 'M', date_of_birth: '1990-05-01' }),
    fresh({ ...name, sex: 'F', date_of_birth: '1960-05-01' }),
    // Another name, but the first row's phone: phone blocks are not narrowed.
    fresh({ family_name_latin: 'Chan', given_name_latin: 'Dara', sex: 'M', phone: '012 345 678' }),
  ];

  it('meets the rows its narrowed blocks hold, and no others', () => {
    expect(batchPeers(new Map(), rows)).toEqual([[], [0], [], [], [0]]);
  });

  it('skips a block that the registry and the batch together fill past its limit', () => {
    const full = new Map(rows[1]!.queries.map((q) => [q.id, q.limit]));
    expect(batchPeers(full, rows)[1]).toEqual([]);
    const roomForOne = new Map(rows[1]!.queries.map((q) => [q.id, q.limit - 1]));
    expect(batchPeers(roomForOne, rows)[1]).toEqual([0]);
  });
});
