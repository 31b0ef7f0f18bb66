import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestRuntime, type TestRuntime, type TestRuntimeOptions } from '@buurtbrug/core/testing';
import { createApp, listen } from '../../apps/api/src/bootstrap.js';

export interface TestApp {
  app: NestExpressApplication;
  test: TestRuntime;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

/** The real API on a random port, on the suite's own database and index prefix. */
export async function startTestApp(env: Record<string, string> = {}, options: TestRuntimeOptions = {}): Promise<TestApp> {
  const test = await createTestRuntime(env, options);
  const app = await createApp(test.runtime);
  const port = await listen(app, 0);
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    test,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    close: async () => {
      await app.close();
      await test.dispose();
    },
  };
}

/**
 * Another API instance on an existing suite runtime (same database, same REDIS_URL), as a load
 * balancer would have several. Its `close()` stops only this instance: the runtime belongs to
 * whoever created it (close the instances first, then `test.dispose()`).
 */
export async function startTestAppOn(test: TestRuntime): Promise<TestApp> {
  const app = await createApp(test.runtime);
  const port = await listen(app, 0);
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    test,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    close: async () => {
      await app.close();
    },
  };
}
