import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { UserAccount } from '@asaka/platform';

export type OneTimeTokenPurpose = 'verify-email' | 'password-reset' | 'set-password';

/** A mailed link's secret (verification, password reset): stored hashed, used once, then dead. */
@Entity('one_time_token')
@Check('one_time_token_purpose_chk', `"purpose" IN ('verify-email', 'password-reset', 'set-password')`)
@Index('one_time_token_user_idx', ['userId', 'purpose'])
export class OneTimeToken {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_one_time_token_user' })
  user?: UserAccount;

  @Column({ type: 'text' })
  purpose!: OneTimeTokenPurpose;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
