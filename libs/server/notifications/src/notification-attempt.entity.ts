import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Notification } from './notification.entity';

/** sent: accepted by SMTP · retry: a temporary failure, tried again later · failed: given up · skipped: not sent on purpose */
export type AttemptOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

/** One delivery attempt of a notification, so staff can see what was tried, when, and why it failed. */
@Entity('notification_attempt')
@Check('notification_attempt_outcome_chk', `"outcome" IN ('sent', 'retry', 'failed', 'skipped')`)
@Index('notification_attempt_notification_idx', ['notificationId', 'attempt'])
export class NotificationAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint' })
  notificationId!: string;

  @ManyToOne('Notification', 'deliveryAttempts', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'FK_notification_attempt_notification' })
  notification?: Notification;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'text' })
  outcome!: AttemptOutcome;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'text', nullable: true })
  smtpResponse!: string | null;

  @Column({ type: 'text' })
  worker!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  finishedAt!: Date;
}
