import type { Role } from '../../../shared/roles';
import type { Conn } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';

/** Staff who serve returnees face to face: they record contacts and referrals and read case plans. */
export const CASE_STAFF = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
] as const satisfies readonly Role[];
/**
 * M&E officers check data quality, so they read contacts (date, channel, services, duration) but never the
 * counselling notes; national viewers see figures only and get no case records at all.
 */
export const CONTACT_READERS = [...CASE_STAFF, 'me_officer'] as const satisfies readonly Role[];
/** Case plans are the counsellor's work, overseen by the centre manager. */
export const CASE_PLAN_WRITERS = ['admin', 'centre_manager', 'counsellor'] as const satisfies readonly Role[];
export const CASELOAD_OVERSEERS = ['admin', 'centre_manager'] as const satisfies readonly Role[];

export const mayReadNotes = (auth: AuthContext) => (CASE_STAFF as readonly Role[]).includes(auth.user.role);
export const mayWritePlans = (auth: AuthContext) =>
  (CASE_PLAN_WRITERS as readonly Role[]).includes(auth.user.role);

export interface WorkerInScope {
  id: string;
  reg_no: string;
  display_name: string;
  centre_id: string;
  status: 'active' | 'inactive' | 'merged';
}

/** The worker, if this user's centres include the worker's centre; otherwise "not found", as for workers. */
export async function workerInScope(conn: Conn, auth: AuthContext, workerId: string): Promise<WorkerInScope> {
  const w = await conn
    .selectFrom('workers')
    .select(['id', 'reg_no', 'display_name', 'centre_id', 'status'])
    .where('id', '=', workerId)
    .executeTakeFirst();
  if (!w || !canSeeCentre(auth, w.centre_id)) throw notFound('Worker');
  return w;
}

/** New records go on the surviving record of a merge, so nothing is filed under a person who no longer exists. */
export function assertNotMerged(w: WorkerInScope): void {
  if (w.status === 'merged')
    throw new AppError('BAD_REQUEST', 'This record was merged into another; use that one');
}

/** A staff member who may be given work at one of the centres: active, and working there (or national). */
export async function assertStaffAt(conn: Conn, userId: string, centreId: string, field: string) {
  const user = await conn
    .selectFrom('users')
    .leftJoin('user_centres', 'user_centres.user_id', 'users.id')
    .select(['users.id', 'users.role', 'users.disabled_at', 'user_centres.centre_id'])
    .where('users.id', '=', userId)
    .execute();
  const first = user[0];
  const works =
    first &&
    first.disabled_at === null &&
    (first.role === 'admin' || user.some((u) => u.centre_id === centreId)) &&
    first.role !== 'viewer' &&
    first.role !== 'me_officer';
  if (!works)
    throw new AppError('VALIDATION_FAILED', 'Choose a staff member of this centre', [
      { field, issue: 'staff_not_at_centre', message: 'This person does not work at the centre' },
    ]);
  return first.role;
}

/** The stale-version answer every editable case record gives: 409 with the record as it now is. */
export function versionConflict(current: unknown): AppError {
  return new AppError('VERSION_CONFLICT', 'Someone else changed this record; review their change', {
    current,
  });
}

export const iso = (d: Date | string) => new Date(d).toISOString();
export const day = (d: string | null): string | null => (d === null ? null : String(d).slice(0, 10));
export const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
