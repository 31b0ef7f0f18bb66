import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { RuntimeConfig } from '@buurtbrug/core';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AuthError, AuthErrorCode } from './auth.errors.js';

const WINDOW_SECONDS = 15 * 60;

/**
 * Failed logins are counted per account and per IP address (in Redis when REDIS_URL is set,
 * so all API instances share the count). Past the limit every attempt is refused until the
 * window passes, even with the right password.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(runtime: RuntimeConfig) {
    if (runtime.app.REDIS_URL) {
      this.redis = new Redis(runtime.app.REDIS_URL, { enableOfflineQueue: false });
      this.redis.on('error', () => undefined);
      this.perAccount = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'login-acct', points: 10, duration: WINDOW_SECONDS });
      this.perIp = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: 'login-ip', points: 50, duration: WINDOW_SECONDS });
    } else {
      this.perAccount = new RateLimiterMemory({ keyPrefix: 'login-acct', points: 10, duration: WINDOW_SECONDS });
      this.perIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: 50, duration: WINDOW_SECONDS });
    }
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email.toLowerCase()), this.perIp.get(ip)]);
    if (isExhausted(account, 10) || isExhausted(address, 50)) {
      throw new AuthError(AuthErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed attempts. Try again in 15 minutes.');
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.allSettled([this.perAccount.penalty(email.toLowerCase(), 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email.toLowerCase()).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}

function isExhausted(res: RateLimiterRes | null, points: number): boolean {
  return res !== null && res.consumedPoints >= points;
}
