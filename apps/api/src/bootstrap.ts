import type { Server } from 'node:http';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe, RuntimeConfig } from '@buurtbrug/core';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';

export const REQUEST_BODY_LIMIT = '1mb';

/**
 * `ws` accepts messages up to 100 MiB by default and Nest offers no option for it; cap
 * WebSocket messages at the HTTP body limit so a huge frame is refused before it is buffered.
 */
function limitWebSocketMessages(app: NestExpressApplication): void {
  const driver = app.get(GraphQLModule).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: { options: { maxPayload?: number } } };
  };
  const wss = driver._subscriptionService?.wss;
  if (wss) wss.options.maxPayload = 1024 * 1024;
}

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
  limitWebSocketMessages(app);
  return app;
}

export async function listen(app: INestApplication, port: number): Promise<number> {
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  const address = (app.getHttpServer() as Server).address();
  return typeof address === 'object' && address ? address.port : port;
}
