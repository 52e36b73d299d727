import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserAccount } from '@asaka/platform';
import type { ConsultationActor, ConsultationBookingStatus, ConsultationPlace, ConsultationTopic, FoundingStage } from '@asaka/domain';
import type { Adviser } from './adviser.entity';

/**
 * The two promises no code path can break, kept by PostgreSQL itself (btree_gist): an adviser's
 * time holds one session at once, and a person is in one session at once. Every status but
 * `cancelled` occupies the time (SLOT_OCCUPYING_STATUSES). A violation is SQLSTATE 23P01,
 * answered as 409 SLOT_ALREADY_BOOKED / BOOKER_ALREADY_BOOKED.
 */
export const ADVISER_OVERLAP_CONSTRAINT = 'consultation_booking_adviser_no_overlap';
export const BOOKER_OVERLAP_CONSTRAINT = 'consultation_booking_booker_no_overlap';

/** A booked one-to-one consultation (起業家育成支援相談) and its intake answers. */
@Entity('consultation_booking')
@Check('consultation_booking_status_chk', `"status" IN ('booked', 'cancelled', 'held', 'no-show')`)
@Check(
  'consultation_booking_topic_chk',
  `"topic" IN ('founding-plan', 'financing', 'subsidies', 'sales-channels', 'business-succession', 'human-resources', 'accounting-tax', 'general-management')`,
)
@Check('consultation_booking_place_chk', `"place" IN ('industry-culture-center', 'chamber-of-commerce', 'online')`)
@Check('consultation_booking_stage_chk', `"stage" IN ('idea', 'preparing', 'founded-within-5-years')`)
@Check('consultation_booking_time_chk', `"ends_at" > "starts_at" AND "sequence" >= 0`)
@Check('consultation_booking_entered_by_chk', `"entered_by" IN ('booker', 'staff')`)
@Check('consultation_booking_cancelled_by_chk', `"cancelled_by" IN ('booker', 'adviser', 'staff')`)
@Check('consultation_booking_cancelled_chk', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL AND "cancelled_by" IS NOT NULL)`)
@Exclusion(ADVISER_OVERLAP_CONSTRAINT, `USING gist ("adviser_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" IN ('booked', 'held', 'no-show'))`)
@Exclusion(BOOKER_OVERLAP_CONSTRAINT, `USING gist ("booker_user_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" IN ('booked', 'held', 'no-show'))`)
@Index('consultation_booking_adviser_idx', ['adviserId', 'startsAt'])
@Index('consultation_booking_booker_idx', ['bookerUserId', 'startsAt'])
export class ConsultationBooking {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  adviserId!: string;

  @ManyToOne('Adviser')
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'FK_consultation_booking_adviser' })
  adviser?: Adviser;

  @Column({ type: 'uuid' })
  bookerUserId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booker_user_id', foreignKeyConstraintName: 'FK_consultation_booking_booker' })
  booker?: UserAccount;

  @Column({ type: 'text' })
  topic!: ConsultationTopic;

  @Column({ type: 'text' })
  place!: ConsultationPlace;

  /** Intake: 構想段階 / 創業準備中 / 創業後5年以内. */
  @Column({ type: 'text' })
  stage!: FoundingStage;

  @Column({ type: 'text' })
  businessIdea!: string;

  @Column({ type: 'text', default: '' })
  questions!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'booked' })
  status!: ConsultationBookingStatus;

  /** The calendar entry's SEQUENCE: 0 when booked, one more on every change mailed to both sides. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  /** `staff` for a booking entered at the counter or by phone (who did it is in the audit log). */
  @Column({ type: 'text', default: 'booker' })
  enteredBy!: 'booker' | 'staff';

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelledBy!: ConsultationActor | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** The dedupe key of the reminder in the outbox, so it can be moved or cancelled; null when none is scheduled. */
  @Column({ type: 'text', nullable: true })
  reminderKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
