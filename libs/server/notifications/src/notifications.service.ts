import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale, OptionalMailTopic } from '@asaka/domain';
import { EmailTemplates } from './emails/email-templates';
import type { NotificationCategory } from './notification.entity';

export interface EnqueueEmail {
  to: string;
  recipientUserId?: string | null;
  template: string;
  locale: Locale;
  data: unknown;
  /** critical mails always go; optional ones follow the recipient's preferences for their topic. */
  category: NotificationCategory;
  /** Required for optional mails: what the recipient can turn off. */
  topic?: OptionalMailTopic;
  /** Not before this instant (a reminder). Omitted: as soon as possible. */
  sendAt?: Date;
  /**
   * Names one logical mail (e.g. `consultation-booking:42:reminder`): enqueueing it again returns
   * the existing row, and it can later be cancelled or moved by this key.
   */
  dedupeKey?: string;
}

/**
 * The only way code asks for an email: a row in the outbox, written with the caller's own
 * EntityManager so it commits or rolls back with the business change. Nothing here touches
 * Redis or SMTP, so a user's request never waits on them.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly templates: EmailTemplates) {}

  async enqueue(manager: EntityManager, mail: EnqueueEmail): Promise<{ id: string; created: boolean }> {
    const data = this.templates.validate(mail.template, mail.data);
    if (mail.category === 'optional' && (!mail.topic || !mail.recipientUserId)) {
      throw new Error('An optional mail needs a topic and a recipient account, so it can be turned off');
    }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notification (recipient_email, recipient_user_id, template, locale, data, category, topic, send_at, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, now()), $9)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        mail.to.trim(),
        mail.recipientUserId ?? null,
        mail.template,
        mail.locale,
        JSON.stringify(data),
        mail.category,
        mail.category === 'optional' ? mail.topic : null,
        mail.sendAt ?? null,
        mail.dedupeKey ?? null,
      ],
    );
    if (rows[0]) return { id: String(rows[0].id), created: true };
    const existing: { id: string }[] = await manager.query(`SELECT id FROM notification WHERE dedupe_key = $1`, [mail.dedupeKey]);
    return { id: String(existing[0]?.id), created: false };
  }

  /**
   * Cancels a mail that has not started going out. Returns false when it had already been sent,
   * was being sent at that moment, or did not exist.
   */
  async cancel(manager: EntityManager, dedupeKey: string): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE notification SET status = 'cancelled', updated_at = now()
       WHERE dedupe_key = $1 AND status IN ('pending', 'queued')`,
      [dedupeKey],
    );
    return result[1] > 0;
  }

  /**
   * Moves a scheduled mail (a rescheduled booking's reminder), optionally with new data for its
   * template (the new time it announces). False when it already went out or does not exist.
   */
  async reschedule(manager: EntityManager, dedupeKey: string, sendAt: Date, data?: unknown): Promise<boolean> {
    let json: string | null = null;
    if (data !== undefined) {
      const [row] = (await manager.query(`SELECT template FROM notification WHERE dedupe_key = $1`, [dedupeKey])) as { template: string }[];
      if (!row) return false;
      json = JSON.stringify(this.templates.validate(row.template, data));
    }
    const result: [unknown[], number] = await manager.query(
      `UPDATE notification SET send_at = $2, data = COALESCE($3::jsonb, data), status = 'pending', queued_at = NULL, updated_at = now()
       WHERE dedupe_key = $1 AND status IN ('pending', 'queued')`,
      [dedupeKey, sendAt, json],
    );
    return result[1] > 0;
  }
}
