import { EventEmitter } from 'node:events';
import { Logger, type Provider } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { RuntimeConfig } from '../config/runtime-config.js';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Subscriptions fan out in-process by default; with REDIS_URL through Redis, so several API
 * instances behind a load balancer behave as one.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [RuntimeConfig],
  useFactory: (runtime: RuntimeConfig): PubSubEngine => {
    const url = runtime.app.REDIS_URL;
    // One listener per subscription on the same trigger: thousands are normal, not a leak.
    if (!url) return new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) });
    const logger = new Logger('PubSub');
    const connect = () => {
      const client = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
      client.on('error', (error) => logger.warn(`redis: ${error.message}`));
      return client;
    };
    return new RedisPubSub({ publisher: connect(), subscriber: connect() });
  },
};

export async function closePubSub(engine: PubSubEngine): Promise<void> {
  if (engine instanceof RedisPubSub) await engine.close();
}
