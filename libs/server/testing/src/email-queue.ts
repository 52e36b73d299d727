import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { EMAIL_QUEUE } from '@asaka/notifications';
import { waitFor } from './wait-for';

/** A queue prefix of one test file's own, so files share the run's Redis without seeing each other's jobs. */
export function testQueuePrefix(): string {
  return `test-${randomBytes(5).toString('hex')}`;
}

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run integration tests through `npm test` or `jest --selectProjects integration`.');
  return url;
}

export type EmailQueueCounts = Record<'waiting' | 'active' | 'delayed' | 'prioritized' | 'completed' | 'failed' | 'waiting-children', number>;

/** The email queue's job counts, read with a short-lived connection. */
export async function emailQueueCounts(redisUrl: string, prefix: string): Promise<EmailQueueCounts> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: true });
  connection.on('error', () => undefined);
  const queue = new Queue(EMAIL_QUEUE, { connection, prefix });
  queue.on('error', () => undefined);
  try {
    return (await queue.getJobCounts(
      'waiting',
      'active',
      'delayed',
      'prioritized',
      'completed',
      'failed',
      'waiting-children',
    )) as EmailQueueCounts;
  } finally {
    await queue.close().catch(() => undefined);
    connection.disconnect();
  }
}

/**
 * Waits until no email job is waiting, active or delayed (twenty's wait-for-all-jobs-to-finish):
 * every relayed mail has been sent, has failed for good, or was dropped.
 */
export async function waitForEmailQueueToDrain(redisUrl: string, prefix: string, timeoutMs = 30_000): Promise<void> {
  let last: EmailQueueCounts | undefined;
  await waitFor(
    async () => {
      last = await emailQueueCounts(redisUrl, prefix);
      return last.waiting + last.active + last.delayed + last.prioritized === 0;
    },
    { timeoutMs, intervalMs: 100, description: `email queue ${prefix} drained`, explain: () => last },
  );
}

/** Deletes every key under the prefix (jobs, heartbeats), in bounded SCAN rounds. */
export async function removeQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined);
  try {
    let cursor = '0';
    for (let round = 0; round < 10_000; round += 1) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
}
