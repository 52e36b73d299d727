import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { removeQueueKeys, testQueuePrefix, testRedisUrl } from '@asaka/testing';
import { DAILY_DIGEST_SCHEDULER_ID, registerDailyDigestSchedule, SAVED_SEARCH_DIGEST_QUEUE } from './daily-digest.job';

describe('the daily digest schedule', () => {
  const prefix = testQueuePrefix();
  let connection: Redis;
  let queue: Queue;

  beforeAll(() => {
    connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    queue = new Queue(SAVED_SEARCH_DIGEST_QUEUE, { connection, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    connection?.disconnect();
    await removeQueueKeys(testRedisUrl(), prefix);
  });

  it('runs every day at 08:00 Japan time, and registering it from every worker start keeps one schedule', async () => {
    await registerDailyDigestSchedule(queue);
    await registerDailyDigestSchedule(queue);

    expect(await queue.getJobSchedulersCount()).toBe(1);
    const scheduler = await queue.getJobScheduler(DAILY_DIGEST_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ pattern: '0 8 * * *', tz: 'Asia/Tokyo', name: 'send-daily-digests' });

    // The next run is the next 08:00 in Japan, i.e. 23:00 UTC, within a day from now.
    const next = new Date(Number(scheduler?.next));
    expect(next.toISOString()).toMatch(/T23:00:00\.000Z$/);
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    const [job] = await queue.getDelayed();
    expect(job?.name).toBe('send-daily-digests');
  });
});
