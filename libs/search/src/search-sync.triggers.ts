import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ACTIVITY_CANCELLED, ACTIVITY_CHANGED, ACTIVITY_PUBLISHED } from '@buurtbrug/activities';
import { AppConfig, JobsService, RuntimeConfig } from '@buurtbrug/core';
import { TAGS_CHANGED, TagsChangedEvent } from '@buurtbrug/tags';
import { PostClosed, PostCreated, PostExpired, PostUpdated } from '@buurtbrug/talents-wants';
import { WIJKEN_IMPORTED, WijkenImportedEvent } from '@buurtbrug/wijken';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { SearchIndexManager } from './search-index.manager.js';
import { type DrainReport, OUTBOX_CHANNEL, SearchSyncService } from './search-sync.service.js';

export const DRAIN_JOB = 'search.drain';
export const REFRESH_DATES_JOB = 'search.refresh-dates';
export const SETTINGS_JOB = 'search.settings';
const PROBE_INTERVAL_MS = 1_000;
const RECONNECT_MS = 2_000;

/**
 * When the outbox gets drained, so that a published activity is findable within a second and
 * nothing waits on one process:
 *  - at once, in every process that runs jobs: on LISTEN/NOTIFY from the outbox trigger (any
 *    writer, any instance, also deletes by the post trigger) and on this process's own domain
 *    events (even before the NOTIFY arrives);
 *  - as a pg-boss job every minute (the backstop, on whichever instance pg-boss picks) and as a
 *    pg-boss job at the time the first kept row is due again (retries with backoff);
 *  - when Meilisearch comes back after an outage (a probe every second), with the backoff reset.
 * With JOBS_ENABLED=false (API replicas beside a worker) none of this runs here; the worker does it.
 */
@Injectable()
export class SearchSyncTriggers implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncTriggers.name);
  private listener?: pg.Client;
  private scheduled = false;
  private stopped = false;
  private probe?: NodeJS.Timeout;
  private followUp?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly runtime: RuntimeConfig,
    private readonly jobs: JobsService,
    private readonly sync: SearchSyncService,
    private readonly indexes: SearchIndexManager,
    private readonly meili: Meilisearch,
  ) {}

  private get enabled(): boolean {
    return this.config.JOBS_ENABLED && !this.stopped;
  }

  onModuleInit(): void {
    this.jobs.register(DRAIN_JOB, async () => this.afterDrain(await this.sync.drain()), { cron: '* * * * *' });
    this.jobs.register(REFRESH_DATES_JOB, async () => this.sync.queueActivityDateRefresh(), { cron: '17 3 * * *' });
    this.jobs.register<{ changed?: string[] }>(SETTINGS_JOB, async (jobs) => {
      await this.indexes.ensureReady(true);
      await this.sync.queueTagged([...new Set(jobs.flatMap((job) => job.data?.changed ?? []))]);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    // Settings (synonyms from the taxonomy, ranking) follow the code and the tags: bring them up
    // to date in the background; an unreachable Meilisearch is retried by the next drain.
    this.indexes.ensureReady().catch((error: unknown) => this.logger.warn(`search: indexes not ready yet (${(error as Error).message})`));
    await this.listen();
    // Whatever was written while no worker ran (and the demo seed's rows) goes in now.
    this.trigger();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.probe);
    clearTimeout(this.followUp);
    clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
    await this.sync.idle();
  }

  /** Drain soon; many calls in the same tick become one drain. */
  trigger(): void {
    if (!this.enabled || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.enabled) return;
      this.sync
        .drain()
        .then((report) => this.afterDrain(report))
        .catch((error: unknown) => this.logger.error({ err: error }, 'search: drain failed'));
    });
  }

  @OnEvent(ACTIVITY_PUBLISHED)
  @OnEvent(ACTIVITY_CHANGED)
  @OnEvent(ACTIVITY_CANCELLED)
  @OnEvent(PostCreated.eventName)
  @OnEvent(PostUpdated.eventName)
  @OnEvent(PostClosed.eventName)
  @OnEvent(PostExpired.eventName)
  onSearchableChange(): void {
    this.trigger();
  }

  @OnEvent(TAGS_CHANGED)
  async onTagsChanged(event: TagsChangedEvent): Promise<void> {
    await this.jobs
      .send(SETTINGS_JOB, { changed: [...event.upserted, ...event.deleted] })
      .catch((error: unknown) => this.logger.error({ err: error }, 'search: could not queue the synonyms update'));
  }

  @OnEvent(WIJKEN_IMPORTED)
  async onWijkenImported(event: WijkenImportedEvent): Promise<void> {
    if (event.updated === 0) return;
    await this.sync.queueInWijken(event.wijkCodes).catch((error: unknown) => this.logger.error({ err: error }, 'search: could not queue changed wijken'));
  }

  private async afterDrain(report: DrainReport): Promise<void> {
    if (report.unavailable) {
      this.startProbe();
    } else if (report.more || report.blocked) {
      // Someone else holds part of the work (another drainer, a reindex): look again shortly.
      clearTimeout(this.followUp);
      if (this.enabled) this.followUp = setTimeout(() => this.trigger(), report.blocked ? 1_000 : 100);
    }
    const wait = await this.sync.nextDueInSeconds().catch(() => null);
    if (wait !== null && wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait));
      // One retry job per slot, however many drains ask for it.
      await this.jobs
        .send(DRAIN_JOB, { retry: true }, { startAfter: seconds, singletonKey: 'search.drain.retry', singletonSeconds: seconds })
        .catch(() => undefined);
    }
  }

  /** While Meilisearch is away, ask it every second; when it answers, retry everything at once. */
  private startProbe(): void {
    if (this.probe || !this.enabled) return;
    this.logger.warn('search: Meilisearch is unreachable; writes are kept in the outbox until it is back');
    this.probe = setInterval(() => {
      this.meili
        .health()
        .then(async () => {
          clearInterval(this.probe);
          this.probe = undefined;
          this.logger.log('search: Meilisearch is back; draining the outbox');
          await this.sync.retryNow();
          this.trigger();
        })
        .catch(() => undefined);
    }, PROBE_INTERVAL_MS);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.runtime.databaseUrl, application_name: 'buurtbrug-search-listen' });
    const retry = () => {
      if (this.listener !== client || !this.enabled) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => {
        // Missed notifications while away: drain once on reconnecting.
        void this.listen().then(() => this.trigger());
      }, RECONNECT_MS);
    };
    client.on('notification', () => this.trigger());
    client.on('error', retry);
    client.on('end', retry);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`search: cannot LISTEN for outbox writes (${(error as Error).message}); retrying`);
      retry();
    }
  }
}
