import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, createBlockingRedis, MailSender, PermanentMailError, signPayload } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import type { Locale } from '@asaka/domain';
import { EmailTemplates } from '../emails/email-templates';
import type { AttemptOutcome } from '../notification-attempt.entity';
import { Batcher } from './batcher';
import { EMAIL_QUEUE, SendEmailJob } from './email-queue';

interface ClaimedNotification {
  id: string;
  recipient_email: string;
  recipient_user_id: string | null;
  template: string;
  locale: Locale;
  data: unknown;
  category: 'critical' | 'optional';
  topic: string | null;
  attempts: number;
}

export const WORKER_ID = `${hostname()}:${process.pid}`;

/** The Message-ID names the outbox row, so a mail delivered twice can be recognised as one. */
export function messageIdFor(notificationId: string, baseUrl: string): string {
  return `<notification-${notificationId}@${new URL(baseUrl).hostname}>`;
}

/**
 * Sends one outbox row per job: claims the row (a row already sent or cancelled is left alone),
 * renders its template, hands it to SMTP and records the attempt. Temporary SMTP failures are
 * retried with exponential back-off; permanent ones (5xx) and the last attempt end as `failed`.
 */
@Injectable()
export class EmailProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailProcessor.name);
  private worker: Worker<SendEmailJob> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: EmailTemplates,
    private readonly sender: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { concurrency, lockMs } = this.config.notifications;
    this.worker = new Worker<SendEmailJob>(EMAIL_QUEUE, (job) => this.process(job), {
      connection: createBlockingRedis(this.config.redis.url, 'asaka-email-worker'),
      prefix: this.config.redis.queuePrefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 10,
    });
    this.worker.on('error', (error) => this.logger.warn(`email worker: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    // Waits for the mails in flight, so a graceful stop never leaves a row half-recorded.
    await this.worker?.close();
    await this.sender.close();
  }

  async process(job: Job<SendEmailJob>): Promise<void> {
    const id = job.data.notificationId;
    const startedAt = new Date();
    const notification = await this.claim(id);
    if (!notification) return;
    if (notification.category === 'optional') {
      const reason = await this.optionalMailRefusal(notification);
      if (reason) {
        await this.recordSkip(notification, startedAt, reason);
        return;
      }
    }

    let rendered;
    try {
      rendered = this.templates.render(notification.template, notification.data, notification.locale);
    } catch (error) {
      await this.recordFailure(notification, startedAt, 'failed', `render: ${(error as Error).message}`);
      throw new UnrecoverableError((error as Error).message);
    }

    let sent;
    try {
      sent = await this.sender.send({
        to: notification.recipient_email,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        attachments: rendered.attachments,
        messageId: messageIdFor(id, this.config.app.baseUrl),
        headers: { 'X-Asaka-Notification': id, 'X-Asaka-Template': notification.template, ...this.unsubscribeHeaders(notification) },
      });
    } catch (error) {
      const message = (error as Error).message;
      const permanent = error instanceof PermanentMailError;
      const last = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.recordFailure(notification, startedAt, last ? 'failed' : 'retry', message);
      throw permanent ? new UnrecoverableError(message) : error;
    }

    await this.record(notification, startedAt, 'sent', { status: 'sent', error: null, messageId: sent.messageId, smtpResponse: sent.response });
  }

  /**
   * Takes the row for sending. Nothing is claimed when it was already sent, failed or cancelled,
   * or when it was moved to a later time (it then goes back to the relay).
   */
  private claim(id: string): Promise<ClaimedNotification | undefined> {
    return this.claimer.add(id);
  }

  /** Why an optional mail must not go out now, or null when it may. */
  private async optionalMailRefusal(n: ClaimedNotification): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.status, p.enabled FROM user_account u
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.topic = $2
       WHERE u.id = $1`,
      [n.recipient_user_id, n.topic],
    )) as { status: string; enabled: boolean | null }[];
    if (!row || row.status !== 'active') return 'recipient account is not active';
    if (row.enabled === false) return `recipient turned off "${n.topic}"`;
    return null;
  }

  /** RFC 8058 one-click unsubscribe for optional mails: a signed link that needs no sign-in. */
  private unsubscribeHeaders(n: ClaimedNotification): Record<string, string> {
    if (n.category !== 'optional' || !n.recipient_user_id || !n.topic) return {};
    const token = signPayload(this.config.auth.cookieSecret, 'unsubscribe', { userId: n.recipient_user_id, topic: n.topic });
    const url = new URL(`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, this.config.app.baseUrl);
    return { 'List-Unsubscribe': `<${url.toString()}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  private async recordSkip(n: ClaimedNotification, startedAt: Date, reason: string) {
    await this.record(n, startedAt, 'skipped', { status: 'skipped', error: reason });
  }

  private async recordFailure(n: ClaimedNotification, startedAt: Date, outcome: 'retry' | 'failed', error: string) {
    await this.record(n, startedAt, outcome, { status: outcome === 'failed' ? 'failed' : 'queued', error });
    if (outcome === 'failed') this.logger.warn(`notification ${n.id} failed for good: ${error}`);
  }

  /**
   * Records the row's new state and the attempt. Results of jobs finishing together are written in
   * one statement; a job's promise settles only once its result is stored, so "job done" still means
   * "recorded" and the duplicate window does not grow.
   */
  private record(
    n: ClaimedNotification,
    startedAt: Date,
    outcome: AttemptOutcome,
    change: { status: 'sent' | 'queued' | 'failed' | 'skipped'; error: string | null; messageId?: string; smtpResponse?: string },
  ): Promise<void> {
    return this.recorder.add({
      id: n.id,
      status: change.status,
      error: change.error,
      message_id: change.messageId ?? null,
      attempt: n.attempts,
      outcome,
      smtp_response: change.smtpResponse ?? null,
      started_at: startedAt.toISOString(),
    });
  }

  private readonly recorder = new Batcher<Record<string, unknown>, void>(async (rows) => {
    await this.dataSource.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x(id bigint, status text, error text, message_id text, attempt int, outcome text, smtp_response text, started_at timestamptz)
       ), updated AS (
         UPDATE notification n
         SET status = i.status, last_error = i.error, message_id = COALESCE(i.message_id, n.message_id),
             sent_at = CASE WHEN i.status = 'sent' THEN now() ELSE n.sent_at END, updated_at = now()
         FROM input i WHERE n.id = i.id AND n.status = 'sending'
       )
       INSERT INTO notification_attempt (notification_id, attempt, outcome, error, smtp_response, worker, started_at)
       SELECT id, attempt, outcome, error, smtp_response, $2, started_at FROM input`,
      [JSON.stringify(rows), WORKER_ID],
    );
    return rows.map(() => undefined);
  });

  /**
   * Claims for jobs starting together go in one statement too. A row comes back only when it may
   * be sent now; the rest were sent, failed, cancelled, or moved to a later time (those go back to
   * the relay).
   */
  private readonly claimer = new Batcher<string, ClaimedNotification | undefined>(async (ids) => {
    const claimed = (await this.dataSource.query(
      `UPDATE notification SET status = 'sending', attempts = attempts + 1, updated_at = now()
       WHERE id = ANY($1::bigint[]) AND status IN ('pending', 'queued', 'sending') AND send_at <= now()
       RETURNING id, recipient_email, recipient_user_id, template, locale, data, category, topic, attempts`,
      [ids],
    )) as [ClaimedNotification[], number];
    const byId = new Map(claimed[0].map((row) => [String(row.id), { ...row, id: String(row.id) }]));
    const unclaimed = ids.filter((id) => !byId.has(id));
    if (unclaimed.length > 0) {
      await this.dataSource.query(
        `UPDATE notification SET status = 'pending', queued_at = NULL, updated_at = now()
         WHERE id = ANY($1::bigint[]) AND status IN ('queued', 'sending') AND send_at > now()`,
        [unclaimed],
      );
    }
    return ids.map((id) => byId.get(id));
  });

}
