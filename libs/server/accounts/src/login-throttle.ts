import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, createFailFastRedis } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { AccountErrors } from './accounts.errors';

/** 429 with Retry-After: the seconds until the blocked key may try again. */
function tooManyAttempts(retryAfterSeconds: number) {
  return AccountErrors.TOO_MANY_ATTEMPTS().withHeaders({ 'retry-after': String(retryAfterSeconds) });
}

function limiter(redis: Redis, prefix: string, keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:${keyPrefix}`,
    points,
    duration: durationSeconds,
    // Redis down: count in this process rather than stop throttling or refuse every sign-in.
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds }),
  });
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Throttling without lock-out: failures are counted per account and per client address; past the
 * limit that account (or address) waits, while other accounts, even from the same address, can
 * still sign in. Password-reset mails are limited per address.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;
  private readonly resetMails: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createFailFastRedis(config.redis.url, 'asaka-throttle');
    const prefix = config.redis.queuePrefix;
    this.perAccount = limiter(this.redis, prefix, 'login-fail-account', 5, 15 * 60);
    this.perAddress = limiter(this.redis, prefix, 'login-fail-ip', 100, 60 * 60);
    this.resetMails = limiter(this.redis, prefix, 'password-reset-mail', 3, 60 * 60);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  /** Throws 429 when this account or this address has failed too often. */
  async assertMayTry(accountKey: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(accountKey), this.perAddress.get(ip)]);
    const blocked = [
      account && account.consumedPoints >= this.perAccount.points ? account : undefined,
      address && address.consumedPoints >= this.perAddress.points ? address : undefined,
    ].filter((r): r is RateLimiterRes => r !== undefined);
    if (blocked.length > 0) throw tooManyAttempts(Math.max(...blocked.map(retryAfter)));
  }

  async recordFailure(accountKey: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey, 1), this.perAddress.penalty(ip, 1)]);
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }

  /** Counts a reset mail for this address; throws 429 past 3 an hour. */
  async consumeResetMail(emailKey: string): Promise<void> {
    try {
      await this.resetMails.consume(emailKey, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooManyAttempts(retryAfter(error));
      throw error;
    }
  }
}

