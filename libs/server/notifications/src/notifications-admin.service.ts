import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OPTIONAL_MAIL_TOPICS, OptionalMailTopic, toJapanIso } from '@asaka/domain';
import type { DeliveryLogEntry, DeliveryLogPage, DeliveryLogQuery, NotificationPreferences } from '@asaka/contracts';
import { APP_CONFIG, AuditService, CommonErrors, defineErrors, verifyPayload } from '@asaka/platform';
import type { AppConfig, Principal } from '@asaka/platform';

export const DeliveryErrors = defineErrors({
  NOT_RESENDABLE: { status: 409, ja: '送信に失敗したメールだけを再送できます。', en: 'Only a failed mail can be sent again.' },
  INVALID_UNSUBSCRIBE_LINK: { status: 400, ja: '配信停止のリンクが正しくありません。', en: 'This unsubscribe link is not valid.' },
});

const iso = (value: Date | null) => (value ? toJapanIso(new Date(value)) : null);

/** Mail preferences for each person, and the delivery log for staff. */
@Injectable()
export class NotificationsAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preferences(userId: string): Promise<NotificationPreferences> {
    const rows = (await this.dataSource.query(`SELECT topic, enabled FROM notification_preference WHERE user_id = $1`, [userId])) as {
      topic: OptionalMailTopic;
      enabled: boolean;
    }[];
    const chosen = new Map(rows.map((r) => [r.topic, r.enabled]));
    return { topics: OPTIONAL_MAIL_TOPICS.map((topic) => ({ topic, enabled: chosen.get(topic) ?? true })) };
  }

  async setPreferences(userId: string, topics: { topic: OptionalMailTopic; enabled: boolean }[]): Promise<NotificationPreferences> {
    await this.dataSource.transaction(async (manager) => {
      for (const { topic, enabled } of topics) {
        await manager.query(
          `INSERT INTO notification_preference (user_id, topic, enabled) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, topic) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()`,
          [userId, topic, enabled],
        );
        // Already queued mails of a topic just turned off are not sent either.
        if (!enabled) {
          await manager.query(
            `UPDATE notification SET status = 'cancelled', updated_at = now()
             WHERE recipient_user_id = $1 AND topic = $2 AND status IN ('pending', 'queued')`,
            [userId, topic],
          );
        }
      }
    });
    return this.preferences(userId);
  }

  /** RFC 8058 one-click unsubscribe: the signed token names the person and the topic. */
  async unsubscribe(token: string): Promise<void> {
    const payload = verifyPayload<{ userId: string; topic: OptionalMailTopic }>(this.config.auth.cookieSecret, 'unsubscribe', token);
    if (!payload || !(OPTIONAL_MAIL_TOPICS as readonly string[]).includes(payload.topic)) throw DeliveryErrors.INVALID_UNSUBSCRIBE_LINK();
    const [exists] = (await this.dataSource.query(`SELECT 1 FROM user_account WHERE id = $1`, [payload.userId])) as unknown[];
    if (!exists) throw DeliveryErrors.INVALID_UNSUBSCRIBE_LINK();
    await this.setPreferences(payload.userId, [{ topic: payload.topic, enabled: false }]);
  }

  /** The delivery log: what was sent, retried, failed or skipped, and why. Reading it is audited. */
  async deliveryLog(principal: Principal, query: DeliveryLogQuery): Promise<DeliveryLogPage> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.recipient) add(`lower(n.recipient_email) LIKE ?`, `%${query.recipient.normalize('NFKC').toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.template) add(`n.template = ?`, query.template);
    if (query.status) add(`n.status = ?`, query.status);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM notification n ${clause}`, params)) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.recipient_email, n.template, n.category, n.topic, n.status, n.attempts, n.last_error, n.message_id, n.send_at, n.sent_at, n.created_at,
              COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'outcome', a.outcome, 'error', a.error, 'smtpResponse', a.smtp_response,
                                                         'startedAt', a.started_at, 'finishedAt', a.finished_at) ORDER BY a.id)
                        FROM notification_attempt a WHERE a.notification_id = n.id), '[]') AS delivery_attempts
       FROM notification n ${clause}
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as Record<string, unknown>[];
    await this.audit.recordRead(principal, 'delivery-log', null, { recipient: query.recipient ?? null, template: query.template ?? null, page: query.page });
    return {
      items: rows.map((r) => this.toEntry(r)),
      total: count?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Sends a failed mail again: it goes back to the outbox with its history kept. */
  async resend(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [[row]] = (await manager.query(
        `UPDATE notification SET status = 'pending', send_at = now(), last_error = NULL, queued_at = NULL, updated_at = now()
         WHERE id = $1 AND status = 'failed' RETURNING id`,
        [id],
      )) as [{ id: string }[], number];
      if (!row) {
        const [exists] = (await manager.query(`SELECT 1 FROM notification WHERE id = $1`, [id])) as unknown[];
        throw exists ? DeliveryErrors.NOT_RESENDABLE() : CommonErrors.NOT_FOUND();
      }
      await this.audit.record(manager, principal, { action: 'notification.resend', targetType: 'notification', targetId: id, oldValue: { status: 'failed' }, newValue: { status: 'pending' } });
    });
  }

  private toEntry(r: Record<string, unknown>): DeliveryLogEntry {
    const attempts = r.delivery_attempts as { attempt: number; outcome: 'sent' | 'retry' | 'failed' | 'skipped'; error: string | null; smtpResponse: string | null; startedAt: string; finishedAt: string }[];
    return {
      id: String(r.id),
      recipientEmail: String(r.recipient_email),
      template: String(r.template),
      category: r.category as 'critical' | 'optional',
      topic: (r.topic as string | null) ?? null,
      status: r.status as DeliveryLogEntry['status'],
      attempts: Number(r.attempts),
      lastError: (r.last_error as string | null) ?? null,
      messageId: (r.message_id as string | null) ?? null,
      sendAt: iso(r.send_at as Date) as string,
      sentAt: iso(r.sent_at as Date | null),
      createdAt: iso(r.created_at as Date) as string,
      deliveryAttempts: attempts.map((a) => ({ ...a, startedAt: toJapanIso(new Date(a.startedAt)), finishedAt: toJapanIso(new Date(a.finishedAt)) })),
    };
  }
}
