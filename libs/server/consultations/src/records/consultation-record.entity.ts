import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { FoundingArea } from '@asaka/domain';

/**
 * What the adviser wrote after a held session: the areas covered (the founding pathway counts
 * them), notes and next steps. One per booking. Only the booking's adviser and staff read it; the
 * booker sees the areas through their pathway, never the notes. Who wrote it is the booking's
 * adviser or, for them, staff (`written_by`; which staff member is in the audit log).
 */
@Entity('consultation_record')
@Check('consultation_record_areas_chk', `"areas_covered" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[]`)
@Check('consultation_record_written_by_chk', `"written_by" IN ('adviser', 'staff')`)
export class ConsultationRecord {
  @PrimaryColumn({ type: 'uuid' })
  bookingId!: string;

  @ManyToOne('ConsultationBooking', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'FK_consultation_record_booking' })
  booking?: unknown;

  @Column({ type: 'text', array: true })
  areasCovered!: FoundingArea[];

  @Column({ type: 'text' })
  notes!: string;

  @Column({ type: 'text', default: '' })
  nextSteps!: string;

  @Column({ type: 'text' })
  writtenBy!: 'adviser' | 'staff';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
