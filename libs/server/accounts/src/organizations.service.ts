import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeEmail } from '@asaka/domain';
import type { Organization as OrganizationView } from '@asaka/contracts';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG, AuditService, CommonErrors, defineErrors, hashToken, isStaff } from '@asaka/platform';
import type { AppConfig, Principal } from '@asaka/platform';

export const OrganizationErrors = defineErrors({
  NOT_OWNER: { status: 403, ja: 'この操作は事業者の管理者（オーナー）だけが行えます。', en: 'Only an owner of the organization can do this.' },
  LAST_OWNER: { status: 409, ja: '最後のオーナーは外せません。先に別のオーナーを加えてください。', en: 'The last owner cannot be removed. Add another owner first.' },
  INVITATION_INVALID: { status: 400, ja: 'この招待は無効か、有効期限が切れています。', en: 'This invitation is not valid or has expired.' },
  INVITATION_FOR_ANOTHER_ADDRESS: {
    status: 403,
    ja: 'この招待は別のメールアドレス宛てです。招待されたアドレスのアカウントでログインしてください。',
    en: 'This invitation was sent to another address. Sign in with the account of the invited address.',
  },
  CORPORATE_NUMBER_TAKEN: {
    status: 409,
    ja: 'この法人番号の事業者はすでに登録されています。事業者の担当者に招待を依頼してください。',
    en: 'An organization with this corporate number is already registered. Ask its owner to invite you.',
  },
});

export interface OrganizationInput {
  name: string;
  corporateNumber?: string;
  address: string;
  industry: string;
  employeeCount: number;
}


@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The person who registers an organization becomes its owner. */
  async create(principal: Principal, input: OrganizationInput): Promise<OrganizationView> {
    const id = await this.dataSource.transaction((manager) => this.insert(manager, principal.userId, input));
    return this.get(principal, id);
  }

  /** Inserts an organization owned by `ownerId`, in the caller's transaction. */
  async insert(manager: EntityManager, ownerId: string, input: OrganizationInput): Promise<string> {
      const [row] = (await manager.query(
        `INSERT INTO organization (name, corporate_number, address, industry, employee_count)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (corporate_number) WHERE corporate_number IS NOT NULL DO NOTHING
         RETURNING id`,
        [input.name.normalize('NFKC'), input.corporateNumber ?? null, input.address.normalize('NFKC'), input.industry.normalize('NFKC'), input.employeeCount],
      )) as { id: string }[];
      if (!row) throw OrganizationErrors.CORPORATE_NUMBER_TAKEN();
      await manager.query(`INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [row.id, ownerId]);
      return row.id;
  }

  private async assertOwner(manager: EntityManager, principal: Principal, organizationId: string): Promise<void> {
    const [membership] = (await manager.query(`SELECT role FROM organization_member WHERE organization_id = $1 AND user_id = $2`, [
      organizationId,
      principal.userId,
    ])) as { role: string }[];
    // Non-members learn nothing about the organization, not even that it exists.
    if (!membership) throw CommonErrors.NOT_FOUND();
    if (membership.role !== 'owner') throw OrganizationErrors.NOT_OWNER();
  }

  /** The owner invites someone by mail; the link works for 7 days, for that address only. */
  async invite(principal: Principal, organizationId: string, email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertOwner(manager, principal, organizationId);
      const [context] = (await manager.query(
        `SELECT o.name, u.display_name, u.locale FROM organization o, user_account u WHERE o.id = $1 AND u.id = $2`,
        [organizationId, principal.userId],
      )) as { name: string; display_name: string; locale: 'ja' | 'en' }[];
      const [invitee] = (await manager.query(`SELECT id, locale FROM user_account WHERE email_normalized = $1 AND status = 'active'`, [normalizeEmail(email)])) as {
        id: string;
        locale: 'ja' | 'en';
      }[];
      const token = randomBytes(32).toString('base64url');
      await manager.query(
        `INSERT INTO organization_invitation (token_hash, organization_id, email_normalized, invited_by_user_id, expires_at)
         VALUES ($1, $2, $3, $4, now() + interval '7 days')`,
        [hashToken(token), organizationId, normalizeEmail(email), principal.userId],
      );
      await this.notifications.enqueue(manager, {
        to: email.trim(),
        recipientUserId: invitee?.id ?? null,
        template: 'organization-invitation',
        locale: invitee?.locale ?? context?.locale ?? 'ja',
        category: 'critical',
        data: {
          inviterName: context?.display_name ?? '',
          organizationName: context?.name ?? '',
          url: new URL(`/invitations/accept?token=${encodeURIComponent(token)}`, this.config.app.baseUrl).toString(),
        },
      });
      await this.audit.record(manager, principal, { action: 'organization.member.invited', targetType: 'organization', targetId: organizationId, newValue: { email: normalizeEmail(email) } });
    });
  }

  /** The invited person, signed in with the invited address, joins as a member. */
  async accept(principal: Principal, token: string): Promise<OrganizationView> {
    const organizationId = await this.dataSource.transaction(async (manager) => {
      const [invitation] = (await manager.query(
        `SELECT i.organization_id, i.email_normalized, u.email_normalized AS my_email
         FROM organization_invitation i, user_account u
         WHERE i.token_hash = $1 AND u.id = $2 AND i.accepted_at IS NULL AND i.expires_at > now()
         FOR UPDATE OF i`,
        [hashToken(token), principal.userId],
      )) as { organization_id: string; email_normalized: string; my_email: string }[];
      if (!invitation) throw OrganizationErrors.INVITATION_INVALID();
      if (invitation.email_normalized !== invitation.my_email) throw OrganizationErrors.INVITATION_FOR_ANOTHER_ADDRESS();
      await manager.query(`UPDATE organization_invitation SET accepted_at = now() WHERE token_hash = $1`, [hashToken(token)]);
      await manager.query(
        `INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'member') ON CONFLICT (organization_id, user_id) DO NOTHING`,
        [invitation.organization_id, principal.userId],
      );
      return invitation.organization_id;
    });
    return this.get(principal, organizationId);
  }

  /** The owner removes a member (or a member leaves); an organization always keeps an owner. */
  async removeMember(principal: Principal, organizationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (userId !== principal.userId) await this.assertOwner(manager, principal, organizationId);
      const members = (await manager.query(`SELECT user_id, role FROM organization_member WHERE organization_id = $1 FOR UPDATE`, [organizationId])) as {
        user_id: string;
        role: string;
      }[];
      const target = members.find((m) => m.user_id === userId);
      if (!target) throw CommonErrors.NOT_FOUND();
      if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) throw OrganizationErrors.LAST_OWNER();
      await manager.query(`DELETE FROM organization_member WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId]);
      await this.audit.record(manager, principal, { action: 'organization.member.removed', targetType: 'organization', targetId: organizationId, oldValue: { userId, role: target.role } });
    });
  }

  /**
   * Members see their organization; staff see any, and their read is audited. Anyone else gets
   * 404, the same as for an organization that does not exist.
   */
  async get(principal: Principal, id: string): Promise<OrganizationView> {
    const [organization] = (await this.dataSource.query(
      `SELECT o.id, o.name, o.corporate_number, o.address, o.industry, o.employee_count,
              (SELECT m.role FROM organization_member m WHERE m.organization_id = o.id AND m.user_id = $2) AS my_role
       FROM organization o WHERE o.id = $1`,
      [id, principal.userId],
    )) as { id: string; name: string; corporate_number: string | null; address: string; industry: string; employee_count: number; my_role: 'owner' | 'member' | null }[];
    if (!organization || (organization.my_role === null && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
    if (organization.my_role === null) await this.audit.recordRead(principal, 'organization', id);
    const members = (await this.dataSource.query(
      `SELECT m.user_id, u.display_name, m.role FROM organization_member m JOIN user_account u ON u.id = m.user_id
       WHERE m.organization_id = $1 ORDER BY m.role DESC, u.display_name`,
      [id],
    )) as { user_id: string; display_name: string; role: 'owner' | 'member' }[];
    return {
      id: organization.id,
      name: organization.name,
      corporateNumber: organization.corporate_number,
      address: organization.address,
      industry: organization.industry,
      employeeCount: organization.employee_count,
      myRole: organization.my_role,
      members: members.map((m) => ({ userId: m.user_id, displayName: m.display_name, role: m.role })),
    };
  }

  async mine(userId: string): Promise<{ id: string; name: string; role: 'owner' | 'member' }[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, m.role FROM organization_member m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }
}
