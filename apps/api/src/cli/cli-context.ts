import 'reflect-metadata';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, CoreModule, EmbeddedServices, loadAppConfig } from '@buurtbrug/core';
import { DOMAIN_MODULES } from '../domain-modules.js';

@Module({})
class CliModule {
  static forRoot(runtime: EmbeddedServices['runtime']): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(runtime), ...DOMAIN_MODULES] };
  }
}

/**
 * Runs a command with the domain services, against the running instance's servers when one is
 * up (same DATA_DIR), or against briefly started embedded servers, or the configured URLs.
 */
export async function runCli(command: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  let services: EmbeddedServices | undefined;
  let app: INestApplicationContext | undefined;
  let exitCode = 0;
  try {
    const config = loadAppConfig({ LOG_LEVEL: 'warn', ...process.env, JOBS_ENABLED: 'false' });
    services = await EmbeddedServices.attachOrStart(config);
    app = await NestFactory.createApplicationContext(CliModule.forRoot(services.runtime), { logger: ['error', 'warn'] });
    await command(app);
  } catch (error) {
    exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof ConfigError ? '' : 'Error: '}${message}\n`);
  } finally {
    await app?.close().catch(() => undefined);
    await services?.stop();
  }
  process.exit(exitCode);
}
