import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SeekerNeeds } from '@asaka/domain';

/**
 * What a person looking for a shop space needs (station, budget, use, size), the input of the
 * matching score. Owners see the profile among recommended seekers only when `discoverable`.
 */
@Entity('store_seeker_profile')
// Owners rank the discoverable profiles only.
@Index('store_seeker_profile_discoverable_idx', ['updatedAt'], { where: `discoverable` })
export class StoreSeekerProfile {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_store_seeker_profile_user' })
  user?: unknown;

  @Column({ type: 'jsonb' })
  needs!: SeekerNeeds;

  /** 開業予定の業態, shown to owners when discoverable. */
  @Column({ type: 'text', nullable: true })
  plannedBusiness!: string | null;

  @Column({ type: 'boolean', default: false })
  discoverable!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
