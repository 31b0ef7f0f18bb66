import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Redis } from 'ioredis';
import { PUB_SUB } from './pubsub.provider.js';

/**
 * Who is listening right now, per topic (say: residents with an open `matchProposed`
 * subscription). Work that fans out to many people uses it to serve those who are watching
 * first; it never decides *whether* someone gets something, only in which order. With REDIS_URL
 * the counts live in one Redis hash per topic, so a worker sees the listeners of every API
 * instance; an instance that dies without saying goodbye leaves counts behind, which only costs
 * a little ordering.
 */
@Injectable()
export class SubscriberPresence {
  private readonly logger = new Logger(SubscriberPresence.name);
  private readonly local = new Map<string, Map<string, number>>();
  private readonly redis: Redis | null;

  constructor(@Inject(PUB_SUB) pubSub: PubSubEngine) {
    this.redis = pubSub instanceof RedisPubSub ? (pubSub.getPublisher() as Redis) : null;
  }

  /** Counts `key` as listening on `topic` until the returned function is called (once is enough). */
  enter(topic: string, key: string): () => void {
    this.adjust(topic, key, 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.adjust(topic, key, -1);
    };
  }

  /** Wraps a subscription's iterator so `key` counts as listening until the client stops. */
  listen<T>(topic: string, key: string, iterator: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    const leave = this.enter(topic, key);
    return {
      next: () => iterator.next(),
      return: (value?: unknown) => {
        leave();
        return iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value: undefined as T });
      },
      throw: (error?: unknown) => {
        leave();
        return iterator.throw ? iterator.throw(error) : Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Everyone listening on `topic` right now (on any instance, with Redis). */
  async listeners(topic: string): Promise<string[]> {
    if (!this.redis) return [...(this.local.get(topic)?.keys() ?? [])];
    try {
      const counts = await this.redis.hgetall(this.hashKey(topic));
      return Object.keys(counts).filter((key) => Number(counts[key]) > 0);
    } catch (error) {
      this.logger.warn(`presence unavailable: ${(error as Error).message}`);
      return [];
    }
  }

  /** Those of `keys` that listen on `topic` (on any instance, with Redis). */
  async present(topic: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    if (!this.redis) {
      const counts = this.local.get(topic);
      return new Set(counts ? keys.filter((k) => (counts.get(k) ?? 0) > 0) : []);
    }
    try {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += 5_000) {
        const chunk = keys.slice(i, i + 5_000);
        const values = await this.redis.hmget(this.hashKey(topic), ...chunk);
        values.forEach((value, j) => {
          if (Number(value) > 0) found.add(chunk[j]);
        });
      }
      return found;
    } catch (error) {
      this.logger.warn(`presence unavailable: ${(error as Error).message}`);
      return new Set();
    }
  }

  private adjust(topic: string, key: string, delta: number): void {
    if (this.redis) {
      this.redis.hincrby(this.hashKey(topic), key, delta).catch((error: Error) => this.logger.warn(`presence: ${error.message}`));
      return;
    }
    const counts = this.local.get(topic) ?? new Map<string, number>();
    this.local.set(topic, counts);
    const next = (counts.get(key) ?? 0) + delta;
    if (next > 0) counts.set(key, next);
    else counts.delete(key);
  }

  private hashKey(topic: string): string {
    return `buurtbrug:presence:${topic}`;
  }
}
