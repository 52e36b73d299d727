import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserAccount } from '@asaka/platform';
import type { ConsultationPlace, ConsultationTopic, FoundingArea } from '@asaka/domain';

/**
 * A consultant of the chamber of commerce, the city or a partner bank (相談員) who takes bookings.
 * The session length and buffer are the adviser's own way of working, set by staff; the booking
 * rules every citizen relies on (notice, cut-off, limit) are program-wide (consultation_settings).
 */
@Entity('adviser')
@Check('adviser_areas_chk', `"areas" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[] AND cardinality("areas") >= 1`)
@Check(
  'adviser_topics_chk',
  `"topics" <@ ARRAY['founding-plan', 'financing', 'subsidies', 'sales-channels', 'business-succession', 'human-resources', 'accounting-tax', 'general-management']::text[] AND cardinality("topics") >= 1`,
)
@Check('adviser_places_chk', `"places" <@ ARRAY['industry-culture-center', 'chamber-of-commerce', 'online']::text[] AND cardinality("places") >= 1`)
@Check('adviser_online_link_chk', `NOT ('online' = ANY ("places")) OR "meeting_url" IS NOT NULL`)
@Check('adviser_session_chk', `"slot_minutes" BETWEEN 15 AND 240 AND "buffer_minutes" BETWEEN 0 AND 120`)
export class Adviser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('adviser_user_uq', { unique: true })
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_adviser_user' })
  user?: UserAccount;

  @Column({ type: 'text' })
  organizationName!: string;

  @Column({ type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', default: '' })
  introduction!: string;

  @Column({ type: 'text', array: true })
  areas!: FoundingArea[];

  @Column({ type: 'text', array: true })
  topics!: ConsultationTopic[];

  @Column({ type: 'text', array: true })
  places!: ConsultationPlace[];

  /** Shown only to the two parties of an online booking. */
  @Column({ type: 'text', nullable: true })
  meetingUrl!: string | null;

  @Column({ type: 'integer', default: 60 })
  slotMinutes!: number;

  @Column({ type: 'integer', default: 0 })
  bufferMinutes!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
