import { EmailPipeline, waitForEmailQueueToDrain } from '@asaka/testing';

// Two worker replicas over one outbox and one queue, as on Kubernetes: both relay and both send,
// and every mail still goes out exactly once.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('email pipeline with two workers', () => {
  let pipeline: EmailPipeline;

  beforeAll(async () => {
    pipeline = await EmailPipeline.start({ workerEnv: { NOTIFICATIONS_RELAY_INTERVAL_MS: '100', NOTIFICATIONS_RELAY_BATCH: '100' } });
    await Promise.all([pipeline.startWorker(), pipeline.startWorker()]);
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  it('sends each of 1,000 mails exactly once while both workers relay and send side by side', async () => {
    const { outbox, catcher } = pipeline;
    const ids: string[] = [];
    for (let round = 0; round < 10; round += 1) ids.push(...(await outbox.enqueueNotices(100, { to: (i) => `user-${round * 100 + i}@example.test` })));

    await catcher.waitForCount(1000, 60_000);
    await outbox.waitForStatus('sent', 1000, 30_000);
    await waitForEmailQueueToDrain(pipeline.redisUrl, pipeline.queuePrefix);
    await sleep(1_000);

    expect(catcher.messages).toHaveLength(1000);
    expect(catcher.duplicates()).toEqual(new Map());
    expect(catcher.distinctNotificationIds()).toEqual(new Set(ids));

    const attempts: { worker: string; outcome: string; n: string }[] = await outbox.dataSource.query(
      `SELECT worker, outcome, count(*) AS n FROM notification_attempt GROUP BY worker, outcome ORDER BY worker`,
    );
    const perWorker = Object.fromEntries(attempts.map((a) => [a.worker, Number(a.n)]));
    console.log(`Two workers: 1000 mails, ${catcher.duplicateCount()} duplicates; sent per worker: ${JSON.stringify(perWorker)}`);
    expect(attempts.every((a) => a.outcome === 'sent')).toBe(true);
    expect(Object.values(perWorker).reduce((a, b) => a + b, 0)).toBe(1000);
    // Both replicas really took part, so "exactly once" was tested under competition.
    for (const { pid } of pipeline.workers) expect(Object.keys(perWorker).some((worker) => worker.endsWith(`:${pid}`))).toBe(true);
    // No row was ever claimed twice.
    const claims: { max: number }[] = await outbox.dataSource.query(`SELECT max(attempts) AS max FROM notification`);
    expect(claims[0]?.max).toBe(1);
  });
});
