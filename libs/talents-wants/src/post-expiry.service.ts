import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsService, SearchOutbox } from '@buurtbrug/core';
import { DataSource } from 'typeorm';
import { PostStatus } from './post-status.js';
import { PostExpired, PostExpiringSoon } from './talents-wants.events.js';

export const EXPIRE_POSTS_JOB = 'talents-wants.expire-posts';
export const REMIND_EXPIRING_POSTS_JOB = 'talents-wants.remind-expiring-posts';

/** Rows per transaction: keeps locks short when many posts expire at once (say after downtime). */
const BATCH = 200;

/**
 * The two hourly jobs that keep the board current: open posts past their date expire (and leave
 * the search index), and a week before that their author is asked once whether the post still
 * stands. Both work on whatever is due in the database, so a missed hour is caught up next time,
 * and two workers never take the same post (SKIP LOCKED).
 */
@Injectable()
export class PostExpiryService implements OnModuleInit {
  private readonly logger = new Logger(PostExpiryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly outbox: SearchOutbox,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    this.jobs.register(EXPIRE_POSTS_JOB, () => this.expireDue(), { cron: '5 * * * *' });
    this.jobs.register(REMIND_EXPIRING_POSTS_JOB, () => this.remindExpiringSoon(), { cron: '35 * * * *' });
  }

  /** OPEN → EXPIRED for every open post past its date; returns the expired post ids. */
  async expireDue(): Promise<string[]> {
    const expired: string[] = [];
    for (;;) {
      const rows = await this.dataSource.transaction(async (manager) => {
        const batch = (await manager.query(
          `WITH due AS (
             SELECT id FROM post
              WHERE status = $1 AND expires_at <= now()
              ORDER BY expires_at
              LIMIT $3
              FOR UPDATE SKIP LOCKED
           ), changed AS (
             UPDATE post p SET status = $2, updated_at = now() FROM due WHERE p.id = due.id
             RETURNING p.id, p.author_id
           )
           SELECT id, author_id FROM changed`,
          [PostStatus.OPEN, PostStatus.EXPIRED, BATCH],
        )) as { id: string; author_id: string }[];
        await this.outbox.record(
          manager,
          batch.map((row) => ({ kind: 'post' as const, id: row.id, op: 'delete' as const })),
        );
        return batch;
      });
      for (const row of rows) this.events.emit(PostExpired.eventName, new PostExpired({ postId: row.id, authorId: row.author_id }));
      expired.push(...rows.map((row) => row.id));
      if (rows.length < BATCH) break;
    }
    if (expired.length) this.logger.log(`expired ${expired.length} post(s)`);
    return expired;
  }

  /**
   * One "Staat je bericht nog?" per post and expiry date: the reminder is recorded on the post
   * in the same statement that picks it, so a second run (or a second worker) finds nothing.
   * Returns the reminded post ids.
   */
  async remindExpiringSoon(): Promise<string[]> {
    const reminded: string[] = [];
    for (;;) {
      const rows = (await this.dataSource.query(
        `WITH due AS (
           SELECT id FROM post
            WHERE status = $1 AND reminder_sent_at IS NULL
              AND expires_at > now() AND expires_at <= now() + interval '7 days'
            ORDER BY expires_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
         ), marked AS (
           UPDATE post p SET reminder_sent_at = now() FROM due WHERE p.id = due.id
           RETURNING p.id, p.author_id, p.expires_at
         )
         SELECT id, author_id, expires_at FROM marked`,
        [PostStatus.OPEN, BATCH],
      )) as { id: string; author_id: string; expires_at: Date }[];
      for (const row of rows) {
        this.events.emit(
          PostExpiringSoon.eventName,
          new PostExpiringSoon({ postId: row.id, authorId: row.author_id, expiresAt: row.expires_at }),
        );
      }
      reminded.push(...rows.map((row) => row.id));
      if (rows.length < BATCH) break;
    }
    if (reminded.length) this.logger.log(`reminded the authors of ${reminded.length} post(s)`);
    return reminded;
  }
}
