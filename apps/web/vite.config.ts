import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The web app: built into apps/web/dist and served by the API at `/`. In `npm run web:dev` the
 * dev server forwards GraphQL (HTTP and WebSocket) and health to the API, so the session cookie
 * stays same-origin exactly as in production.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // React, Apollo and the NL Design System components together; role screens are split off.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-router marks its modules "use client" for server components; irrelevant in an SPA.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': { target: api, changeOrigin: false, ws: true },
      '/health': { target: api },
      '/calendar': { target: api },
    },
  },
});
