// Lets Node 24 run the TypeScript benchmarks directly (built-in type stripping): sources import
// each other as `./x.js` (the project's ESM convention), which exists only as `./x.ts` here.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        try {
          return await next(specifier, context);
        } catch (error) {
          if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\\.{1,2}\\//.test(specifier) && specifier.endsWith('.js')) {
            return next(specifier.slice(0, -3) + '.ts', context);
          }
          throw error;
        }
      }
    `),
  import.meta.url,
);
