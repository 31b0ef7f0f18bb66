import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsJSON,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value;
};

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * The whole runtime contract (DESIGN.md "Runtime contract") as one validated class.
 * Built once from the environment before anything starts, so a bad value stops the boot
 * before an embedded server is spawned.
 */
export class AppConfig {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  MEILI_MASTER_KEY?: string;

  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  /**
   * Where people reach the web app (`https://buurtbrug.hilversum.nl`), for links that leave the
   * app, such as those in calendar feeds. Without it they follow the request's own Host.
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (required in production)' })
  JWT_SECRET?: string;

  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEMO_DATA?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Prefix for every Meilisearch index, so test suites and instances can share one server. */
  @IsString()
  @MinLength(1)
  SEARCH_INDEX_PREFIX = 'buurtbrug';

  /**
   * Matching weights that differ from the defaults, as JSON (`{"distance":0.3,"topK":3}`): a
   * municipality tunes the scorer without a new build. Matching checks the fields at boot.
   */
  @IsOptional()
  @IsJSON({ message: 'MATCH_WEIGHTS must be a JSON object such as {"distance":0.3}' })
  MATCH_WEIGHTS?: string;

  /** Run background jobs in this process (default) or leave them to a separate worker. */
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  @Transform(toBool)
  @IsBoolean()
  SERVE_WEB = true;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Demo data defaults to on outside production; production refuses it (validated). */
  get demoData(): boolean {
    return this.DEMO_DATA ?? !this.isProduction;
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KEYS = Object.keys(new AppConfig()).concat([
  'DATABASE_URL',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'REDIS_URL',
  'JWT_SECRET',
  'DEMO_DATA',
  'MATCH_WEIGHTS',
  'PUBLIC_URL',
]);

/**
 * Reads the runtime contract from an environment. Throws a ConfigError whose message is
 * one readable line naming the variable; callers print it without a stack trace.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const plain: Record<string, string> = {};
  for (const key of KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const shown = first.property.endsWith('SECRET') || first.property.endsWith('KEY') ? '(hidden)' : JSON.stringify(first.value);
    throw new ConfigError(`Invalid configuration: ${first.property}=${shown}: ${reason}`);
  }
  if (config.isProduction && config.DEMO_DATA === true) {
    throw new ConfigError('Invalid configuration: DEMO_DATA=true is refused when NODE_ENV=production');
  }
  return config;
}
