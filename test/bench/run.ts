/**
 * Runs one benchmark by name: `npm run bench -- matching` runs `test/bench/matching.bench.ts`.
 * Benchmarks run on Node's built-in type stripping (see register.mjs), so they and what they
 * import avoid TypeScript-only syntax (enums, parameter properties, decorators).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length));
const [name, ...args] = process.argv.slice(2);

if (!name || !/^[a-z0-9-]+$/.test(name) || !existsSync(new URL(`./${name}.bench.ts`, import.meta.url))) {
  console.error(`usage: npm run bench -- <name> [args]\navailable: ${available.join(', ') || '(none)'}`);
  process.exit(1);
}

// Benchmarks measure the server as it runs in production: libraries such as graphql-js read
// NODE_ENV once, when first imported, and do extra checks outside production.
process.env.NODE_ENV ??= 'production';
const bench = (await import(new URL(`./${name}.bench.ts`, import.meta.url).href)) as { default?: (args: string[]) => Promise<void> | void };
if (typeof bench.default !== 'function') {
  console.error(`${name}.bench.ts must export a default function`);
  process.exit(1);
}
await bench.default(args);
