import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '@asaka/platform';
import { EmailTemplates, NotificationsService, noticeEmail, type EnqueueEmail, type NotificationStatus } from '@asaka/notifications';
import { waitFor } from './wait-for';

export type StatusCounts = Record<NotificationStatus, number>;

export interface NotificationRow {
  id: string;
  recipientEmail: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sendAt: Date;
  sentAt: Date | null;
  dedupeKey: string | null;
}

export interface AttemptRow {
  attempt: number;
  outcome: 'sent' | 'retry' | 'failed' | 'skipped';
  error: string | null;
  smtpResponse: string | null;
  worker: string;
}

export interface NoticeOptions {
  /** Recipient of the i-th notice (default `user-<i>@example.test`). */
  to?: (index: number) => string;
  sendAt?: Date;
  dedupeKey?: (index: number) => string;
  locale?: 'ja' | 'en';
}

const EMPTY_COUNTS: StatusCounts = { pending: 0, queued: 0, sending: 0, sent: 0, failed: 0, cancelled: 0, skipped: 0 };

/** Thrown inside a transaction to roll it back on purpose. */
class RollBack extends Error {}

/**
 * The outbox as a test sees it (the mail-side counterpart of novu's UserSession): enqueues notices
 * through the real NotificationsService inside real transactions, and reads back what became of them.
 */
export class OutboxSession {
  readonly notifications = new NotificationsService(new EmailTemplates());

  private constructor(readonly dataSource: DataSource) {}

  static async open(databaseUrl: string, poolSize = 4): Promise<OutboxSession> {
    // NotificationsService and these helpers speak SQL only: no entity metadata is needed, so the
    // session does not depend on which other contexts the notification entities relate to.
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl, [], poolSize)).initialize();
    return new OutboxSession(dataSource);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** A notice with the template's preview data, as a business change would enqueue it. */
  notice(index: number, options: NoticeOptions = {}): EnqueueEmail {
    return {
      to: options.to?.(index) ?? `user-${index}@example.test`,
      template: 'notice',
      locale: options.locale ?? 'ja',
      data: noticeEmail.preview,
      category: 'critical',
      sendAt: options.sendAt,
      dedupeKey: options.dedupeKey?.(index),
    };
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Enqueues `count` notices in one committed transaction; returns their ids. */
  async enqueueNotices(count: number, options: NoticeOptions = {}): Promise<string[]> {
    return this.transaction(async (manager) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) ids.push((await this.notifications.enqueue(manager, this.notice(i, options))).id);
      return ids;
    });
  }

  /** Enqueues `count` notices in a transaction that then fails and rolls back; returns the ids they had inside it. */
  async enqueueNoticesAndRollBack(count: number, options: NoticeOptions = {}): Promise<string[]> {
    const ids: string[] = [];
    try {
      await this.transaction(async (manager) => {
        for (let i = 0; i < count; i += 1) ids.push((await this.notifications.enqueue(manager, this.notice(i, options))).id);
        throw new RollBack('the business change failed');
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    return ids;
  }

  enqueue(mail: EnqueueEmail): Promise<{ id: string; created: boolean }> {
    return this.transaction((manager) => this.notifications.enqueue(manager, mail));
  }

  enqueueMany(mails: readonly EnqueueEmail[]): Promise<{ id: string; created: boolean }[]> {
    return this.transaction((manager) => this.notifications.enqueueMany(manager, mails));
  }

  cancel(dedupeKey: string): Promise<boolean> {
    return this.transaction((manager) => this.notifications.cancel(manager, dedupeKey));
  }

  reschedule(dedupeKey: string, sendAt: Date): Promise<boolean> {
    return this.transaction((manager) => this.notifications.reschedule(manager, dedupeKey, sendAt));
  }

  async statusCounts(): Promise<StatusCounts> {
    const rows: { status: NotificationStatus; n: string }[] = await this.dataSource.query(
      `SELECT status, count(*) AS n FROM notification GROUP BY status`,
    );
    const counts = { ...EMPTY_COUNTS };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  async countWhereIdIn(ids: string[]): Promise<number> {
    const rows: { n: string }[] = await this.dataSource.query(`SELECT count(*) AS n FROM notification WHERE id = ANY($1::bigint[])`, [ids]);
    return Number(rows[0]?.n ?? 0);
  }

  async notification(id: string): Promise<NotificationRow> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id::text AS "id", recipient_email AS "recipientEmail", status, attempts, last_error AS "lastError",
              message_id AS "messageId", send_at AS "sendAt", sent_at AS "sentAt", dedupe_key AS "dedupeKey"
       FROM notification WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw new Error(`notification ${id} does not exist`);
    return rows[0];
  }

  attempts(id: string): Promise<AttemptRow[]> {
    return this.dataSource.query(
      `SELECT attempt, outcome, error, smtp_response AS "smtpResponse", worker
       FROM notification_attempt WHERE notification_id = $1 ORDER BY attempt, id`,
      [id],
    );
  }

  /** Waits until `count` rows have status `status`. */
  async waitForStatus(status: NotificationStatus, count: number, timeoutMs = 30_000): Promise<StatusCounts> {
    let last = { ...EMPTY_COUNTS };
    await waitFor(
      async () => {
        last = await this.statusCounts();
        return last[status] >= count;
      },
      { timeoutMs, intervalMs: 100, description: `${count} notifications ${status}`, explain: () => last },
    );
    return last;
  }
}
