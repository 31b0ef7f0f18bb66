import type { Server } from 'node:http';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe, RuntimeConfig } from '@buurtbrug/core';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';

export const REQUEST_BODY_LIMIT = '1mb';

/** Builds the whole API on a RuntimeConfig; used by `main.ts`, the worker and end-to-end tests. */
export async function createApp(runtime: RuntimeConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  app.set('trust proxy', runtime.app.isProduction ? 'loopback, uniquelocal' : 'loopback');
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.init();
  return app;
}

export async function listen(app: INestApplication, port: number): Promise<number> {
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  const address = (app.getHttpServer() as Server).address();
  return typeof address === 'object' && address ? address.port : port;
}
