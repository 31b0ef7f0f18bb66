import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchableKind } from '@buurtbrug/core';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { DataSource, type EntityManager } from 'typeorm';
import { isSearchUnavailable } from './search-client-errors.js';
import { SearchDocumentSource } from './search-source.service.js';
import { SearchIndexManager } from './search-index.manager.js';

/** Outbox rows per drain transaction. */
export const DRAIN_BATCH = 500;
/** While a reindex holds this lock exclusively, drains (which take it shared) leave the outbox alone. */
export const REINDEX_LOCK = 'buurtbrug:search:reindex';
/** The channel the outbox trigger (migration 1764000800000) notifies on every insert. */
export const OUTBOX_CHANNEL = 'search_outbox';
/** Longest wait between retries while Meilisearch is unreachable (a probe usually ends it sooner). */
const OUTAGE_BACKOFF_MAX_S = 30;
/** Longest wait between retries of a document Meilisearch refuses: keep it, but do not hammer. */
const REFUSED_BACKOFF_MAX_S = 600;
const TASK_WAIT = { timeout: 30_000, interval: 20 };

interface OutboxRow {
  seq: string;
  kind: SearchableKind;
  entityId: string;
  attempts: number;
}

/** What one drain transaction did. */
export interface DrainReport {
  /** Rows whose entity is now as PostgreSQL has it in the index (their rows are deleted). */
  processed: number;
  /** Rows kept for a later attempt (with backoff). */
  failed: number;
  /** Rows left alone because another drainer holds their entity right now. */
  skipped: number;
  /** Meilisearch could not be reached: everything is kept, retried when it is back. */
  unavailable: boolean;
  /** A reindex is running: nothing was touched. */
  blocked: boolean;
  /** There may be more due rows right now. */
  more: boolean;
}

const keyOf = (row: { kind: string; entityId: string }) => `${row.kind}:${row.entityId}`;

/**
 * Drains the search outbox into Meilisearch. Each batch is one transaction that:
 *  1. takes the reindex lock shared (a running reindex makes drains wait, so its fresh index
 *     misses nothing), then due rows with FOR UPDATE SKIP LOCKED (two instances never take the
 *     same row) and a per-entity advisory lock (two instances never write one document out of
 *     order);
 *  2. reads each entity's current state from PostgreSQL (an upsert of something that is now a
 *     draft, cancelled, closed, expired or deleted becomes a delete — order of rows is moot);
 *  3. sends the documents and deletions, waits until Meilisearch's tasks succeeded, and only then
 *     deletes the rows; on failure the rows stay with attempts + 1 and a backoff.
 */
@Injectable()
export class SearchSyncService {
  private readonly logger = new Logger(SearchSyncService.name);
  private running?: Promise<DrainReport>;
  private again = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meili: Meilisearch,
    private readonly indexes: SearchIndexManager,
    private readonly source: SearchDocumentSource,
  ) {}

  /**
   * Drains until nothing is due (or Meilisearch is away, or a reindex runs). Calls while a drain
   * runs in this process join it and make it go round once more, so a burst of writes costs a
   * few drains, not one each.
   */
  drain(): Promise<DrainReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      let total: DrainReport = { processed: 0, failed: 0, skipped: 0, unavailable: false, blocked: false, more: false };
      do {
        this.again = false;
        for (;;) {
          const report = await this.drainOnce();
          total = {
            processed: total.processed + report.processed,
            failed: total.failed + report.failed,
            skipped: total.skipped + report.skipped,
            unavailable: report.unavailable,
            blocked: report.blocked,
            more: report.more,
          };
          if (report.unavailable || report.blocked || !report.more || report.processed + report.failed === 0) break;
        }
      } while (this.again && !total.unavailable && !total.blocked);
      return total;
    })();
    this.running = run;
    return run.finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when no drain runs in this process (for a clean shutdown). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** One batch in one transaction (see the class comment). */
  async drainOnce(batchSize = DRAIN_BATCH): Promise<DrainReport> {
    const report: DrainReport = { processed: 0, failed: 0, skipped: 0, unavailable: false, blocked: false, more: false };
    await this.dataSource.transaction(async (manager) => {
      const [{ free }] = (await manager.query(`SELECT pg_try_advisory_xact_lock_shared(hashtextextended($1, 0)) AS free`, [REINDEX_LOCK])) as {
        free: boolean;
      }[];
      if (!free) {
        report.blocked = true;
        return;
      }
      const rows = (await manager.query(
        `SELECT seq, kind, entity_id AS "entityId", attempts FROM search_outbox
          WHERE next_attempt_at <= now() ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      )) as OutboxRow[];
      if (rows.length === 0) return;
      report.more = rows.length === batchSize;
      const keys = [...new Set(rows.map(keyOf))];
      const locked = new Set(
        (
          (await manager.query(`SELECT k FROM unnest($1::text[]) AS k WHERE pg_try_advisory_xact_lock(hashtextextended('search:' || k, 0))`, [
            keys,
          ])) as { k: string }[]
        ).map((row) => row.k),
      );
      const mine = rows.filter((row) => locked.has(keyOf(row)));
      report.skipped = rows.length - mine.length;
      if (report.skipped > 0) report.more = true;
      if (mine.length === 0) return;
      try {
        await this.indexes.ensureReady();
        const { refused, queued } = await this.apply(manager, mine);
        if (queued > 0) report.more = true;
        const done = mine.filter((row) => !refused.has(keyOf(row)));
        const kept = mine.filter((row) => refused.has(keyOf(row)));
        if (done.length > 0) await manager.query(`DELETE FROM search_outbox WHERE seq = ANY($1::bigint[])`, [done.map((row) => row.seq)]);
        if (kept.length > 0) await this.keep(manager, kept, REFUSED_BACKOFF_MAX_S, 'Meilisearch refused the document');
        report.processed = done.length;
        report.failed = kept.length;
      } catch (error) {
        report.unavailable = isSearchUnavailable(error);
        if (!report.unavailable) this.logger.error({ err: error }, 'search: draining the outbox failed; the rows are kept');
        const reason = error instanceof Error ? error.message : String(error);
        await this.keep(manager, mine, report.unavailable ? OUTAGE_BACKOFF_MAX_S : REFUSED_BACKOFF_MAX_S, reason);
        report.failed = mine.length;
        report.more = false;
      }
    });
    return report;
  }

  /** Seconds until the earliest kept row is due again; null when the outbox is empty. */
  async nextDueInSeconds(): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT greatest(0, extract(epoch FROM min(next_attempt_at) - now()))::float8 AS wait FROM search_outbox`,
    )) as { wait: number | null }[];
    return row?.wait ?? null;
  }

  /** After an outage: every kept row is due now (their backoff was about the outage, not them). */
  async retryNow(): Promise<void> {
    await this.dataSource.query(`UPDATE search_outbox SET next_attempt_at = now() WHERE next_attempt_at > now()`);
  }

  /**
   * Recurring activities carry their next dates, which move on as days pass, and a one-off that
   * ended must leave the index: queue them all once a day (the job is `search.refresh-dates`).
   */
  async queueActivityDateRefresh(): Promise<number> {
    const rows = (await this.dataSource.query(
      `INSERT INTO search_outbox (kind, entity_id, op)
       SELECT 'activity', id, 'upsert' FROM activity
        WHERE status = 'PUBLISHED'
          AND ((rrule IS NOT NULL AND (series_ends_at IS NULL OR series_ends_at > now() - interval '2 days'))
               OR (rrule IS NULL AND ends_at BETWEEN now() - interval '2 days' AND now()))
       RETURNING seq`,
    )) as unknown[];
    return rows.length;
  }

  /** Documents carry tag labels: when tags change, the activities and posts with them are re-sent. */
  async queueTagged(slugs: string[]): Promise<void> {
    if (slugs.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO search_outbox (kind, entity_id, op)
       SELECT 'activity', id, 'upsert' FROM activity WHERE status = 'PUBLISHED' AND tags && $1::text[]
       UNION ALL
       SELECT 'post', id, 'upsert' FROM post WHERE status = 'OPEN' AND tags && $1::text[]`,
      [slugs],
    );
  }

  /** Documents carry wijk names and centroids: after an import changed wijken, re-send what lies in them. */
  async queueInWijken(codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO search_outbox (kind, entity_id, op)
       SELECT 'activity', id, 'upsert' FROM activity WHERE status = 'PUBLISHED' AND wijk_code = ANY($1::text[])
       UNION ALL
       SELECT 'post', id, 'upsert' FROM post WHERE status = 'OPEN' AND wijk_code = ANY($1::text[])
       UNION ALL
       SELECT 'organisation', id, 'upsert' FROM organisation WHERE status = 'APPROVED' AND wijk_codes && $1::text[]`,
      [codes],
    );
  }

  /**
   * Sends the current state of these entities and waits for Meilisearch. Returns the keys of
   * entities whose task failed (Meilisearch refused the document); network failures throw.
   */
  private async apply(manager: EntityManager, rows: OutboxRow[]): Promise<{ refused: Set<string>; queued: number }> {
    const now = new Date();
    const byKind = new Map<SearchableKind, string[]>();
    for (const row of rows) {
      const ids = byKind.get(row.kind) ?? [];
      if (!ids.includes(row.entityId)) ids.push(row.entityId);
      byKind.set(row.kind, ids);
    }
    const writes: { kind: SearchableKind; upserts: object[]; deletes: string[] }[] = [];
    for (const [kind, ids] of byKind) {
      const documents = await this.source.documentsFor(kind, ids, now);
      const upserts = [...documents.values()].filter((document) => document !== null);
      const deletes = [...documents.entries()].filter(([, document]) => document === null).map(([id]) => id);
      writes.push({ kind, upserts, deletes });
    }
    // An organisation's name is in its activities' documents: when it changed, re-send those
    // (the index still has the old name until this batch is applied).
    const organisations = writes.find((w) => w.kind === 'organisation')?.upserts as { id: string; title: string }[] | undefined;
    let queued = 0;
    if (organisations?.length) {
      const indexed = await this.meili
        .index(this.indexes.indexName('organisation'))
        .getDocuments<{ id: string; title: string }>({ ids: organisations.map((o) => o.id), fields: ['id', 'title'], limit: organisations.length });
      const before = new Map(indexed.results.map((document) => [document.id, document.title]));
      const renamed = organisations.filter((o) => before.has(o.id) && before.get(o.id) !== o.title).map((o) => o.id);
      if (renamed.length > 0) {
        const inserted = (await manager.query(
          `INSERT INTO search_outbox (kind, entity_id, op)
           SELECT 'activity', id, 'upsert' FROM activity
            WHERE status = 'PUBLISHED' AND organisation_id = ANY($1::uuid[]) AND NOT (id = ANY($2::uuid[]))
           RETURNING seq`,
          [renamed, byKind.get('activity') ?? []],
        )) as unknown[];
        queued = inserted.length;
      }
    }

    const refused = new Set<string>();
    const batches = writes.flatMap(({ kind, upserts, deletes }) => {
      const index = this.meili.index(this.indexes.indexName(kind));
      const list: { kind: SearchableKind; ids: string[]; send: () => EnqueuedTaskPromise }[] = [];
      if (upserts.length > 0) {
        list.push({ kind, ids: upserts.map((d) => (d as { id: string }).id), send: () => index.addDocuments(upserts as never[], { primaryKey: 'id' }) });
      }
      if (deletes.length > 0) list.push({ kind, ids: deletes, send: () => index.deleteDocuments(deletes) });
      return list;
    });
    // Enqueue everything first, then wait: Meilisearch batches the tasks together.
    const enqueued = batches.map((batch) => ({ ...batch, task: batch.send() }));
    const tasks: Task[] = await Promise.all(enqueued.map((batch) => batch.task.waitTask(TASK_WAIT)));
    const failing = enqueued.filter((_, i) => tasks[i].status !== 'succeeded');
    // A refused batch is retried entity by entity, so one bad document does not hold up the rest.
    for (const batch of failing) {
      this.logger.warn(`search: a ${batch.kind} batch was refused (${tasks[enqueued.indexOf(batch)].error?.message}); retrying one by one`);
      const write = writes.find((w) => w.kind === batch.kind)!;
      const index = this.meili.index(this.indexes.indexName(batch.kind));
      for (const id of batch.ids) {
        const document = write.upserts.find((d) => (d as { id: string }).id === id);
        const task = await (document ? index.addDocuments([document as never], { primaryKey: 'id' }) : index.deleteDocuments([id])).waitTask(TASK_WAIT);
        if (task.status !== 'succeeded') {
          this.logger.error(`search: Meilisearch refused ${batch.kind} ${id}: ${task.error?.message}`);
          refused.add(`${batch.kind}:${id}`);
        }
      }
    }
    return { refused, queued };
  }

  private async keep(manager: EntityManager, rows: OutboxRow[], maxSeconds: number, reason: string): Promise<void> {
    await manager.query(
      `UPDATE search_outbox
          SET attempts = attempts + 1,
              next_attempt_at = now() + least(power(2, attempts), $2) * interval '1 second',
              last_error = $3
        WHERE seq = ANY($1::bigint[])`,
      [rows.map((row) => row.seq), maxSeconds, reason.slice(0, 500)],
    );
  }
}
