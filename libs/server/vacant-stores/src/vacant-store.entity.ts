import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { VacantStoreContractType, VacantStoreStation, VacantStoreStatus, VacantStoreUse } from '@asaka/domain';

/**
 * How an owner agreed when staff registered the store for them. Which staff member recorded it is
 * in the audit log (vacant-store.registered-on-behalf), not here: a listing belongs to its
 * organization and holds no one's personal data.
 */
export interface StoredOwnerConsent {
  method: 'signed-form' | 'verbal';
  note?: string;
}

/**
 * A vacant shop space an organization offers (空き店舗バンク, plan 1-1). Text is stored NFKC-folded;
 * `searchText` and `searchBigrams` are what the public search runs on (see vacant-stores.repository.ts).
 * The lists of statuses, stations, uses and contract types are those of @asaka/domain.
 */
@Entity('vacant_store')
@Check('vacant_store_status_chk', `"status" IN ('draft', 'submitted', 'published', 'rejected', 'let', 'closed', 'withdrawn')`)
@Check('vacant_store_station_chk', `"station" IN ('朝霞', '朝霞台', '北朝霞', '志木', '和光市', '新座')`)
@Check('vacant_store_contract_type_chk', `"contract_type" IN ('普通借家', '定期借家')`)
@Check('vacant_store_allowed_uses_chk', `"allowed_uses" <@ ARRAY['飲食', '物販', 'サービス', '事務所', '教室', 'その他']::text[] AND cardinality("allowed_uses") >= 1`)
@Check('vacant_store_amounts_chk', `"monthly_rent_yen" >= 0 AND "common_charges_yen" >= 0 AND "deposit_yen" >= 0 AND "key_money_yen" >= 0 AND "walk_minutes" >= 0 AND "floor_area_square_metres" > 0`)
@Check('vacant_store_published_chk', `"status" NOT IN ('published', 'let', 'closed') OR ("published_at" IS NOT NULL AND "expires_at" IS NOT NULL)`)
@Index('vacant_store_organization_idx', ['organizationId', 'updatedAt'])
@Index('vacant_store_review_queue_idx', ['submittedAt'], { where: `status = 'submitted'` })
// The public search: only published rows are indexed, and the planner uses these when the query says
// `status = 'published'`. The GIN index is created WITH (fastupdate = off) by the migration (see there).
@Index('vacant_store_search_bigrams_idx', ['searchBigrams'], { type: 'gin', where: `status = 'published'` })
@Index('vacant_store_published_station_idx', ['station', 'publishedAt'], { where: `status = 'published'` })
@Index('vacant_store_published_at_idx', ['publishedAt'], { where: `status = 'published'` })
export class VacantStore {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_vacant_store_organization' })
  organization?: unknown;

  /** Present when staff registered the store on the owner's behalf. */
  @Column({ type: 'jsonb', nullable: true })
  ownerConsent!: StoredOwnerConsent | null;

  @Column({ type: 'text' })
  title!: string;

  /** 町名 (free text until the city's list is confirmed). */
  @Column({ type: 'text' })
  district!: string;

  /** 番地 and building. */
  @Column({ type: 'text' })
  streetAddress!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text' })
  station!: VacantStoreStation;

  @Column({ type: 'integer' })
  walkMinutes!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2 })
  floorAreaSquareMetres!: string;

  @Column({ type: 'text' })
  floor!: string;

  @Column({ type: 'integer' })
  monthlyRentYen!: number;

  @Column({ type: 'integer' })
  commonChargesYen!: number;

  @Column({ type: 'integer' })
  depositYen!: number;

  @Column({ type: 'integer' })
  keyMoneyYen!: number;

  @Column({ type: 'text' })
  contractType!: VacantStoreContractType;

  @Column({ type: 'text', nullable: true })
  previousUse!: string | null;

  /** 居抜き */
  @Column({ type: 'boolean' })
  fixturesRemain!: boolean;

  @Column({ type: 'text', array: true })
  allowedUses!: VacantStoreUse[];

  @Column({ type: 'text', nullable: true })
  restrictions!: string | null;

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** 反社会的勢力でないこと */
  @Column({ type: 'boolean' })
  declaresNoOrganizedCrimeTies!: boolean;

  /** 市税の滞納がないこと */
  @Column({ type: 'boolean' })
  declaresNoCityTaxArrears!: boolean;

  @Column({ type: 'text' })
  status!: VacantStoreStatus;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** normalizeSearchText of title, 町名, previous use and description. */
  @Column({ type: 'text' })
  searchText!: string;

  /** searchBigrams of `searchText`. */
  @Column({ type: 'text', array: true })
  searchBigrams!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
