import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmailPipeline, emailQueueCounts, freePort, startRedisServer, waitFor, type RedisServer } from '@asaka/testing';

// Redis stops (a restart, a failover, an upgrade) while people keep using the portal. Their
// actions must still succeed, since enqueueing is only a row in PostgreSQL, and every mail must go
// out shortly after Redis is back. This file runs its own redis-server, persisted to an
// append-only file like production's, so it can be stopped and started on the same port and data.

const RECOVERY_BUDGET_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('email pipeline when Redis goes down', () => {
  let port: number;
  let dataDir: string;
  let redis: RedisServer | undefined;
  let pipeline: EmailPipeline | undefined;

  beforeAll(async () => {
    port = await freePort();
    dataDir = path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), `redis-outage-${process.pid}-${port}`);
    redis = await startRedisServer({ port, dataDir });
    pipeline = await EmailPipeline.start({ redisUrl: redis.url });
    // Production settings on purpose. With the default NOTIFICATIONS_LOCK_MS (15 s, which is also
    // the stalled-job check interval) jobs that Redis had just handed to the worker when it stopped,
    // whose replies were lost, wait for the stalled-job check: 20–40 s after Redis is back. When the
    // stop hits that moment this test fails, as it should.
    await pipeline.startWorker();
  });

  afterAll(async () => {
    try {
      // Cleanup removes this pipeline's keys, so Redis must be up for it.
      if (redis === undefined && port !== undefined) redis = await startRedisServer({ port, dataDir }).catch(() => undefined);
      await pipeline?.close();
    } finally {
      await redis?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('accepts mail while Redis is down and delivers every one within 30 s of Redis coming back', async () => {
    if (!pipeline || !redis) throw new Error('setup failed');
    const { outbox, catcher } = pipeline;

    const before = await outbox.enqueueNotices(20, { to: (i) => `before-${i}@example.test` });
    await catcher.waitForCount(20, 15_000);

    // Redis stops while mail is flowing: these are caught anywhere along the way (pending, queued,
    // being sent, being marked done), including jobs Redis had just handed to the worker.
    const justBefore = await outbox.enqueueNotices(200, { to: (i) => `just-before-${i}@example.test` });
    await catcher.waitForCount(20 + 50, 15_000);
    await redis.stop();
    redis = undefined;
    const stoppedAt = Date.now();
    const atStop = await outbox.statusCounts();

    const during: string[] = [];
    const enqueueTimes: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const started = performance.now();
      during.push(...(await outbox.enqueueNotices(60, { to: (i) => `during-${round}-${i}@example.test` })));
      enqueueTimes.push(performance.now() - started);
    }
    // An enqueue is one transaction on PostgreSQL: as quick with Redis down as with it up.
    expect(Math.max(...enqueueTimes)).toBeLessThan(1_000);

    await sleep(4_000);
    const arrivedWhileDown = catcher.messages.filter((m) => m.to.some((to) => to.startsWith('during-'))).length;
    expect(arrivedWhileDown).toBe(0);
    expect((await outbox.statusCounts()).pending).toBeGreaterThanOrEqual(during.length);
    const worker = pipeline.workers[0];
    expect(worker?.running).toBe(true);

    redis = await startRedisServer({ port, dataDir });
    const backAt = Date.now();
    const expected = new Set([...before, ...justBefore, ...during]);
    await waitFor(() => [...expected].every((id) => catcher.mailsFor(id).length > 0), {
      timeoutMs: 60_000,
      intervalMs: 50,
      description: `all ${expected.size} mails after Redis came back`,
      explain: async () => ({
        missing: [...expected].filter((id) => catcher.mailsFor(id).length === 0),
        statuses: await outbox.statusCounts(),
        queue: await emailQueueCounts(redis?.url ?? '', pipeline?.queuePrefix ?? '').catch((e: Error) => e.message),
        worker: pipeline?.workerOutput().slice(-2000),
      }),
    });
    const arrival = new Map([...expected].map((id) => [id, catcher.mailsFor(id)[0]!.receivedAt - backAt]));
    const recoveredMs = Math.max(...arrival.values());
    const late = [...arrival].filter(([, ms]) => ms > 10_000).map(([id, ms]) => `${id} (${(ms / 1000).toFixed(1)} s)`);

    console.log(
      [
        `Redis outage: ${during.length} mails enqueued while Redis was down (slowest transaction of 60: ${Math.max(...enqueueTimes).toFixed(0)} ms),`,
        `Redis down for ${((backAt - stoppedAt) / 1000).toFixed(1)} s`,
        `(outbox at the stop: ${atStop.pending} pending, ${atStop.queued} queued, ${atStop.sending} sending, ${atStop.sent} sent);`,
        `all ${expected.size} mails delivered ${(Math.max(recoveredMs, 0) / 1000).toFixed(1)} s after Redis came back (budget ${RECOVERY_BUDGET_MS / 1000} s),`,
        `duplicates: ${catcher.duplicateCount()};`,
        `later than 10 s: ${late.length ? late.join(', ') : 'none'}`,
      ].join(' '),
    );
    expect(recoveredMs).toBeLessThanOrEqual(RECOVERY_BUDGET_MS);
    await outbox.waitForStatus('sent', expected.size, 10_000);
    expect(catcher.distinctNotificationIds().size).toBe(expected.size);
    // The database was up the whole time, so every send was recorded: nothing to send twice.
    expect(catcher.duplicateCount()).toBe(0);
  });
});
