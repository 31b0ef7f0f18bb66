// `npm start` runs this after building the API: it rebuilds the web app (apps/web/dist) only when
// it is missing, older than its sources, or built against an older API schema, so a warm start
// stays fast. A failed web build is reported but does not stop the API from starting.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const web = path.join(root, 'apps', 'web');
const builtIndex = path.join(web, 'dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'schema.graphql', 'vite.config.ts', 'codegen.ts', 'tsconfig.json'].map((p) => path.join(web, p));

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function reason() {
  if (!existsSync(builtIndex)) return 'apps/web/dist is missing';
  const built = statSync(builtIndex).mtimeMs;
  if (inputs.some((input) => newestMtime(input) > built)) return 'web sources changed';
  // The API may have changed its schema since: compare a fresh print with the one the build used.
  const printer = path.join(root, 'dist', 'apps', 'api', 'src', 'web', 'print-schema.js');
  if (existsSync(printer)) {
    const check = spawnSync(process.execPath, [printer, '--check'], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
    if (check.status !== 0) return 'the API schema changed';
  }
  return undefined;
}

const why = reason();
if (!why) {
  process.stdout.write('Web app is up to date (apps/web/dist).\n');
  process.exit(0);
}
if (!existsSync(path.join(root, 'node_modules', 'vite'))) {
  process.stdout.write(`Web app not built (${why}) and Vite is not installed: the API starts without it.\n`);
  process.exit(0);
}
process.stdout.write(`Building the web app (${why})…\n`);
const started = Date.now();
const build = spawnSync('npm', ['run', '--silent', 'web:build'], { cwd: root, stdio: 'inherit' });
if (build.status === 0) {
  process.stdout.write(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
} else {
  process.stderr.write(
    existsSync(builtIndex)
      ? 'The web app did not build (see above); the previous build is served.\n'
      : 'The web app did not build (see above); the API starts without it.\n',
  );
}
process.exit(0);
