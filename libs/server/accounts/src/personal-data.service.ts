import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { AuditService, SessionsService } from '@asaka/platform';
import type { Principal } from '@asaka/platform';

/**
 * Every table holding a person's data, with the query that exports it. Secrets (password and
 * token hashes, the TOTP secret) and mail contents (which carry links with tokens) stay out.
 * `personal-data.int-spec.ts` fails when a table referencing a person is missing here.
 */
export const EXPORT_SECTIONS: Record<string, { key: string; sql: string }> = {
  user_account: {
    key: 'account',
    sql: `SELECT id, email, display_name, locale, roles, status, email_verified_at, totp_enabled_at IS NOT NULL AS second_factor_enabled,
                 password_changed_at, created_at, updated_at
          FROM user_account WHERE id = $1`,
  },
  user_session: {
    key: 'sessions',
    sql: `SELECT created_at, last_seen_at, expires_at, ip_address, user_agent, second_factor_at FROM user_session WHERE user_id = $1 ORDER BY created_at`,
  },
  one_time_token: {
    key: 'mailedLinks',
    sql: `SELECT purpose, created_at, expires_at, used_at FROM one_time_token WHERE user_id = $1 ORDER BY created_at`,
  },
  organization_member: {
    key: 'organizations',
    sql: `SELECT o.id, o.name, o.corporate_number, o.address, o.industry, o.employee_count, m.role, m.created_at AS member_since
          FROM organization_member m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
  },
  organization_invitation: {
    key: 'invitationsSent',
    sql: `SELECT i.organization_id, o.name AS organization_name, i.email_normalized AS invited_email, i.created_at, i.expires_at, i.accepted_at
          FROM organization_invitation i JOIN organization o ON o.id = i.organization_id WHERE i.invited_by_user_id = $1 ORDER BY i.created_at`,
  },
  notification: {
    key: 'mails',
    sql: `SELECT id, recipient_email, template, locale, category, status, send_at, sent_at, attempts, created_at
          FROM notification WHERE recipient_user_id = $1 ORDER BY created_at`,
  },
  notification_preference: {
    key: 'mailPreferences',
    sql: `SELECT topic, enabled, updated_at FROM notification_preference WHERE user_id = $1 ORDER BY topic`,
  },
  audit_event: {
    key: 'auditEvents',
    sql: `SELECT at, action, target_type, target_id, actor_user_id = $1 AS by_me
          FROM audit_event WHERE actor_user_id = $1 OR (target_type = 'user' AND target_id = $1::text) ORDER BY at`,
  },
};

@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** All of my data, one section per table (個人情報保護法 第33条: disclosure on request). */
  async export(principal: Principal): Promise<Record<string, unknown>> {
    const sections = await Promise.all(
      Object.values(EXPORT_SECTIONS).map(async ({ key, sql }) => [key, await this.dataSource.query(sql, [principal.userId])] as const),
    );
    const data = Object.fromEntries(sections) as Record<string, unknown[]>;
    return { exportedAt: new Date().toISOString(), ...data, account: data.account?.[0] ?? null };
  }

  /**
   * Deletes my account: personal fields anonymised (the row stays so records made by others,
   * like a confirmed match, keep their shape), sessions, links and memberships removed, pending
   * optional mails cancelled, and my address removed from the mail log.
   */
  async delete(principal: Principal, reply: FastifyReply): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const placeholder = `deleted-${principal.userId}@invalid.localhost`;
      await manager.query(
        `UPDATE user_account SET email = $2, email_normalized = $2, display_name = '退会済みユーザー / deleted user', password_hash = NULL,
           totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, roles = '{}', status = 'deleted', updated_at = now()
         WHERE id = $1`,
        [principal.userId, placeholder],
      );
      await manager.query(`DELETE FROM one_time_token WHERE user_id = $1`, [principal.userId]);
      await manager.query(`DELETE FROM organization_member WHERE user_id = $1`, [principal.userId]);
      await manager.query(
        `UPDATE notification SET status = 'cancelled', updated_at = now() WHERE recipient_user_id = $1 AND category = 'optional' AND status IN ('pending', 'queued')`,
        [principal.userId],
      );
      await manager.query(`UPDATE notification SET recipient_email = $2 WHERE recipient_user_id = $1 AND status NOT IN ('pending', 'queued', 'sending')`, [
        principal.userId,
        placeholder,
      ]);
      await this.audit.record(manager, principal, { action: 'user.deleted', targetType: 'user', targetId: principal.userId });
      await this.sessions.endAllFor(manager, principal.userId);
    });
    await this.sessions.end(principal, reply);
  }
}
