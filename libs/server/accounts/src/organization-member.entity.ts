import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { UserAccount } from '@asaka/platform';
import type { Organization } from './organization.entity';

export type OrganizationMemberRole = 'owner' | 'member';

/** A person acting for an organization: its owner manages the members. */
@Entity('organization_member')
@Check('organization_member_role_chk', `"role" IN ('owner', 'member')`)
@Index('organization_member_user_idx', ['userId'])
export class OrganizationMember {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organization_member_organization' })
  organization?: Organization;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_organization_member_user' })
  user?: UserAccount;

  @Column({ type: 'text' })
  role!: OrganizationMemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
