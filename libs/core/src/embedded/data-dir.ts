import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ConfigError } from '../config/app-config.js';

export interface DataDirSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  jwtSecret: string;
}

/** The folder that holds the embedded servers' data and the secrets generated for them. */
export class DataDir {
  private releaseLock?: () => Promise<void>;

  constructor(readonly root: string) {}

  static async open(dir: string): Promise<DataDir> {
    const dataDir = new DataDir(path.resolve(dir));
    await mkdir(dataDir.root, { recursive: true, mode: 0o755 });
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
    if (process.getuid?.() === 0) await chmod(dataDir.root, 0o755);
    return dataDir;
  }

  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }

  /**
   * One running instance per data dir: a second one would start a second postmaster on the
   * same files. proper-lockfile keeps the lock fresh and treats a lock of a dead process as stale.
   */
  async lock(): Promise<void> {
    try {
      this.releaseLock = await lockfile.lock(this.root, {
        lockfilePath: this.path('.instance.lock'),
        stale: 15_000,
        update: 5_000,
        retries: 0,
        onCompromised: () => undefined,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new ConfigError(
          `DATA_DIR ${this.root} is in use by another running Buurtbrug. Stop that one first, or set another DATA_DIR.`,
        );
      }
      throw error;
    }
  }

  async unlock(): Promise<void> {
    await this.releaseLock?.().catch(() => undefined);
    this.releaseLock = undefined;
  }

  /** Secrets are generated once and kept (mode 600) so a warm start finds its own data again. */
  async secrets(): Promise<DataDirSecrets> {
    const file = this.path('secrets.json');
    try {
      return JSON.parse(await readFile(file, 'utf8')) as DataDirSecrets;
    } catch {
      const secrets: DataDirSecrets = {
        postgresPassword: randomBytes(18).toString('base64url'),
        meiliMasterKey: randomBytes(24).toString('base64url'),
        jwtSecret: randomBytes(48).toString('base64url'),
      };
      await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
      return secrets;
    }
  }
}
