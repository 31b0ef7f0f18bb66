import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss, type Job, type SendOptions, type WorkOptions } from 'pg-boss';
import { RuntimeConfig } from '../config/runtime-config.js';

export type JobHandler<T> = (jobs: Job<T>[]) => Promise<unknown>;

interface Registration {
  name: string;
  handler: JobHandler<any>;
  options: WorkOptions;
  cron?: string;
}

/**
 * Background work as pg-boss jobs in the same PostgreSQL (DESIGN.md: no extra server).
 * Domains register handlers in `onModuleInit`; workers start once the app is up, and only
 * where JOBS_ENABLED (the API by default, or a separate worker process of the same build).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly registrations: Registration[] = [];
  private readonly boss: PgBoss;
  /** This instance's worker per queue, to wake it right after a send instead of at its next poll. */
  private readonly workers = new Map<string, string>();
  private started?: Promise<void>;

  constructor(private readonly runtime: RuntimeConfig) {
    this.boss = new PgBoss({ connectionString: runtime.databaseUrl, schema: 'pgboss', max: 4 });
    this.boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
  }

  register<T>(name: string, handler: JobHandler<T>, options: WorkOptions & { cron?: string } = {}): void {
    const { cron, ...work } = options;
    this.registrations.push({ name, handler, options: work, cron });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureStarted();
    for (const registration of this.registrations) {
      await this.boss.createQueue(registration.name).catch(() => undefined);
      if (!this.runtime.app.JOBS_ENABLED) continue;
      this.workers.set(registration.name, await this.boss.work(registration.name, registration.options, registration.handler));
      if (registration.cron) await this.boss.schedule(registration.name, registration.cron);
    }
  }

  private ensureStarted(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    await this.ensureStarted();
    const id = await this.boss.send(name, data, options);
    // Event-driven work (a publish that should reach residents live) would otherwise wait up to
    // a polling interval; a worker elsewhere still picks it up at its next poll.
    const worker = this.workers.get(name);
    if (id && worker && !options.startAfter) this.boss.notifyWorker(worker);
    return id;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5_000 }).catch(() => undefined);
  }
}
