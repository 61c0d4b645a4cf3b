import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

/** Serves a file below `root`, refusing anything that resolves outside it. */
export function serveFile(c: Context, root: string, relative: string, immutable = false): Response | null {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  return c.body(readFileSync(file), 200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}

const require = createRequire(import.meta.url);
export const swaggerUiDir = (): string => path.dirname(require.resolve('swagger-ui-dist/package.json'));

/** The API reference page: Swagger UI from the installed package, so it works with no internet. */
export const apiDocsHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Homeward API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

export const apiDocsInit = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', validatorUrl: null, deepLinking: true });`;
