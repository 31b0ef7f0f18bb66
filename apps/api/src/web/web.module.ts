import { Logger, Module } from '@nestjs/common';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { RuntimeConfig } from '@buurtbrug/core';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { findWebDist } from './web-dist.js';

/** Paths the API answers itself; everything else that is not a file gets the SPA's index.html. */
export const API_PATHS = ['/graphql{/*rest}', '/health{/*rest}', '/calendar{/*rest}'];

export function webServeOptions(runtime: RuntimeConfig, dist = findWebDist()): ServeStaticModuleOptions[] {
  if (!runtime.app.SERVE_WEB) return [];
  if (!dist) {
    new Logger('Web').warn('apps/web/dist not found: the web app is not served (run npm run web:build)');
    return [];
  }
  return [
    {
      rootPath: dist,
      exclude: API_PATHS,
      serveStaticOptions: {
        index: false,
        fallthrough: true,
        // File names under assets/ carry a content hash: cache them for good. index.html always
        // revalidates, so a new build reaches people at their next visit.
        setHeaders: (res: ServerResponse, file: string) => {
          const inAssets = file.includes(`${path.sep}assets${path.sep}`);
          res.setHeader('Cache-Control', inAssets ? 'public, max-age=31536000, immutable' : 'no-cache');
          res.setHeader('X-Content-Type-Options', 'nosniff');
          if (file.endsWith('.html')) res.setHeader('Referrer-Policy', 'same-origin');
        },
      },
    },
  ];
}

/**
 * Serves the built web app at `/` with an SPA fallback when apps/web/dist exists and SERVE_WEB
 * is on (the default). GraphQL, health and calendar feeds stay with the API.
 */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      inject: [RuntimeConfig],
      useFactory: (runtime: RuntimeConfig) => webServeOptions(runtime),
    }),
  ],
})
export class WebModule {}
