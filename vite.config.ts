import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./src/web'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    // The Host header is kept as-is so the server's same-origin CSRF check sees the dev server's origin.
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
