import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchableKind } from '@buurtbrug/core';
import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import { DataSource } from 'typeorm';
import { assertTaskSucceeded } from './search-client-errors.js';
import { SearchError, SearchErrorCode } from './search.errors.js';
import { buildIndexName, SEARCH_KINDS } from './search-indexes.js';
import { SearchIndexManager } from './search-index.manager.js';
import { SearchDocumentSource } from './search-source.service.js';
import { OUTBOX_CHANNEL, REINDEX_LOCK } from './search-sync.service.js';

/** Only one reindex at a time, whichever process runs it. */
const REINDEX_RUNNING_LOCK = 'buurtbrug:search:reindex-running';
/** Document batches in flight at once: Meilisearch batches queued additions, memory stays bounded. */
const IN_FLIGHT = 4;
const NO_TIMEOUT = { timeout: 0, interval: 100 };

export interface ReindexProgress {
  kind: SearchableKind;
  /** Rows read and indexed so far, over all kinds. */
  done: number;
  total: number;
}

export interface ReindexReport {
  documents: Record<SearchableKind, number>;
  milliseconds: number;
}

/**
 * Rebuilds every index from PostgreSQL (DESIGN.md: the index can always be rebuilt): fresh
 * indexes with current settings are filled beside the live ones, then swapped in with one
 * atomic swapIndexes task, and the old ones dropped. Searches keep using the live indexes the
 * whole time. Drains wait meanwhile (they take the reindex lock shared), so a write made during
 * the reindex stays in the outbox and is applied to the new index right after the swap.
 */
@Injectable()
export class SearchReindexService {
  private readonly logger = new Logger(SearchReindexService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meili: Meilisearch,
    private readonly indexes: SearchIndexManager,
    private readonly source: SearchDocumentSource,
  ) {}

  async reindex(options: { batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {}): Promise<ReindexReport> {
    const started = Date.now();
    const batchSize = options.batchSize ?? 5_000;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const builds: string[] = [];
    let swapped = false;
    try {
      const [{ alone }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS alone`, [REINDEX_RUNNING_LOCK])) as {
        alone: boolean;
      }[];
      if (!alone) throw new SearchError(SearchErrorCode.REINDEX_RUNNING, 'A reindex is already running');
      // Waits for drains in progress to finish; new ones hold off until we unlock.
      await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [REINDEX_LOCK]);

      await this.indexes.ensureReady(true);
      const settings = await this.indexes.desiredSettings();
      const stamp = Date.now().toString(36);
      const totals = await Promise.all(SEARCH_KINDS.map((kind) => this.source.countCandidates(kind)));
      const total = totals.reduce((a, b) => a + b, 0);
      const documents = { activity: 0, organisation: 0, post: 0 } as Record<SearchableKind, number>;
      let done = 0;

      for (const kind of SEARCH_KINDS) {
        const uid = buildIndexName(this.indexes.prefix, kind, stamp);
        builds.push(uid);
        // Settings before documents: Meilisearch then indexes each document once.
        await this.indexes.ensureIndex(uid, settings[kind]);
        const index = this.meili.index(uid);
        const inFlight: { task: EnqueuedTaskPromise; read: number }[] = [];
        const settle = async () => {
          const { task, read } = inFlight.shift()!;
          assertTaskSucceeded(await task.waitTask(NO_TIMEOUT), `documents for ${uid}`);
          done += read;
          options.onProgress?.({ kind, done, total });
        };
        for await (const batch of this.source.allDocuments(kind, batchSize)) {
          documents[kind] += batch.documents.length;
          if (batch.documents.length === 0) {
            done += batch.read;
            continue;
          }
          inFlight.push({ task: index.addDocuments(batch.documents as never[], { primaryKey: 'id' }), read: batch.read });
          if (inFlight.length >= IN_FLIGHT) await settle();
        }
        while (inFlight.length > 0) await settle();
        options.onProgress?.({ kind, done, total });
      }

      const swaps = SEARCH_KINDS.map((kind, i) => ({ indexes: [this.indexes.indexName(kind), builds[i]] as [string, string], rename: false }));
      assertTaskSucceeded(await this.meili.swapIndexes(swaps).waitTask(NO_TIMEOUT), 'swap indexes');
      swapped = true;
      this.logger.log(`search: reindexed ${JSON.stringify(documents)} in ${Date.now() - started} ms`);
      return { documents, milliseconds: Date.now() - started };
    } finally {
      // After the swap these names hold the old indexes; before it, a half-built new one.
      for (const uid of builds) {
        await this.meili
          .deleteIndex(uid)
          .waitTask(NO_TIMEOUT)
          .catch((error: unknown) => this.logger.warn(`search: could not delete ${uid}: ${String(error)}`));
      }
      if (!swapped && builds.length > 0) this.logger.warn('search: reindex did not finish; the live indexes are unchanged');
      await runner.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
      // Wake the drainers of every instance: writes made meanwhile go to the new index now.
      await runner.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]).catch(() => undefined);
      await runner.release();
    }
  }
}
