import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeEmail, Role, toJapanIso } from '@asaka/domain';
import type { AdminUser, AdminUserPage, AdminUserQuery, CounterRegistration, CounterRegistrationResult } from '@asaka/contracts';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG, AuditService, CommonErrors, defineErrors, SessionsService } from '@asaka/platform';
import type { AppConfig, Principal } from '@asaka/platform';
import { OneTimeTokens } from './one-time-tokens';
import { OrganizationsService } from './organizations.service';

export const AdminErrors = defineErrors({
  EMAIL_ALREADY_REGISTERED: {
    status: 409,
    ja: 'このメールアドレスのアカウントはすでにあります。ご本人にログインまたはパスワード再設定をご案内ください。',
    en: 'This address already has an account. Ask the person to sign in or reset their password.',
  },
  CANNOT_DISABLE_SELF: { status: 409, ja: '自分のアカウントは停止できません。', en: 'You cannot disable your own account.' },
});

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  status: 'active' | 'disabled' | 'deleted';
  email_verified_at: Date | null;
  totp_enabled_at: Date | null;
  created_at: Date;
}

const toAdminUser = (r: UserRow): AdminUser => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  roles: r.roles,
  status: r.status,
  emailVerified: r.email_verified_at !== null,
  secondFactorEnabled: r.totp_enabled_at !== null,
  createdAt: toJapanIso(new Date(r.created_at)),
});

const COLUMNS = 'id, email, display_name, roles, status, email_verified_at, totp_enabled_at, created_at';

/** Staff find people; admins grant roles. Every read and change is in the audit log. */
@Injectable()
export class AdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
    private readonly organizations: OrganizationsService,
    private readonly tokens: OneTimeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Disabling an account ends its sessions at once (the session check also refuses it). */
  async setStatus(principal: Principal, userId: string, status: 'active' | 'disabled', ipAddress: string): Promise<AdminUser> {
    if (userId === principal.userId) throw AdminErrors.CANNOT_DISABLE_SELF();
    return this.dataSource.transaction(async (manager) => {
      const [before] = (await manager.query(`SELECT ${COLUMNS} FROM user_account WHERE id = $1 AND status <> 'deleted' FOR UPDATE`, [userId])) as UserRow[];
      if (!before) throw CommonErrors.NOT_FOUND();
      const [[after]] = (await manager.query(`UPDATE user_account SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [userId, status])) as [UserRow[], number];
      if (status === 'disabled') await this.sessions.endAllFor(manager, userId);
      await this.audit.record(manager, principal, { action: 'user.status.set', targetType: 'user', targetId: userId, oldValue: { status: before.status }, newValue: { status } }, ipAddress);
      return toAdminUser(after as UserRow);
    });
  }

  /**
   * Staff open an account (and optionally the person's organization) at the counter, recording
   * how the person consented. The person sets their own password from the mailed link.
   */
  async registerAtCounter(principal: Principal, input: CounterRegistration, ipAddress: string): Promise<CounterRegistrationResult> {
    return this.dataSource.transaction(async (manager) => {
      const consent = { method: input.consent.method, note: input.consent.note, recordedBy: principal.userId, recordedAt: new Date().toISOString() };
      const [user] = (await manager.query(
        `INSERT INTO user_account (email, email_normalized, display_name, locale, roles, counter_consent)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email_normalized) DO NOTHING
         RETURNING id`,
        [input.email.trim(), normalizeEmail(input.email), input.displayName.normalize('NFKC'), input.locale, [...new Set(input.roles ?? [])], JSON.stringify(consent)],
      )) as { id: string }[];
      if (!user) throw AdminErrors.EMAIL_ALREADY_REGISTERED();
      const organizationId = input.organization
        ? await this.organizations.insert(manager, user.id, { ...input.organization, corporateNumber: input.organization.corporateNumber })
        : null;
      const token = await this.tokens.issue(manager, user.id, 'set-password');
      await this.notifications.enqueue(manager, {
        to: input.email.trim(),
        recipientUserId: user.id,
        template: 'counter-welcome',
        locale: input.locale,
        category: 'critical',
        data: { displayName: input.displayName, url: new URL(`/reset-password?token=${encodeURIComponent(token)}`, this.config.app.baseUrl).toString() },
      });
      await this.audit.record(
        manager,
        principal,
        { action: 'user.registered-at-counter', targetType: 'user', targetId: user.id, newValue: { email: normalizeEmail(input.email), roles: input.roles ?? [], consent, organizationId } },
        ipAddress,
      );
      return { userId: user.id, organizationId };
    });
  }

  async listUsers(principal: Principal, query: AdminUserQuery): Promise<AdminUserPage> {
    const pattern = query.q ? `%${query.q.normalize('NFKC').toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `WHERE status <> 'deleted' AND ($1::text IS NULL OR email_normalized LIKE $1 OR lower(display_name) LIKE $1)`;
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM user_account ${where}`, [pattern])) as { total: number }[];
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM user_account ${where} ORDER BY created_at DESC LIMIT $2 OFFSET $3`, [
      pattern,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ])) as UserRow[];
    await this.audit.recordRead(principal, 'user-list', null, { q: query.q ?? null, page: query.page, ids: rows.map((r) => r.id) });
    return { items: rows.map(toAdminUser), total: count?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  /** Replaces a person's roles. Removing staff or admin rights ends their sessions at once. */
  async setRoles(principal: Principal, userId: string, roles: Role[], ipAddress: string): Promise<AdminUser> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = (await manager.query(`SELECT ${COLUMNS} FROM user_account WHERE id = $1 AND status <> 'deleted' FOR UPDATE`, [userId])) as UserRow[];
      if (!before) throw CommonErrors.NOT_FOUND();
      const next = [...new Set(roles)].sort() as Role[];
      const [[after]] = (await manager.query(`UPDATE user_account SET roles = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [userId, next])) as [UserRow[], number];
      const lost = before.roles.filter((role) => !next.includes(role));
      if (lost.some((role) => role === 'staff' || role === 'admin')) await this.sessions.endAllFor(manager, userId);
      await this.audit.record(manager, principal, { action: 'user.roles.set', targetType: 'user', targetId: userId, oldValue: { roles: before.roles }, newValue: { roles: next } }, ipAddress);
      return toAdminUser(after as UserRow);
    });
  }
}
