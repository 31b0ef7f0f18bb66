import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { RuntimeConfig } from '@buurtbrug/core';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { SignalsError, SignalsErrorCode } from './signals.errors.js';

/** The public form: a few honest reports an hour from one address, not a flood. */
export const PUBLIC_SIGNALS_PER_HOUR = 5;
/** Partners file more (a library desk, a social work team), but a stolen account still cannot flood the wijk. */
export const PARTNER_SIGNALS_PER_HOUR = 60;
const WINDOW_SECONDS = 60 * 60;

/**
 * Rate limits for filing signals: per IP address for the public form, per account for partners.
 * In Redis when REDIS_URL is set, so every API instance shares the count (as the login throttle).
 */
@Injectable()
export class SignalThrottle implements OnModuleDestroy {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(runtime: RuntimeConfig) {
    if (runtime.app.REDIS_URL) {
      this.redis = new Redis(runtime.app.REDIS_URL, { enableOfflineQueue: false });
      this.redis.on('error', () => undefined);
      this.perIp = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'signal-ip', points: PUBLIC_SIGNALS_PER_HOUR, duration: WINDOW_SECONDS });
      this.perAccount = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'signal-acct', points: PARTNER_SIGNALS_PER_HOUR, duration: WINDOW_SECONDS });
    } else {
      this.perIp = new RateLimiterMemory({ keyPrefix: 'signal-ip', points: PUBLIC_SIGNALS_PER_HOUR, duration: WINDOW_SECONDS });
      this.perAccount = new RateLimiterMemory({ keyPrefix: 'signal-acct', points: PARTNER_SIGNALS_PER_HOUR, duration: WINDOW_SECONDS });
    }
  }

  /** Counts one filing; past the limit it is refused with TOO_MANY_REQUESTS before anything is stored. */
  async consume(key: { ip: string } | { accountId: string }): Promise<void> {
    const [limiter, id] = 'ip' in key ? [this.perIp, key.ip] : [this.perAccount, key.accountId];
    try {
      await limiter.consume(id, 1);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const minutes = Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000));
        throw new SignalsError(SignalsErrorCode.TOO_MANY_SIGNALS, `Too many reports from here. Try again in ${minutes} minutes.`);
      }
      // Redis unreachable: refusing a worried neighbour is worse than a missed count.
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
