import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { createTestApp, signInAs, type TestApp } from '../testing/test-app';
import { backendName } from '../testing/test-db';
import { createApp } from './app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('HTTP API basics', () => {
  it('health reports the database kind and schema version', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.database.kind).toBe(backendName());
    expect(body.database.schemaVersion).toBe(body.database.latest);
  });

  it('health says 503 when the database is gone', async () => {
    const other = await createTestApp();
    await other.close();
    const res = await other.app.request('/api/health');
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('serves an OpenAPI 3.1 document and a local API reference page', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/users'].post.requestBody).toBeDefined();
    const page = await t.app.request('/api/docs');
    const html = await page.text();
    expect(html).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const asset = await t.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    // A climbing path stays inside the package folder: never the project's own files.
    const climb = await t.app.request('/api/docs/assets/..%2F..%2F..%2F..%2Fpackage.json');
    expect(await climb.text()).not.toContain('"name": "homeward"');
  });

  it('unknown routes are 404 JSON with a stable code', async () => {
    const res = await t.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const { client } = await signInAs(t, 'admin');
    const res = await t.app.request('/api/centres', {
      method: 'POST',
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        'content-type': 'application/json',
      },
      body: '{"code": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toMatch(/BAD_REQUEST|VALIDATION_FAILED/);
  });

  it('an unexpected error is a generic 500 with a request id and no internals', async () => {
    const app = createApp({
      db: t.db,
      dbKind: t.handle.kind,
      logger: createLogger('silent'),
      config: { webDir: null, sessionHours: 12, uploadDir: '/tmp' },
    });
    app.get('/api/boom', () => {
      throw new Error('secret SQL: select * from workers where name = Sokha');
    });
    const res = await app.request('/api/boom', { headers: { 'x-request-id': 'req-12345678' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/Sokha|SQL|stack|at /);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'INTERNAL', requestId: 'req-12345678' } });
  });

  it('refuses bodies over the JSON limit', async () => {
    const { client } = await signInAs(t, 'admin');
    const res = await client.request('POST', '/api/centres', { code: 'BIG', nameKm: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
  });
});
