import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { EMAIL_QUEUE_TOKEN } from './email-queue.provider';
import { jobIdFor, SendEmailJob } from './email-queue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves committed outbox rows that are due onto the queue. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so any number of workers can relay side by side, and each job's id is
 * derived from its row, so relaying a row twice (a crash between adding and committing) adds it once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private lastSweep = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMAIL_QUEUE_TOKEN) private readonly queue: Queue<SendEmailJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private jobOptions(notificationId: string): JobsOptions {
    const { maxAttempts, backoffMs } = this.config.notifications;
    return {
      jobId: jobIdFor(notificationId),
      attempts: maxAttempts,
      backoff: { type: 'exponential', delay: backoffMs },
      // The outbox row is the record; a finished job only needs to be gone so its id can be reused.
      removeOnComplete: true,
      removeOnFail: true,
    };
  }

  private async run(): Promise<void> {
    const { relayIntervalMs, relayBatch } = this.config.notifications;
    let failures = 0;
    while (this.running) {
      try {
        const relayed = await this.relayDue();
        if (Date.now() - this.lastSweep > 60_000) await this.requeueStale();
        failures = 0;
        if (relayed < relayBatch) await sleep(relayIntervalMs);
      } catch (error) {
        failures += 1;
        // Redis or PostgreSQL unavailable: rows stay pending and are relayed once it is back.
        if (failures === 1 || failures % 20 === 0) this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
        await sleep(Math.min(relayIntervalMs * 2 ** Math.min(failures, 4), 5_000));
      }
    }
  }

  /** One batch of due rows onto the queue. Returns how many were relayed. */
  async relayDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM notification
         WHERE status = 'pending' AND send_at <= now()
         ORDER BY send_at, id
         LIMIT $1
         FOR UPDATE SKIP LOCKED`,
        [this.config.notifications.relayBatch],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => String(row.id));
      await this.queue.addBulk(ids.map((id) => ({ name: 'send-email', data: { notificationId: id }, opts: this.jobOptions(id) })));
      await manager.query(`UPDATE notification SET status = 'queued', queued_at = now(), updated_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
      return ids.length;
    });
  }

  /**
   * Rows queued or sending for too long have lost their job (Redis restarted without its data,
   * or a job was removed by hand). The queue ignores ids it still holds, so re-adding is safe.
   */
  async requeueStale(): Promise<number> {
    this.lastSweep = Date.now();
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM notification
         WHERE status IN ('queued', 'sending') AND updated_at < now() - make_interval(secs => $1)
         ORDER BY updated_at
         LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [this.config.notifications.staleAfterMs / 1000, this.config.notifications.relayBatch],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => String(row.id));
      await this.queue.addBulk(ids.map((id) => ({ name: 'send-email', data: { notificationId: id }, opts: this.jobOptions(id) })));
      await manager.query(`UPDATE notification SET updated_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
      this.logger.warn(`re-queued ${ids.length} stale notification(s)`);
      return ids.length;
    });
  }
}
