import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { UserAccount } from '@asaka/platform';
import type { Organization } from './organization.entity';

/** An owner's mailed invitation to join their organization; the link's secret is stored hashed. */
@Entity('organization_invitation')
@Index('organization_invitation_organization_idx', ['organizationId'])
export class OrganizationInvitation {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organization_invitation_organization' })
  organization?: Organization;

  @Column({ type: 'text' })
  emailNormalized!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @ManyToOne('UserAccount', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'FK_organization_invitation_invited_by' })
  invitedBy?: UserAccount;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
