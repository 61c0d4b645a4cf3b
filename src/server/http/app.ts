import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../errors';
import { attachmentsRoutes } from '../features/attachments/attachments.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { authenticate, csrfProtection } from '../features/auth/auth.middleware';
import { authRoutes } from '../features/auth/auth.routes';
import { caseItemsRoutes } from '../features/cases/case-items.routes';
import { casePlansRoutes } from '../features/cases/case-plans.routes';
import { partnersRoutes } from '../features/cases/partners.routes';
import { workerCasesRoutes } from '../features/cases/worker-cases.routes';
import { centresRoutes } from '../features/centres/centres.routes';
import { dashboardRoutes } from '../features/dashboard/dashboard.routes';
import { dedupRoutes } from '../features/dedup/dedup.routes';
import { employersRoutes } from '../features/employers/employers.routes';
import { followUpsRoutes } from '../features/follow-ups/follow-ups.routes';
import { healthRoutes } from '../features/health/health.routes';
import { importsRoutes } from '../features/imports/imports.routes';
import { jobSettingsRoutes } from '../features/job-settings/job-settings.routes';
import { legalRoutes, workerLegalRoutes } from '../features/legal/legal.routes';
import { matchingRoutes } from '../features/matching/matching.routes';
import { placementsRoutes } from '../features/placements/placements.routes';
import { referenceRoutes } from '../features/reference/reference.routes';
import { referralsRoutes } from '../features/referrals/referrals.routes';
import { usersRoutes } from '../features/users/users.routes';
import { vacanciesRoutes } from '../features/vacancies/vacancies.routes';
import { workersRoutes } from '../features/workers/workers.routes';
import type { AppDeps, AppEnv } from './context';
import { errorBody, handleError } from './error-handler';
import { apiDocsHtml, apiDocsInit, serveFile, swaggerUiDir } from './static';

/** Uploads (reference and registry imports) may be large; everything else is small JSON. */
export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 200 * 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('deps', deps);
    c.set('auth', null);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    if (c.req.path.startsWith('/api/')) {
      // The route pattern, not the URL: query strings can carry names and phone numbers.
      deps.logger.info(
        {
          requestId,
          method: c.req.method,
          route: c.req.routePath,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
          userId: c.get('auth')?.user.id,
        },
        'request',
      );
    }
  });
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('/api/*', async (c, next) => {
    const limit = c.req.header('content-type')?.startsWith('multipart/')
      ? UPLOAD_BODY_LIMIT
      : JSON_BODY_LIMIT;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than ${Math.round(limit / 1048576)} MB`,
        );
      },
    })(c, next);
  });
  app.use('/api/*', authenticate, csrfProtection);

  const api = app
    .route('/api/health', healthRoutes)
    .route('/api/auth', authRoutes)
    .route('/api/users', usersRoutes)
    .route('/api/centres', centresRoutes)
    .route('/api/audit', auditRoutes)
    .route('/api/reference', referenceRoutes)
    .route('/api/workers', workersRoutes)
    .route('/api/dedup', dedupRoutes)
    .route('/api/imports/workers', importsRoutes)
    .route('/api/legal-cases', legalRoutes)
    .route('/api/workers', workerLegalRoutes)
    .route('/api/attachments', attachmentsRoutes)
    .route('/api/workers', workerCasesRoutes)
    .route('/api/case-plans', casePlansRoutes)
    .route('/api', caseItemsRoutes)
    .route('/api', partnersRoutes)
    .route('/api/me', followUpsRoutes)
    .route('/api/employers', employersRoutes)
    .route('/api/vacancies', vacanciesRoutes)
    .route('/api/referrals', referralsRoutes)
    .route('/api/placements', placementsRoutes)
    .route('/api/job-settings', jobSettingsRoutes)
    .route('/api', matchingRoutes)
    .route('/api/dashboard', dashboardRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'hw_session',
    description: 'Set by POST /api/auth/login. State-changing requests also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token created at POST /api/auth/tokens',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Homeward API',
      version: '0.1.0',
      description:
        'The API of Homeward, the information system of Cambodia’s Migrant Worker Resource Centres. ' +
        'Errors always have the body { "error": { "code", "message", "details" } }.',
    },
    security: [{ session: [] }, { bearer: [] }],
  });
  app.get('/api/docs', (c) => c.html(apiDocsHtml));
  app.get('/api/docs/init.js', (c) => c.body(apiDocsInit, 200, { 'content-type': 'text/javascript' }));
  app.get(
    '/api/docs/assets/:file',
    (c) => serveFile(c, swaggerUiDir(), c.req.param('file'), true) ?? c.notFound(),
  );

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !deps.config.webDir) {
      const body = errorBody(new AppError('ROUTE_NOT_FOUND', 'No such route'), c.get('requestId'));
      return c.json(body, 404);
    }
    const webDir = deps.config.webDir;
    const asset = serveFile(c, webDir, c.req.path, c.req.path.startsWith('/assets/'));
    if (asset) return asset;
    // Client-side routes all load the single page; missing files with an extension stay 404.
    if (c.req.method === 'GET' && !path.extname(c.req.path)) {
      const index = serveFile(c, webDir, 'index.html');
      if (index) return index;
    }
    return c.json(errorBody(new AppError('ROUTE_NOT_FOUND', 'No such page'), c.get('requestId')), 404);
  });
  app.onError(handleError);
  return api;
}

export type AppType = ReturnType<typeof createApp>;
