import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, toJapanIso } from '@asaka/domain';
import type { AdminUser, AdminUserPage, AdminUserQuery } from '@asaka/contracts';
import { AuditService, CommonErrors, SessionsService } from '@asaka/platform';
import type { Principal } from '@asaka/platform';

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
  ) {}

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
