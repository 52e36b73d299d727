import { EmailPipeline, waitFor } from '@asaka/testing';

// The worker is killed outright (OOM killer, node drained without grace) in the middle of a
// batch. A worker started afterwards must finish the batch: no mail lost, and a mail sent twice
// only when it was already with the SMTP server at the moment of the kill.

const CONCURRENCY = 20;
const LOCK_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('email pipeline when the worker is killed mid-batch', () => {
  let pipeline: EmailPipeline;

  beforeAll(async () => {
    pipeline = await EmailPipeline.start({
      // A short lock, so the jobs the dead worker held are found stalled within seconds.
      workerEnv: { NOTIFICATIONS_CONCURRENCY: String(CONCURRENCY), NOTIFICATIONS_LOCK_MS: String(LOCK_MS) },
    });
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  it('loses no mail when the worker dies by SIGKILL, and sends again at most the mails that were in flight', async () => {
    const { outbox, catcher } = pipeline;
    const ids = await outbox.enqueueNotices(500);
    const first = await pipeline.startWorker();
    await catcher.waitForCount(100, 30_000);

    first.kill('SIGKILL');
    const killedAt = Date.now();
    const exit = await first.exited;
    expect(exit.signal).toBe('SIGKILL');
    const deliveredAtKill = catcher.distinctNotificationIds().size;
    // Claimed and not recorded as sent: the most that can have reached SMTP without the row knowing.
    await sleep(300);
    const inFlightAtKill = (await outbox.statusCounts()).sending;

    const second = await pipeline.startWorker();
    const restartedAt = Date.now();
    await waitFor(() => ids.every((id) => catcher.mailsFor(id).length > 0), {
      timeoutMs: 60_000,
      description: 'every mail of the batch delivered after the restart',
      explain: async () => ({
        missing: ids.filter((id) => catcher.mailsFor(id).length === 0).length,
        statuses: await outbox.statusCounts(),
        worker: second.output().slice(-2000),
      }),
    });
    const recoveredAt = Math.max(...ids.map((id) => catcher.mailsFor(id)[0]!.receivedAt));
    await outbox.waitForStatus('sent', ids.length, 15_000);
    await sleep(LOCK_MS);

    const duplicates = catcher.duplicateCount();
    console.log(
      [
        `Worker SIGKILL: ${deliveredAtKill} of ${ids.length} mails delivered at the kill, ${inFlightAtKill} in flight (rows "sending");`,
        `duplicates after recovery: ${duplicates} (${[...catcher.duplicates().keys()].join(', ') || 'none'});`,
        `every mail delivered ${((recoveredAt - killedAt) / 1000).toFixed(1)} s after the kill,`,
        `${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the new worker was up`,
      ].join(' '),
    );

    expect(catcher.distinctNotificationIds()).toEqual(new Set(ids));
    expect(await outbox.statusCounts()).toMatchObject({ sent: ids.length, pending: 0, queued: 0, sending: 0, failed: 0 });
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKill);
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    for (const id of catcher.duplicates().keys()) {
      // A duplicate carries the same Message-ID, so a mail client can recognise it as the same mail.
      expect(new Set(catcher.mailsFor(id).map((m) => m.messageId)).size).toBe(1);
    }
  });
});
