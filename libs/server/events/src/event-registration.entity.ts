import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventRegistrationCanceller, EventRegistrationStatus } from '@asaka/domain';

/**
 * A person's registration for an event: a seat (`registered`), a place on the waiting list
 * (`waitlisted`, ordered by `queueNumber`), or `cancelled`. Every change of an event's seats runs
 * with the event's row locked (FOR UPDATE), so counting and placing are never raced; the unique
 * indexes below are the last line: one active registration per person and event, one arrival
 * number and one check-in code per event. A waitlist position is the rank among the waiting by
 * arrival, so it has no gaps whoever leaves.
 *
 * The references are RESTRICT: accounts are anonymised rather than deleted, and attendance is the
 * record of a seminar held (the founding pathway and the KPI count it).
 */
@Entity('event_registration')
@Check('event_registration_status_chk', `"status" IN ('registered', 'waitlisted', 'cancelled')`)
@Check('event_registration_cancelled_by_chk', `"cancelled_by" IN ('person', 'staff', 'event-cancelled')`)
@Check('event_registration_cancelled_chk', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL AND "cancelled_by" IS NOT NULL)`)
@Check('event_registration_confirmed_chk', `"status" <> 'registered' OR "confirmed_at" IS NOT NULL`)
@Check('event_registration_attended_chk', `"attended_at" IS NULL OR "status" = 'registered'`)
@Check('event_registration_code_chk', `"check_in_code" ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$' AND "queue_number" >= 1`)
@Index('event_registration_person_uq', ['eventId', 'userId'], { unique: true, where: `status <> 'cancelled'` })
@Index('event_registration_queue_uq', ['eventId', 'queueNumber'], { unique: true })
@Index('event_registration_code_uq', ['eventId', 'checkInCode'], { unique: true })
@Index('event_registration_event_status_idx', ['eventId', 'status', 'queueNumber'])
@Index('event_registration_user_idx', ['userId', 'createdAt'])
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne('CityEvent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_event_registration_event' })
  event?: unknown;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_event_registration_user' })
  user?: unknown;

  @Column({ type: 'text' })
  status!: EventRegistrationStatus;

  /** Arrival order within the event (1, 2, …), given under the event's lock; the waiting list follows it. */
  @Column({ type: 'integer' })
  queueNumber!: number;

  /** 8 characters of CHECK_IN_CODE_ALPHABET, drawn with a cryptographic generator. */
  @Column({ type: 'text' })
  checkInCode!: string;

  /** When the person got a seat: at registration, or when moved up from the waiting list. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelledBy!: EventRegistrationCanceller | null;

  /** Checked in at the door (who did it is in the audit log). */
  @Column({ type: 'timestamptz', nullable: true })
  attendedAt!: Date | null;

  /** The dedupe key of the reminder in the outbox, so it can be moved or cancelled; null when none is scheduled. */
  @Column({ type: 'text', nullable: true })
  reminderKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
