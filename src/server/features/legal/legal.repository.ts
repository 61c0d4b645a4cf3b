import type { Conn } from '../../db/database';
import type { LegalCaseRow } from './legal.table';

export interface LegalCaseView extends LegalCaseRow {
  worker_name: string;
  worker_reg_no: string;
  handler_name: string;
}

const viewQuery = (conn: Conn) =>
  conn
    .selectFrom('legal_cases')
    .innerJoin('workers', 'workers.id', 'legal_cases.worker_id')
    .innerJoin('users', 'users.id', 'legal_cases.handler_id')
    .selectAll('legal_cases')
    .select([
      'workers.display_name as worker_name',
      'workers.reg_no as worker_reg_no',
      'users.name as handler_name',
    ]);

export async function findLegalCaseRow(conn: Conn, id: string, lock = false) {
  let query = conn.selectFrom('legal_cases').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export const findLegalCaseView = (conn: Conn, id: string): Promise<LegalCaseView | undefined> =>
  viewQuery(conn).where('legal_cases.id', '=', id).executeTakeFirst();

export interface LegalCaseFilter {
  workerId?: string;
  handlerId?: string;
  /** null: every centre. */
  centreIds: string[] | null;
  status?: string;
}

export async function listLegalCaseViews(conn: Conn, f: LegalCaseFilter): Promise<LegalCaseView[]> {
  let query = viewQuery(conn);
  if (f.workerId) {
    const workerId = f.workerId;
    // A merge moves nothing (so it can be undone exactly): the cases of records merged into this one are its too.
    query = query.where((eb) =>
      eb.or([
        eb('legal_cases.worker_id', '=', workerId),
        eb(
          'legal_cases.worker_id',
          'in',
          eb.selectFrom('workers as merged').select('merged.id').where('merged.merged_into', '=', workerId),
        ),
      ]),
    );
  }
  if (f.handlerId) query = query.where('legal_cases.handler_id', '=', f.handlerId);
  if (f.status) query = query.where('legal_cases.status', '=', f.status);
  if (f.centreIds !== null) {
    if (f.centreIds.length === 0) return [];
    query = query.where('legal_cases.centre_id', 'in', f.centreIds);
  }
  return query
    .orderBy('legal_cases.opened_on', 'desc')
    .orderBy('legal_cases.created_at', 'desc')
    .limit(500)
    .execute();
}
