import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, type SearchableKind } from '@buurtbrug/core';
import { TagsService } from '@buurtbrug/tags';
import { Meilisearch, type Settings } from 'meilisearch';
import { assertTaskSucceeded, isIndexNotFound } from './search-client-errors.js';
import { indexSettings, liveIndexName, SEARCH_KINDS, settingsMatch, synonymsFromTagGroups } from './search-indexes.js';

/** A settings change makes Meilisearch reprocess the whole index: allow it minutes, not seconds. */
const SETTINGS_WAIT = { timeout: 10 * 60_000, interval: 100 };
const INDEX_WAIT = { timeout: 60_000, interval: 25 };

/**
 * The live indexes and their settings. Indexes are created on first use (not at boot, so the app
 * starts while Meilisearch is down) and settings are only sent when they differ, because an
 * unchanged settings update still makes Meilisearch reprocess every document.
 */
@Injectable()
export class SearchIndexManager {
  private readonly logger = new Logger(SearchIndexManager.name);
  private ready?: Promise<void>;

  constructor(
    private readonly meili: Meilisearch,
    private readonly config: AppConfig,
    private readonly tags: TagsService,
  ) {}

  get prefix(): string {
    return this.config.SEARCH_INDEX_PREFIX;
  }

  indexName(kind: SearchableKind): string {
    return liveIndexName(this.prefix, kind);
  }

  /** Settings for every kind, with synonyms from the current tag taxonomy. */
  async desiredSettings(): Promise<Record<SearchableKind, Settings>> {
    const synonyms = synonymsFromTagGroups(await this.tags.synonymGroups());
    return Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, indexSettings(kind, synonyms)])) as Record<SearchableKind, Settings>;
  }

  /** Live indexes exist with current settings: checked once per process, again when forced. */
  ensureReady(force = false): Promise<void> {
    if (force || !this.ready) {
      const ready = this.ensureAll();
      this.ready = ready;
      ready.catch(() => {
        if (this.ready === ready) this.ready = undefined;
      });
    }
    return this.ready;
  }

  private async ensureAll(): Promise<void> {
    const settings = await this.desiredSettings();
    await Promise.all(SEARCH_KINDS.map((kind) => this.ensureIndex(this.indexName(kind), settings[kind])));
  }

  /** Creates the index if needed and sends the settings if they differ. */
  async ensureIndex(uid: string, settings: Settings): Promise<void> {
    let current: Settings | null = null;
    try {
      current = await this.meili.index(uid).getSettings();
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
    }
    if (!current) {
      const task = await this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask(INDEX_WAIT);
      // Another instance may have created it a moment ago; that is what we wanted.
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') assertTaskSucceeded(task, `create index ${uid}`);
    }
    if (!current || !settingsMatch(current, settings)) {
      if (current) this.logger.log(`search: updating the settings of ${uid}`);
      assertTaskSucceeded(await this.meili.index(uid).updateSettings(settings).waitTask(SETTINGS_WAIT), `settings of ${uid}`);
    }
  }
}
