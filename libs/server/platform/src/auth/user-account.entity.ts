import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, Role } from '@asaka/domain';

export type AccountStatus = 'active' | 'disabled' | 'deleted';

/** A person who can sign in. Identity and sessions are platform concerns; flows live in accounts. */
@Entity('user_account')
@Check('user_account_status_chk', `"status" IN ('active', 'disabled', 'deleted')`)
@Check('user_account_locale_chk', `"locale" IN ('ja', 'en')`)
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  /** NFKC, trimmed, lower case: what makes two addresses the same person. */
  @Index('user_account_email_normalized_uq', { unique: true })
  @Column({ type: 'text' })
  emailNormalized!: string;

  /** argon2id; null until the person sets one (an account created at the counter). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', default: 'ja' })
  locale!: Locale;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ type: 'text', default: 'active' })
  status!: AccountStatus;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The 30-second step of the last accepted code: a code is accepted once, never replayed. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  /** For an account staff opened at the counter: how the person consented, who recorded it, when. */
  @Column({ type: 'jsonb', nullable: true })
  counterConsent!: { method: string; recordedBy: string; recordedAt: string; note?: string } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
