import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printApiSchema } from './api-schema.js';

/**
 * `npm run schema:print`: writes the API schema to apps/web/schema.graphql, which the web app's
 * codegen reads. With `--check` it writes nothing and exits 1 when the file is out of date.
 */
const target = path.resolve(process.argv.find((a) => a.endsWith('.graphql')) ?? 'apps/web/schema.graphql');

async function main(): Promise<number> {
  const schema = await printApiSchema();
  const current = await readFile(target, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current === schema) return 0;
    process.stderr.write(`${path.relative(process.cwd(), target)} is out of date: run npm run schema:print\n`);
    return 1;
  }
  if (current !== schema) await writeFile(target, schema);
  process.stdout.write(`${path.relative(process.cwd(), target)} ${current === schema ? 'unchanged' : 'written'}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Could not print the schema: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
