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

/** Mails to write as part of the caller's own statement (see `NotificationsService.outboxWrite`). */
export interface OutboxWrite {
  /** The INSERT, reading its one parameter as `$first`, of rows only `when` that SQL condition holds. */
  sql: (first: number, when?: string) => string;
  params: unknown[];
}

const RECORDSET = (param: string) =>
  `jsonb_to_recordset(${param}::jsonb) AS m(ordinal int, recipient_email text, recipient_user_id uuid, template text, locale text,
     data jsonb, category text, topic text, send_at timestamptz, dedupe_key text)`;
const COLUMNS = 'recipient_email, recipient_user_id, template, locale, data, category, topic, send_at, dedupe_key';
const VALUES = 'recipient_email, recipient_user_id, template, locale, data, category, topic, COALESCE(send_at, now()), dedupe_key';
const ON_CONFLICT = 'ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING';

/**
 * The only way code asks for an email: a row in the outbox, written with the caller's own
 * EntityManager so it commits or rolls back with the business change. Nothing here touches
 * Redis or SMTP, so a user's request never waits on them.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly templates: EmailTemplates) {}

  async enqueue(manager: EntityManager, mail: EnqueueEmail): Promise<{ id: string; created: boolean }> {
    const [result] = await this.enqueueMany(manager, [mail]);
    if (!result) throw new Error('enqueueMany returned no result for one mail');
    return result;
  }

  /**
   * Several mails of one change (a booking's two confirmations and its reminder) in one INSERT:
   * one round trip instead of one per mail. Results in the order given; a mail whose dedupe key is
   * already taken is not written again and returns the existing row.
   */
  async enqueueMany(manager: EntityManager, mails: readonly EnqueueEmail[]): Promise<{ id: string; created: boolean }[]> {
    if (mails.length === 0) return [];
    // Ids are drawn first so each row's result is found by its id, whether or not it had a dedupe key.
    const written = (await manager.query(
      `WITH given AS (
         SELECT nextval(pg_get_serial_sequence('notification', 'id')) AS id, m.* FROM ${RECORDSET('$1')}
       ), inserted AS (
         INSERT INTO notification (id, ${COLUMNS}) SELECT id, ${VALUES} FROM given ORDER BY ordinal ${ON_CONFLICT}
         RETURNING id
       )
       SELECT g.dedupe_key, COALESCE(i.id, existing.id)::text AS id, i.id IS NOT NULL AS created
       FROM given g
       LEFT JOIN inserted i ON i.id = g.id
       LEFT JOIN notification existing ON i.id IS NULL AND existing.dedupe_key = g.dedupe_key
       ORDER BY g.ordinal`,
      [this.rows(mails)],
    )) as { dedupe_key: string | null; id: string | null; created: boolean }[];
    return Promise.all(
      written.map(async (row) => {
        if (row.id !== null) return { id: row.id, created: row.created };
        // Its key was being written by another transaction when this statement began: read it now.
        const existing: { id: string }[] = await manager.query(`SELECT id::text AS id FROM notification WHERE dedupe_key = $1`, [row.dedupe_key]);
        return { id: String(existing[0]?.id), created: false };
      }),
    );
  }

  /**
   * The same mails as a part of the caller's own statement (a data-modifying CTE), for a change
   * that writes its row and its mails in one round trip: `WITH outbox AS (${write.sql(n)}) INSERT …`
   * with `write.params` from `$n` on; `when` (SQL) writes them only if the change happened. A mail
   * whose dedupe key is taken is left out, as above.
   */
  outboxWrite(mails: readonly EnqueueEmail[]): OutboxWrite {
    const json = this.rows(mails);
    return {
      sql: (first, when = 'true') => `INSERT INTO notification (${COLUMNS}) SELECT ${VALUES} FROM ${RECORDSET(`$${first}`)} WHERE ${when} ORDER BY ordinal ${ON_CONFLICT}`,
      params: [json],
    };
  }

  /** The mails as the JSON the statements read: each checked against its template first. */
  private rows(mails: readonly EnqueueEmail[]): string {
    const rows = mails.map((mail, ordinal) => {
      const data = this.templates.validate(mail.template, mail.data);
      if (mail.category === 'optional' && (!mail.topic || !mail.recipientUserId)) {
        throw new Error('An optional mail needs a topic and a recipient account, so it can be turned off');
      }
      return {
        ordinal,
        recipient_email: mail.to.trim(),
        recipient_user_id: mail.recipientUserId ?? null,
        template: mail.template,
        locale: mail.locale,
        data,
        category: mail.category,
        topic: mail.category === 'optional' ? mail.topic : null,
        send_at: mail.sendAt?.toISOString() ?? null,
        dedupe_key: mail.dedupeKey ?? null,
      };
    });
    // One dedupe key twice in one statement would make ON CONFLICT touch a row twice: refused here instead.
    const keys = rows.flatMap((row) => (row.dedupe_key === null ? [] : [row.dedupe_key]));
    if (new Set(keys).size !== keys.length) throw new Error('a dedupe key appears twice among the mails of one statement');
    return JSON.stringify(rows);
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
