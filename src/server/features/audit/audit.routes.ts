import { createRoute } from '@hono/zod-openapi';
import { ZAuditPage, ZAuditQuery } from '../../../shared/contracts/audit';
import { isNationalRole } from '../../../shared/roles';
import { allow } from '../../http/access';
import { authOf } from '../../http/actor';
import { createRouter } from '../../http/router';
import { errorResponses, jsonResponse } from '../../http/schemas';
import { listAudit } from './audit.query';

// Read-only on purpose: the audit trail has no create, update or delete route.
export const auditRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Audit'],
    summary: 'Browse the audit trail, newest first (centre managers see their centres)',
    middleware: [allow.roles('admin', 'centre_manager')],
    request: { query: ZAuditQuery },
    responses: { 200: jsonResponse(ZAuditPage, 'A page of entries'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const auth = authOf(c);
    const scope = isNationalRole(auth.user.role) ? null : auth.user.centreIds;
    return c.json(await listAudit(c.get('deps').db, c.req.valid('query'), scope), 200);
  },
);
