import { randomBytes } from 'node:crypto';
import { EmailPipeline, emailQueueCounts, waitFor, waitForEmailQueueToDrain } from '@asaka/testing';

// The queued-email pipeline end to end, as it runs in production: rows committed to the outbox by
// NotificationsService, the real worker process relaying them to BullMQ on real Redis and sending
// them over SMTP to a catcher that plays the recipients' mail server.

const BACKOFF_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = (label: string) => `${label}:${randomBytes(4).toString('hex')}`;

describe('email pipeline', () => {
  let pipeline: EmailPipeline;

  beforeAll(async () => {
    pipeline = await EmailPipeline.start({
      workerEnv: { NOTIFICATIONS_BACKOFF_MS: String(BACKOFF_MS), NOTIFICATIONS_RELAY_INTERVAL_MS: '200' },
    });
    await pipeline.startWorker();
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  beforeEach(() => pipeline.catcher.clear());

  /** Nothing more is on its way: the queue is empty and a relay tick has passed. */
  const settle = async () => {
    await waitForEmailQueueToDrain(pipeline.redisUrl, pipeline.queuePrefix, 30_000);
    await sleep(500);
  };

  it('delivers every committed notification exactly once, and nothing from transactions that rolled back', async () => {
    const { outbox, catcher } = pipeline;
    const committed: string[] = [];
    const rolledBack: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      committed.push(...(await outbox.enqueueNotices(100, { to: (i) => `user-${round * 100 + i}@example.test` })));
      if (round % 5 === 0) rolledBack.push(...(await outbox.enqueueNoticesAndRollBack(50, { to: (i) => `rolled-back-${round}-${i}@example.test` })));
    }
    expect(committed).toHaveLength(1000);
    expect(rolledBack).toHaveLength(100);

    await catcher.waitForCount(1000, 60_000);
    await outbox.waitForStatus('sent', 1000, 30_000);
    await settle();

    expect(catcher.messages).toHaveLength(1000);
    expect(catcher.duplicates()).toEqual(new Map());
    expect(new Set(catcher.messages.map((m) => m.messageId)).size).toBe(1000);
    expect([...catcher.distinctNotificationIds()].sort()).toEqual([...committed].sort());
    committed.forEach((id, index) => {
      const [mail] = catcher.mailsFor(id);
      expect(mail?.to).toEqual([`user-${index}@example.test`]);
      expect(mail?.messageId).toBe(`<notification-${id}@localhost>`);
    });
    expect(catcher.messages.some((m) => m.to.some((to) => to.startsWith('rolled-back-')))).toBe(false);
    expect(await outbox.countWhereIdIn(rolledBack)).toBe(0);
    expect(await outbox.statusCounts()).toMatchObject({ sent: 1000, pending: 0, queued: 0, sending: 0, failed: 0 });
  });

  it('renders the notice the recipient reads: subject, text and HTML in their language', async () => {
    const { outbox, catcher } = pipeline;
    const [id] = await outbox.enqueueNotices(1, { to: () => 'reader@example.test' });
    const [mail] = await catcher.waitForCount(1, 15_000);
    expect(mail).toMatchObject({ notificationId: id, to: ['reader@example.test'], subject: '【朝霞市】年末年始の窓口休業のお知らせ' });
    expect(mail?.headers['x-asaka-template']).toBe('notice');
    expect(mail?.text).toContain('12月29日から1月3日まで、産業振興課の窓口は休業いたします。');
    expect(mail?.html).toContain('<html lang="ja">');
    expect(mail?.html).toContain('href="http://localhost:3000/"');
  });

  it('retries a mail the SMTP server refuses for now (451 three times) and delivers it on the fourth attempt', async () => {
    const { outbox, catcher } = pipeline;
    catcher.failNext(3, 451);
    const [id] = await outbox.enqueueNotices(1, { to: () => 'patient@example.test' });
    if (!id) throw new Error('no id');

    await catcher.waitForCount(1, 20_000);
    await waitFor(async () => (await outbox.notification(id)).status === 'sent', { timeoutMs: 10_000, description: `notification ${id} sent` });

    expect(catcher.refused.map((r) => [r.notificationId, r.code])).toEqual([[id, 451], [id, 451], [id, 451]]);
    expect(catcher.mailsFor(id)).toHaveLength(1);
    const row = await outbox.notification(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 4, lastError: null, messageId: `<notification-${id}@localhost>` });
    const attempts = await outbox.attempts(id);
    expect(attempts.map((a) => [a.attempt, a.outcome])).toEqual([[1, 'retry'], [2, 'retry'], [3, 'retry'], [4, 'sent']]);
    for (const attempt of attempts.slice(0, 3)) expect(attempt.error).toMatch(/451 .*try again later/);
    expect(attempts[3]?.error).toBeNull();
    expect(attempts[3]?.smtpResponse).toMatch(/^250 /);
    // Exponential back-off: 200 + 400 + 800 ms at least between the first refusal and the delivery.
    const [first] = catcher.refused;
    expect(catcher.mailsFor(id)[0]!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(BACKOFF_MS * (1 + 2 + 4) - 50);
  });

  it('gives up on a mail the SMTP server refuses for good (550) after one attempt, and never sends it later', async () => {
    const { outbox, catcher } = pipeline;
    catcher.failAlways(550);
    const [id] = await outbox.enqueueNotices(1, { to: () => 'nobody@example.test' });
    if (!id) throw new Error('no id');

    await waitFor(async () => (await outbox.notification(id)).status === 'failed', { timeoutMs: 15_000, description: `notification ${id} failed` });
    const failed = await outbox.notification(id);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('550');

    // Several back-off periods later nothing was tried again, not even once the server accepts mail.
    await sleep(BACKOFF_MS * (1 + 2 + 4 + 8));
    catcher.acceptAll();
    await sleep(1_000);
    expect(catcher.refused).toHaveLength(1);
    expect(catcher.refused[0]).toMatchObject({ notificationId: id, code: 550 });
    expect(catcher.mailsFor(id)).toHaveLength(0);
    const attempts = await outbox.attempts(id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ attempt: 1, outcome: 'failed' });
    expect(attempts[0]?.error).toContain('550');
    expect(await outbox.notification(id)).toMatchObject({ status: 'failed', attempts: 1 });
    const queue = await emailQueueCounts(pipeline.redisUrl, pipeline.queuePrefix);
    expect(queue.waiting + queue.delayed + queue.active + queue.prioritized).toBe(0);
  });

  it('never sends a scheduled mail that is cancelled before its time, and sends the one beside it on time', async () => {
    const { outbox, catcher } = pipeline;
    const sendAt = new Date(Date.now() + 3_000);
    const kept = unique('reminder:kept');
    const cancelled = unique('reminder:cancelled');
    const keptRow = await outbox.enqueue({ ...outbox.notice(0, { to: () => 'kept@example.test' }), sendAt, dedupeKey: kept });
    const cancelledRow = await outbox.enqueue({ ...outbox.notice(0, { to: () => 'cancelled@example.test' }), sendAt, dedupeKey: cancelled });
    await sleep(1_000);
    expect(await outbox.cancel(cancelled)).toBe(true);

    const [mail] = await catcher.waitForCount(1, 15_000);
    expect(mail?.notificationId).toBe(keptRow.id);
    expect(mail!.receivedAt).toBeGreaterThanOrEqual(sendAt.getTime());
    expect(mail!.receivedAt).toBeLessThan(sendAt.getTime() + 3_000);

    await sleep(1_500);
    expect(catcher.mailsFor(cancelledRow.id)).toHaveLength(0);
    expect(catcher.messages).toHaveLength(1);
    expect((await outbox.notification(cancelledRow.id)).status).toBe('cancelled');
    expect(await outbox.attempts(cancelledRow.id)).toEqual([]);
    // Too late to cancel once it went out.
    expect(await outbox.cancel(kept)).toBe(false);
  });

  it('sends a rescheduled mail at its new time, not at the old one', async () => {
    const { outbox, catcher } = pipeline;
    const key = unique('reminder:moved');
    const oldTime = new Date(Date.now() + 3_000);
    const { id } = await outbox.enqueue({ ...outbox.notice(0, { to: () => 'moved@example.test' }), sendAt: oldTime, dedupeKey: key });
    await sleep(1_000);
    const newTime = new Date(Date.now() + 5_000);
    expect(await outbox.reschedule(key, newTime)).toBe(true);

    await sleep(newTime.getTime() - Date.now() - 500);
    expect(catcher.messages).toHaveLength(0);

    const [mail] = await catcher.waitForCount(1, 10_000);
    expect(mail?.notificationId).toBe(id);
    expect(mail!.receivedAt).toBeGreaterThanOrEqual(newTime.getTime());
    expect(mail!.receivedAt).toBeLessThan(newTime.getTime() + 3_000);
    await sleep(500);
    expect(catcher.mailsFor(id)).toHaveLength(1);
  });

  it('writes several mails in one statement: each result in the order given, an existing dedupeKey kept, and every new one delivered', async () => {
    const { outbox, catcher } = pipeline;
    const existingKey = unique('booking:43:confirmation:booker');
    const existing = await outbox.enqueue({ ...outbox.notice(0, { to: () => 'first@example.test' }), dedupeKey: existingKey });
    const results = await outbox.enqueueMany([
      { ...outbox.notice(1, { to: () => 'adviser@example.test' }), dedupeKey: unique('booking:43:confirmation:adviser') },
      { ...outbox.notice(2, { to: () => 'again@example.test' }), dedupeKey: existingKey },
      outbox.notice(3, { to: () => 'no-key@example.test' }),
    ]);
    expect(results.map((r) => r.created)).toEqual([true, false, true]);
    expect(results[1]).toEqual({ id: existing.id, created: false });
    expect(new Set(results.map((r) => r.id)).size).toBe(3);

    const delivered = await catcher.waitForCount(3, 15_000);
    await settle();
    expect(catcher.messages).toHaveLength(3);
    expect(delivered.map((m) => m.notificationId).sort()).toEqual([existing.id, results[0]!.id, results[2]!.id].sort());
  });

  it('sends one mail for one dedupeKey, however many times (and from however many transactions at once) it is enqueued', async () => {
    const { outbox, catcher } = pipeline;
    const key = unique('booking:42:confirmation');
    const mail = { ...outbox.notice(0, { to: () => 'once@example.test' }), dedupeKey: key };
    const first = await outbox.enqueue(mail);
    const again = await outbox.enqueue(mail);
    const racing = await Promise.all([1, 2, 3, 4].map(() => outbox.enqueue(mail)));
    expect(first.created).toBe(true);
    expect([again, ...racing]).toEqual(Array(5).fill({ id: first.id, created: false }));

    await catcher.waitForCount(1, 15_000);
    await settle();
    expect(catcher.messages).toHaveLength(1);
    expect(catcher.messages[0]?.notificationId).toBe(first.id);
    expect(await outbox.enqueue(mail)).toEqual({ id: first.id, created: false });
    await settle();
    expect(catcher.messages).toHaveLength(1);
  });
});
