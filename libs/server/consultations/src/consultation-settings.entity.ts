import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The booking rules of the whole program, one row, set by staff: the same promise to every citizen
 * whichever adviser they book, and a per-person limit that counts bookings across all advisers.
 * (Session length and buffer are per adviser, on `adviser`.)
 */
@Entity('consultation_settings')
@Check('consultation_settings_single_row_chk', `"id" = 1`)
@Check(
  'consultation_settings_values_chk',
  `"minimum_notice_minutes" >= 0 AND "cancellation_cutoff_minutes" >= 0 AND "max_open_bookings_per_person" >= 1`,
)
export class ConsultationSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'integer', default: 1440 })
  minimumNoticeMinutes!: number;

  @Column({ type: 'integer', default: 1440 })
  cancellationCutoffMinutes!: number;

  @Column({ type: 'integer', default: 2 })
  maxOpenBookingsPerPerson!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
