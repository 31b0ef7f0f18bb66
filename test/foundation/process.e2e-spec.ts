import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The built app as `npm start` runs it: a real process with its own embedded PostgreSQL and
 * Meilisearch. Needs `npm run build` first (npm test does that).
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, detached = false): Started {
  const child = spawn(process.execPath, [MAIN], {
    detached,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = started.output().match(pattern);
    if (match) return match;
    if (started.child.exitCode !== null) throw new Error(`exited early: ${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern}: ${started.output()}`);
}

/** Processes whose command line mentions the data dir: the embedded postgres and meilisearch. */
function processesUsing(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', dir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

describe('the app as a process', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'buurtbrug-proc-'));
  });
  afterAll(async () => {
    for (const line of processesUsing(dataDir)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops at a bad configuration value with one readable line and no stack trace', async () => {
    const app = start({ DATA_DIR: dataDir, PORT: 'not-a-port' });
    expect(await app.exited).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT=/);
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('starts embedded servers, refuses a second instance on the same data dir, and leaves nothing behind on SIGTERM', async () => {
    const app = start({ DATA_DIR: dataDir });
    const [, port] = await waitFor(app, /running at http:\/\/localhost:(\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ info: { database: { status: 'up' }, search: { status: 'up' } } });
    expect(processesUsing(dataDir).length).toBeGreaterThanOrEqual(2);

    const second = start({ DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/is in use by another running Buurtbrug/);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('reuses its data on a warm start and stops cleanly on Ctrl-C (SIGINT to the whole process group)', async () => {
    const app = start({ DATA_DIR: dataDir }, true);
    const [, port] = await waitFor(app, /running at http:\/\/localhost:(\d+)/);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@buurtbrug.demo", password: "welkom-in-de-buurt" }) { account { role } } }' }),
    });
    expect(await res.json()).toEqual({ data: { login: { account: { role: 'ADMIN' } } } });
    process.kill(-app.child.pid!, 'SIGINT');
    expect(await app.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(processesUsing(dataDir)).toEqual([]);
  });
});
