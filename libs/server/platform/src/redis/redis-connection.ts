import { Redis, RedisOptions } from 'ioredis';

/**
 * Connections for the API's quick checks and the outbox relay: they fail fast while Redis is
 * down (no offline queue, short timeouts) so a request or a relay tick never hangs on Redis.
 */
export function createFailFastRedis(url: string, name: string): Redis {
  const options: RedisOptions = {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 5000,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const redis = new Redis(url, options);
  // Errors surface on the commands; an unhandled 'error' event would crash the process.
  redis.on('error', () => undefined);
  return redis;
}

/** The long-lived connection BullMQ workers need: they block on Redis and must retry forever. */
export function createBlockingRedis(url: string, name: string): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', () => undefined);
  return redis;
}

/** Resolves once the connection is ready (a fail-fast connection refuses commands until then). */
export function whenReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error('redis not ready'));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
