import { sql } from 'kysely';
import type { Conn } from '../../db/database';
import type { UserRow } from './users.table';

export type UserWithCentres = UserRow & { centre_ids: string[] };

const withCentres = (conn: Conn) =>
  conn
    .selectFrom('users')
    .selectAll('users')
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom('user_centres')
            .select(sql<string[]>`array_agg(centre_id::text order by centre_id)`.as('ids'))
            .whereRef('user_centres.user_id', '=', 'users.id'),
          sql<string[]>`'{}'::text[]`,
        )
        .as('centre_ids'),
    );

export async function findUserById(conn: Conn, id: string): Promise<UserWithCentres | undefined> {
  return withCentres(conn).where('users.id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(conn: Conn, email: string): Promise<UserWithCentres | undefined> {
  return withCentres(conn).where(sql`lower(users.email)`, '=', email.trim().toLowerCase()).executeTakeFirst();
}

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  centreIds?: string[] | undefined;
  includeDisabled?: boolean;
}

export async function listUsers(conn: Conn, filter: UserFilter): Promise<UserWithCentres[]> {
  let query = withCentres(conn).orderBy('users.name').limit(1000);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb(sql`lower(users.name)`, 'like', like), eb(sql`lower(users.email)`, 'like', like)]),
    );
  }
  if (filter.role) query = query.where('users.role', '=', filter.role as UserRow['role']);
  if (!filter.includeDisabled) query = query.where('users.disabled_at', 'is', null);
  if (filter.centreIds) {
    const ids = filter.centreIds;
    if (ids.length === 0) return [];
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_centres')
          .select('user_centres.user_id')
          .whereRef('user_centres.user_id', '=', 'users.id')
          .where('user_centres.centre_id', 'in', ids),
      ),
    );
  }
  return query.execute();
}

export async function setUserCentres(conn: Conn, userId: string, centreIds: string[]): Promise<void> {
  await conn.deleteFrom('user_centres').where('user_id', '=', userId).execute();
  if (centreIds.length > 0) {
    await conn
      .insertInto('user_centres')
      .values(centreIds.map((centre_id) => ({ user_id: userId, centre_id })))
      .execute();
  }
}

export async function countUsers(conn: Conn, role?: UserRow['role']): Promise<number> {
  let query = conn.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n'));
  if (role) query = query.where('role', '=', role);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}
