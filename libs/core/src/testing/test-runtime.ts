import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppConfig, loadAppConfig } from '../config/app-config.js';
import { RuntimeConfig } from '../config/runtime-config.js';

export interface TestRuntime {
  runtime: RuntimeConfig;
  databaseName: string;
  /** Drops the suite's database and its Meilisearch indexes. */
  dispose(): Promise<void>;
}

export interface TestRuntimeOptions {
  /**
   * Start from a copy of this database (CREATE DATABASE ... TEMPLATE): several suites can share
   * one expensive setup, such as the seeded demo city, each on its own copy.
   */
  template?: string;
}

/**
 * A RuntimeConfig for one test suite: its own database on the shared embedded PostgreSQL and its
 * own index prefix on the shared Meilisearch (both started by the Jest global setup).
 */
export async function createTestRuntime(env: Record<string, string> = {}, options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: run through Jest (global setup starts the servers)');
  if (options.template !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.template)) throw new Error(`not a database name: ${options.template}`);
  const suffix = randomBytes(5).toString('hex');
  const databaseName = `test_${suffix}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  await admin.end();
  const databaseUrl = adminUrl.replace(/\/[^/]+$/, `/${databaseName}`);
  const prefix = `t${suffix}`;
  const config: AppConfig = loadAppConfig({
    NODE_ENV: 'test',
    DATA_DIR: process.env.TEST_DATA_DIR ?? '.',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEARCH_INDEX_PREFIX: prefix,
    DEMO_DATA: 'false',
    ...env,
  });
  // MEILI_URL (with MEILI_MASTER_KEY) in `env` points the suite at its own Meilisearch instead.
  const runtime = new RuntimeConfig(
    config,
    databaseUrl,
    config.MEILI_URL ?? process.env.TEST_MEILI_URL!,
    config.MEILI_URL ? config.MEILI_MASTER_KEY : process.env.TEST_MEILI_KEY,
    randomBytes(32).toString('hex'),
  );
  return {
    runtime,
    databaseName,
    dispose: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await client.end();
      const res = await fetch(`${runtime.meiliUrl}/indexes?limit=1000`, {
        headers: { authorization: `Bearer ${runtime.meiliKey}` },
      }).catch(() => undefined);
      const body = (await res?.json().catch(() => undefined)) as { results?: { uid: string }[] } | undefined;
      for (const index of body?.results ?? []) {
        if (index.uid.startsWith(prefix)) {
          await fetch(`${runtime.meiliUrl}/indexes/${index.uid}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${runtime.meiliKey}` },
          }).catch(() => undefined);
        }
      }
    },
  };
}
