import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { latestSchemaVersion } from '../../db/migrate';
import { AppError } from '../../errors';
import { allow } from '../../http/access';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse } from '../../http/schemas';

const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    schemaVersion: z.string().nullable(),
    latest: z.string(),
  }),
});

export const healthRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Health'],
    summary: 'Liveness and database status (503 when the database is unreachable)',
    middleware: [allow.public()],
    responses: {
      200: jsonResponse(ZHealth, 'Healthy'),
      ...errorResponses(503),
    },
  }),
  async (c) => {
    const { db, dbKind } = c.get('deps');
    let schemaVersion: string | null;
    try {
      const row = await sql<{
        name: string;
      }>`select name from schema_migrations order by name desc limit 1`.execute(db);
      schemaVersion = row.rows[0]?.name ?? null;
    } catch {
      throw new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable', { kind: dbKind });
    }
    return c.json(
      { status: 'ok' as const, database: { kind: dbKind, schemaVersion, latest: latestSchemaVersion() } },
      200,
    );
  },
);
