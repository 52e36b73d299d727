import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationAttempt } from './notification-attempt.entity';

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sending', 'sent', 'failed', 'cancelled', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
export type NotificationCategory = 'critical' | 'optional';

/**
 * The outbox: one row per email, written in the same transaction as the business change that
 * caused it, and the record of what became of it.
 */
@Entity('notification')
@Check('notification_locale_chk', `"locale" IN ('ja', 'en')`)
@Check('notification_category_chk', `"category" IN ('critical', 'optional')`)
@Check('notification_status_chk', `"status" IN ('pending', 'queued', 'sending', 'sent', 'failed', 'cancelled', 'skipped')`)
@Index('notification_due_idx', ['sendAt', 'id'], { where: `status = 'pending'` })
@Index('notification_stale_idx', ['updatedAt'], { where: `status IN ('queued', 'sending')` })
@Index('notification_recipient_idx', ['recipientEmail', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  recipientEmail!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'text' })
  locale!: 'ja' | 'en';

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'text' })
  category!: NotificationCategory;

  /** For optional mails: the topic the recipient can turn off (see OPTIONAL_MAIL_TOPICS). */
  @Column({ type: 'text', nullable: true })
  topic!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sendAt!: Date;

  @Index('notification_dedupe_key_uq', { unique: true, where: 'dedupe_key IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany('NotificationAttempt', 'notification')
  deliveryAttempts?: NotificationAttempt[];
}
