import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { SearchReindexService } from '@buurtbrug/search';
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
  if (!options.demo) return startTestApp({ SERVE_WEB: 'true', DEMO_DATA: 'false' });
  // The demo city (wijken, tags, organisations, activities, residents, posts) gives every page
  // realistic content. Seeding takes half a minute or more, so it happens once per run and every
  // suite gets its own copy of the database.
  const t = await startTestApp({ SERVE_WEB: 'true', DEMO_DATA: 'true' }, { template: await demoCityTemplate() });
  try {
    // The copy's search indexes (the suite's own prefix) are built from its rows, as after a
    // restore: `npm run search:reindex` does the same.
    await t.app.get(SearchReindexService).reindex();
  } catch (error) {
    await t.close();
    throw error;
  }
  return t;
}

/** The seeded demo database all suites of this run copy; it lives as long as the run's PostgreSQL. */
const DEMO_TEMPLATE = 'demo_city_template';
/** The advisory lock under which one Jest worker seeds while the others wait for it. */
const DEMO_TEMPLATE_LOCK = 4_020_402;

/**
 * Seeds the demo city into a database of its own the first time a suite of this run asks, and
 * keeps that database as the template the suites copy. The app seeds it as it always does (on
 * its first start, with the jobs running), so a copy holds what a suite's own app used to hold
 * right after seeding, including the matching jobs the seed set off that had not run yet; the
 * copy's app runs those.
 */
async function demoCityTemplate(): Promise<string> {
  const admin = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [DEMO_TEMPLATE_LOCK]);
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_TEMPLATE]);
    if (existing.rowCount === 0) {
      const seeding = await startTestApp({ DEMO_DATA: 'true' });
      try {
        // A graceful close lets the running jobs finish; queued ones stay queued.
        await seeding.app.close();
        const name = seeding.test.databaseName;
        // Nothing may be connected to a database that is renamed (or copied).
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
        await admin.query(`ALTER DATABASE ${name} RENAME TO ${DEMO_TEMPLATE}`);
      } finally {
        // Drops the database only if the rename did not happen; removes its search indexes.
        await seeding.test.dispose();
      }
    }
  } finally {
    await admin.end(); // ends the session, and with it the advisory lock
  }
  return DEMO_TEMPLATE;
}
