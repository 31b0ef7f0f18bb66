import { AppConfig } from './app-config.js';

/**
 * What the app connects to once the embedded defaults (if any) are running: the validated
 * AppConfig plus the resolved addresses and secrets. Injected everywhere instead of reading
 * process.env, so two app instances can live in one process (tests do).
 */
export class RuntimeConfig {
  constructor(
    readonly app: AppConfig,
    readonly databaseUrl: string,
    readonly meiliUrl: string,
    readonly meiliKey: string | undefined,
    readonly jwtSecret: string,
  ) {}
}
