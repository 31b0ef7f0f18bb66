import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PUB_SUB } from '@buurtbrug/core';
import { WIJKEN_IMPORTED } from '@buurtbrug/wijken';
import type { PubSubEngine } from 'graphql-subscriptions';
import { ACTIVITY_CANCELLED, ACTIVITY_CHANGED, ACTIVITY_PUBLISHED, SIGN_UP_CHANGED, SIGN_UP_PROMOTED } from './activity.events.js';
import { PublicPageStore } from './public-page-cache.js';

/** Pub/sub topic on which instances tell each other to drop their public pages. */
export const PUBLIC_PAGES_INVALIDATED = 'activities.public-pages-invalidated';

/**
 * The public page cache of this API instance. Every change that can alter a public page
 * (an activity published, changed or cancelled, a sign-up that changes the places left, a
 * wijken import) drops all cached pages, here and, through PUB_SUB (Redis when REDIS_URL is
 * set), on every other instance. Changes no event announces (an organisation's details, time
 * passing) show within the store's TTL.
 */
@Injectable()
export class PublicPageCache implements OnModuleInit, OnModuleDestroy {
  readonly store = new PublicPageStore();
  private readonly logger = new Logger(PublicPageCache.name);
  private readonly instance = randomUUID();
  private subscription?: number;

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onModuleInit(): Promise<void> {
    this.subscription = await this.pubSub.subscribe(PUBLIC_PAGES_INVALIDATED, (message: { origin?: string }) => {
      if (message?.origin !== this.instance) this.store.invalidate();
    }, {});
  }

  onModuleDestroy(): void {
    if (this.subscription !== undefined) this.pubSub.unsubscribe(this.subscription);
  }

  @OnEvent(ACTIVITY_PUBLISHED)
  @OnEvent(ACTIVITY_CHANGED)
  @OnEvent(ACTIVITY_CANCELLED)
  @OnEvent(SIGN_UP_CHANGED)
  @OnEvent(SIGN_UP_PROMOTED)
  @OnEvent(WIJKEN_IMPORTED)
  invalidate(): void {
    this.store.invalidate();
    this.pubSub.publish(PUBLIC_PAGES_INVALIDATED, { origin: this.instance }).catch((error: unknown) => {
      // Other instances then serve their pages until the TTL ends; this one is already fresh.
      this.logger.warn(`could not tell other instances to drop their public pages: ${(error as Error).message}`);
    });
  }
}
