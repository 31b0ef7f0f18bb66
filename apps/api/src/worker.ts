import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, CoreModule, loadAppConfig, RuntimeConfig } from '@buurtbrug/core';
import { matchingOptionsFrom } from '@buurtbrug/matching';
import { DOMAIN_MODULES } from './domain-modules.js';

@Module({})
class WorkerModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.forRoot(runtime), ...DOMAIN_MODULES] };
  }
}

/**
 * A separate job worker of the same build (DESIGN.md: jobs run in the API by default, or here).
 * It needs the servers the API uses, so DATABASE_URL and MEILI_URL are required.
 */
async function main(): Promise<void> {
  const config = loadAppConfig({ ...process.env, JOBS_ENABLED: 'true' });
  matchingOptionsFrom(config);
  if (!config.DATABASE_URL || !config.MEILI_URL || !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: the worker needs DATABASE_URL, MEILI_URL and JWT_SECRET of the API it works for');
  }
  const runtime = new RuntimeConfig(config, config.DATABASE_URL, config.MEILI_URL, config.MEILI_MASTER_KEY, config.JWT_SECRET);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime));
  app.enableShutdownHooks();
  process.stdout.write('Buurtbrug worker is running jobs\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
