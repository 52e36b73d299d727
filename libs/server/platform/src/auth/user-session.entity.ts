import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { UserAccount } from './user-account.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked
 * table cannot be replayed.
 */
@Entity('user_session')
@Index('user_session_user_idx', ['userId'])
export class UserSession {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: UserAccount;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  /** When this session passed the second factor; staff and admin rights need it. */
  @Column({ type: 'timestamptz', nullable: true })
  secondFactorAt!: Date | null;
}
