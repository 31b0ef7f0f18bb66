import { existsSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../support/test-app.js';

export const WEB_DIST = path.resolve('apps/web/dist');

/**
 * The real API serving the built web app, on the suite's own database. `npm test` runs
 * `npm run web:build` before Jest; when running this file alone, build first.
 */
export async function startWebApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run web:build` first (npm test does)');
  }
  // The demo city (wijken, tags, organisations, activities, residents, posts) gives every page
  // realistic content; it is seeded while the app boots.
  return startTestApp({ SERVE_WEB: 'true', DEMO_DATA: options.demo ? 'true' : 'false' });
}
