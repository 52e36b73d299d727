import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SavedSearchAlert, SavedSearchKind, VacantStoreSearchCriteriaView } from '@asaka/contracts';

/**
 * A person's saved search: the filters of a search page, kept to re-run and to be alerted when a
 * matching listing is published. `kind` says which listings the criteria apply to; job openings
 * will be the second kind (the CHECK grows with them).
 */
@Entity('saved_search')
@Check('saved_search_kind_chk', `"kind" IN ('vacant-store')`)
@Check('saved_search_alert_chk', `"alert" IN ('off', 'immediate', 'daily')`)
@Index('saved_search_user_idx', ['userId', 'createdAt'])
// What a publication scans: the searches of its kind that want to hear about it.
@Index('saved_search_alerting_idx', ['kind'], { where: `alert <> 'off'` })
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_saved_search_user' })
  user?: unknown;

  @Column({ type: 'text' })
  kind!: SavedSearchKind;

  @Column({ type: 'text' })
  name!: string;

  /** The criteria in their stored form (as a search page's URL spells them), valid for `kind`. */
  @Column({ type: 'jsonb' })
  criteria!: VacantStoreSearchCriteriaView;

  @Column({ type: 'text' })
  alert!: SavedSearchAlert;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A listing that matched a saved search when it was published. `notifiedAt` stays null until a
 * mail told the person about it: immediate alerts set it at once, the daily digest when it runs.
 */
@Entity('saved_search_hit')
@Index('saved_search_hit_pending_idx', ['createdAt'], { where: `notified_at IS NULL` })
@Index('saved_search_hit_vacant_store_idx', ['vacantStoreId'])
export class SavedSearchHit {
  @PrimaryColumn({ type: 'uuid' })
  savedSearchId!: string;

  @ManyToOne('SavedSearch', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id', foreignKeyConstraintName: 'FK_saved_search_hit_saved_search' })
  savedSearch?: unknown;

  @PrimaryColumn({ type: 'uuid' })
  vacantStoreId!: string;

  @ManyToOne('VacantStore', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacant_store_id', foreignKeyConstraintName: 'FK_saved_search_hit_vacant_store' })
  vacantStore?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;
}
