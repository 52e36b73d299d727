import type { Redis } from 'ioredis';

export const HEARTBEAT_INTERVAL_MS = 5_000;
export const HEARTBEAT_FRESH_MS = 30_000;

const key = (prefix: string) => `${prefix}:worker-heartbeats`;

/** A worker writes its heartbeat every few seconds; health checks read whether any is fresh. */
export async function beat(redis: Redis, prefix: string, workerId: string, now = Date.now()): Promise<void> {
  await redis
    .multi()
    .zadd(key(prefix), now, workerId)
    .zremrangebyscore(key(prefix), 0, now - 10 * HEARTBEAT_FRESH_MS)
    .exec();
}

export async function liveWorkers(redis: Redis, prefix: string, now = Date.now()): Promise<number> {
  return redis.zcount(key(prefix), now - HEARTBEAT_FRESH_MS, '+inf');
}

export async function removeHeartbeat(redis: Redis, prefix: string, workerId: string): Promise<void> {
  await redis.zrem(key(prefix), workerId);
}
