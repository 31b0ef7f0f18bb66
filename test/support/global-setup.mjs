// Plain JS on the built output: Jest loads global setup outside its transform pipeline.
// `npm test` builds first; when running Jest alone, run `npm run build` before.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedServices, loadAppConfig } from '../../dist/libs/core/src/index.js';

/**
 * Starts one real PostgreSQL and one real Meilisearch for the whole run, by the same mechanism
 * as `npm start`. Suites get their own database and index prefix from `createTestRuntime`.
 */
export default async function globalSetup() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-test-'));
  const config = loadAppConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' });
  const services = await EmbeddedServices.start(config, { fast: true });
  globalThis.__BUURTBRUG_SERVICES__ = services;
  process.env.TEST_PG_ADMIN_URL = services.postgres.adminUrl();
  process.env.TEST_MEILI_URL = services.runtime.meiliUrl;
  process.env.TEST_MEILI_KEY = services.runtime.meiliKey;
  process.env.TEST_DATA_DIR = dataDir;
}
