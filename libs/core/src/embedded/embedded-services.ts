import { readFile, rm, writeFile } from 'node:fs/promises';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { RuntimeConfig } from '../config/runtime-config.js';
import { DataDir } from './data-dir.js';
import { EmbeddedMeilisearchServer } from './embedded-meilisearch.js';
import { EmbeddedPostgresServer } from './embedded-postgres.js';

const RUNTIME_FILE = 'runtime.json';

export interface EmbeddedServicesOptions {
  /** fsync off and friends: for throw-away test clusters only. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

/**
 * DESIGN.md "Embedded defaults": with no DATABASE_URL / MEILI_URL the real servers are started
 * under DATA_DIR on free ports; with URLs set nothing is started and the same build uses them.
 */
export class EmbeddedServices {
  private constructor(
    readonly runtime: RuntimeConfig,
    /** Undefined when attached to another running instance: nothing of ours to stop. */
    private readonly dataDir: DataDir | undefined,
    readonly postgres?: EmbeddedPostgresServer,
    readonly meilisearch?: EmbeddedMeilisearchServer,
  ) {}

  static async start(config: AppConfig, options: EmbeddedServicesOptions = {}): Promise<EmbeddedServices> {
    const dataDir = await DataDir.open(config.DATA_DIR);
    await dataDir.lock();
    let postgres: EmbeddedPostgresServer | undefined;
    let meilisearch: EmbeddedMeilisearchServer | undefined;
    try {
      const secrets = await dataDir.secrets();
      const [pgResult, meiliResult] = await Promise.allSettled([
        config.DATABASE_URL
          ? undefined
          : EmbeddedPostgresServer.start({
              databaseDir: dataDir.path('postgres'),
              password: secrets.postgresPassword,
              database: 'buurtbrug',
              fast: options.fast,
              onLog: options.onLog,
            }),
        config.MEILI_URL
          ? undefined
          : EmbeddedMeilisearchServer.start({
              dataDir: dataDir.root,
              masterKey: config.MEILI_MASTER_KEY ?? secrets.meiliMasterKey,
              onLog: options.onLog,
            }),
      ]);
      postgres = pgResult.status === 'fulfilled' ? pgResult.value : undefined;
      meilisearch = meiliResult.status === 'fulfilled' ? meiliResult.value : undefined;
      if (pgResult.status === 'rejected') throw pgResult.reason;
      if (meiliResult.status === 'rejected') throw meiliResult.reason;
      const runtime = new RuntimeConfig(
        config,
        config.DATABASE_URL ?? postgres!.url,
        config.MEILI_URL ?? meilisearch!.url,
        config.MEILI_MASTER_KEY ?? (meilisearch ? secrets.meiliMasterKey : undefined),
        config.JWT_SECRET ?? secrets.jwtSecret,
      );
      // Lets a CLI command (admin:create, seed, …) reach the servers of the running instance.
      await writeFile(
        dataDir.path(RUNTIME_FILE),
        JSON.stringify({ databaseUrl: runtime.databaseUrl, meiliUrl: runtime.meiliUrl, meiliKey: runtime.meiliKey, pid: process.pid }),
        { mode: 0o600 },
      );
      return new EmbeddedServices(runtime, dataDir, postgres, meilisearch);
    } catch (error) {
      await Promise.allSettled([postgres?.stop(), meilisearch?.stop()]);
      await dataDir.unlock();
      throw error;
    }
  }

  /**
   * For CLI commands: the running instance's servers when the data dir is in use, otherwise
   * start them for the duration of the command.
   */
  static async attachOrStart(config: AppConfig): Promise<EmbeddedServices> {
    try {
      return await EmbeddedServices.start(config);
    } catch (error) {
      if (!(error instanceof ConfigError) || !/in use/.test(error.message)) throw error;
      const dataDir = await DataDir.open(config.DATA_DIR);
      const running = JSON.parse(await readFile(dataDir.path(RUNTIME_FILE), 'utf8')) as {
        databaseUrl: string;
        meiliUrl: string;
        meiliKey?: string;
      };
      const secrets = await dataDir.secrets();
      const runtime = new RuntimeConfig(
        config,
        config.DATABASE_URL ?? running.databaseUrl,
        config.MEILI_URL ?? running.meiliUrl,
        config.MEILI_MASTER_KEY ?? running.meiliKey,
        config.JWT_SECRET ?? secrets.jwtSecret,
      );
      return new EmbeddedServices(runtime, undefined);
    }
  }

  async stop(): Promise<void> {
    if (!this.dataDir) return;
    await rm(this.dataDir.path(RUNTIME_FILE), { force: true });
    await Promise.allSettled([this.meilisearch?.stop(), this.postgres?.stop()]);
    await this.dataDir.unlock();
  }
}
