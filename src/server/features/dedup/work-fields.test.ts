import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRecord } from '../../../shared/dedup/record';
import { uuidArray } from '../../db/uuid-array';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { IDENTITY_COLUMNS, type WorkerIdentity, workerRecords } from './candidates';
import { personFromWorker } from './person-record';

let t: TestApp;
let counsellor: Client;
beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
});
afterAll(() => t.close());

// The comparator reads a stored worker two ways: the import and the online check through IDENTITY_COLUMNS,
// the batch run and the review screen from the whole row. Both must see the same work abroad and wishes.
describe('work abroad and wishes of a stored worker', () => {
  it('reach the comparator alike through the identity columns and through the whole row', async () => {
    const res = await counsellor.request('POST', '/api/workers', {
      acknowledgedDuplicates: true,
      familyNameLatin: 'Heng',
      givenNameLatin: 'Panha',
      sex: 'male',
      returnDate: '2025-09-01',
      migrations: [{ country: 'TH', sector: 'construction' }],
      preferences: { sectors: ['garment_manufacturing', 'agriculture'], expectedWageUsd: 360 },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const identity = await sql<WorkerIdentity>`
      select ${IDENTITY_COLUMNS} from workers where id = any(${uuidArray([id])})`.execute(t.db);
    const viaColumns = (await workerRecords(t.db, identity.rows, new Map())).get(id)![0]!;
    const row = await t.db.selectFrom('workers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const viaRow = prepareRecord(personFromWorker(row, []));
    const expected = {
      returned: Date.parse('2025-09-01') / 86_400_000,
      sector: 'construction',
      wanted: ['garment_manufacturing', 'agriculture'],
      wage: 360,
    };
    expect(viaColumns.work).toEqual(expected);
    expect(viaRow.work).toEqual(expected);
  });

  it('reads a wish stored in an unexpected shape as unknown, without failing the read', async () => {
    const res = await counsellor.request('POST', '/api/workers', {
      acknowledgedDuplicates: true,
      familyNameLatin: 'Heng',
      givenNameLatin: 'Dara',
    });
    const { id } = await res.json();
    await sql`update workers set preferences = '{"sectors": "construction", "expectedWageUsd": "a lot"}'
              where id = ${id}`.execute(t.db);
    const identity = await sql<WorkerIdentity>`
      select ${IDENTITY_COLUMNS} from workers where id = any(${uuidArray([id])})`.execute(t.db);
    const viaColumns = (await workerRecords(t.db, identity.rows, new Map())).get(id)![0]!;
    expect(viaColumns.work).toMatchObject({ wanted: [], wage: null });
  });
});
