import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FoundingBusinessType, FoundingReportStatus } from '@asaka/domain';

/**
 * An entrepreneur's report that the business was founded (see @asaka/domain founding-report.ts).
 * A confirmed one counts for 「市の支援を受けて起業した件数」 in the fiscal year of `founded_on`.
 *
 * The references are RESTRICT: accounts are anonymised rather than deleted, and a counted founding
 * must not vanish with its store. One report per person waits for review at a time (a second
 * submission is 409 FOUNDING_REPORT_PENDING), so a double click cannot count twice.
 */
@Entity('founding_report')
@Check('founding_report_status_chk', `"status" IN ('submitted', 'confirmed', 'rejected')`)
@Check('founding_report_business_type_chk', `"business_type" IN ('sole-proprietorship', 'corporation')`)
@Check('founding_report_confirmed_chk', `("status" = 'confirmed') = ("confirmed_at" IS NOT NULL)`)
@Check('founding_report_rejected_chk', `("status" = 'rejected') = ("rejected_at" IS NOT NULL AND "rejection_reason" IS NOT NULL)`)
@Check(
  'founding_report_text_chk',
  `char_length("business_name") BETWEEN 1 AND 200 AND char_length("industry") BETWEEN 1 AND 200 AND char_length("address") BETWEEN 1 AND 200`,
)
@Index('founding_report_pending_uq', ['userId'], { unique: true, where: `status IN ('submitted', 'rejected')` })
@Index('founding_report_user_idx', ['userId', 'createdAt'])
@Index('founding_report_status_idx', ['status', 'submittedAt'])
// The KPI counts confirmed foundings by their date.
@Index('founding_report_confirmed_idx', ['foundedOn'], { where: `status = 'confirmed'` })
export class FoundingReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_founding_report_user' })
  user?: unknown;

  /** The 開業届 (or registration) date, in Japan. */
  @Column({ type: 'date' })
  foundedOn!: string;

  @Column({ type: 'text' })
  businessName!: string;

  @Column({ type: 'text' })
  businessType!: FoundingBusinessType;

  @Column({ type: 'text' })
  industry!: string;

  @Column({ type: 'boolean' })
  inAsaka!: boolean;

  @Column({ type: 'text' })
  address!: string;

  /** The vacant-store bank's store the business opened in (program 1), when one was used. */
  @Column({ type: 'uuid', nullable: true })
  vacantStoreId!: string | null;

  @ManyToOne('VacantStore', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacant_store_id', foreignKeyConstraintName: 'FK_founding_report_vacant_store' })
  vacantStore?: unknown;

  @Column({ type: 'text', default: 'submitted' })
  status!: FoundingReportStatus;

  /** Staff's reason, shown to the person until they correct and resubmit the report. */
  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  /** Who confirmed or rejected it is in the audit log. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
