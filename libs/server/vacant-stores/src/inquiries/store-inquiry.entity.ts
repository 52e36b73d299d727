import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StoreInquiryClosedReason, StoreInquiryStatus } from '@asaka/domain';

/**
 * A seeker's inquiry about a vacant store: the thread with the owning organization and the outcome
 * it leads to (see @asaka/domain store-inquiry.ts). A confirmed match (`status = 'matched'`) counts
 * for 「空き店舗の活用件数」 in the fiscal year of `matchConfirmedAt`; the year is derived, not stored.
 *
 * The references are RESTRICT: accounts are anonymised rather than deleted (a deleted seeker's
 * messages stay, shown as 退会済みユーザー), and a confirmed match must never vanish with its store.
 */
@Entity('store_inquiry')
@Check('store_inquiry_status_chk', `"status" IN ('open', 'let', 'seeker-confirmed', 'disputed', 'matched', 'closed')`)
@Check(
  'store_inquiry_closed_reason_chk',
  `("status" = 'closed') = ("closed_reason" IS NOT NULL AND "closed_at" IS NOT NULL) AND "closed_reason" IN ('ended-by-seeker', 'ended-by-owner', 'let-to-another', 'store-withdrawn', 'store-closed', 'seeker-left')`,
)
@Check('store_inquiry_let_chk', `"status" IN ('open', 'closed') OR "let_at" IS NOT NULL`)
@Check('store_inquiry_matched_chk', `"status" <> 'matched' OR ("seeker_confirmed_at" IS NOT NULL AND "match_confirmed_at" IS NOT NULL)`)
@Check('store_inquiry_planned_business_chk', `char_length("planned_business") BETWEEN 1 AND 200`)
// At most one open inquiry per seeker and store (a second one is 409 INQUIRY_EXISTS).
@Index('store_inquiry_open_uq', ['vacantStoreId', 'seekerUserId'], { unique: true, where: `status = 'open'` })
// A store is let to one inquiry at most.
@Index('store_inquiry_let_uq', ['vacantStoreId'], { unique: true, where: `status IN ('let', 'seeker-confirmed', 'disputed', 'matched')` })
@Index('store_inquiry_store_idx', ['vacantStoreId', 'lastMessageAt'])
@Index('store_inquiry_seeker_idx', ['seekerUserId', 'lastMessageAt'])
// The KPI counts confirmed matches by the instant of confirmation.
@Index('store_inquiry_match_confirmed_idx', ['matchConfirmedAt'], { where: `status = 'matched'` })
export class StoreInquiry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vacantStoreId!: string;

  @ManyToOne('VacantStore', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacant_store_id', foreignKeyConstraintName: 'FK_store_inquiry_vacant_store' })
  vacantStore?: unknown;

  @Column({ type: 'uuid' })
  seekerUserId!: string;

  @ManyToOne('UserAccount', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seeker_user_id', foreignKeyConstraintName: 'FK_store_inquiry_seeker' })
  seeker?: unknown;

  /** What the seeker plans to open (NFKC-normalised). */
  @Column({ type: 'text' })
  plannedBusiness!: string;

  @Column({ type: 'text' })
  status!: StoreInquiryStatus;

  @Column({ type: 'text', nullable: true })
  closedReason!: StoreInquiryClosedReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** When the owner marked the store let to this inquiry. */
  @Column({ type: 'timestamptz', nullable: true })
  letAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  seekerConfirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  seekerDisputedAt!: Date | null;

  /** When staff confirmed the match; who did is in the audit log (vacant-store.match-confirmed). */
  @Column({ type: 'timestamptz', nullable: true })
  matchConfirmedAt!: Date | null;

  /**
   * Numbers the follow-up mails asking how a quiet thread ended: each new message moves the
   * pending ones; once they went out, the next message starts a new round (their dedupe keys).
   */
  @Column({ type: 'integer', default: 0 })
  quietAskRound!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastMessageAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
