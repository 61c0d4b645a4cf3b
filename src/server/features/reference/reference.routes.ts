import { createRoute, z } from '@hono/zod-openapi';
import { allow } from '../../http/access';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse } from '../../http/schemas';

const ZProvince = z.object({ code: z.string(), nameKm: z.string(), nameLatin: z.string() });

export const referenceRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/provinces',
    tags: ['Reference'],
    summary: 'The 25 provinces',
    middleware: [allow.signedIn()],
    responses: { 200: jsonResponse(z.object({ items: z.array(ZProvince) }), 'Provinces'), ...errorResponses(401) },
  }),
  async (c) => {
    const rows = await c
      .get('deps')
      .db.selectFrom('geo_units')
      .select(['code', 'name_km', 'name_latin'])
      .where('level', '=', 1)
      .orderBy('code')
      .execute();
    return c.json({ items: rows.map((r) => ({ code: r.code, nameKm: r.name_km, nameLatin: r.name_latin })) }, 200);
  },
);
