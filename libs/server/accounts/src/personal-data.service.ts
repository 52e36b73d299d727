import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { AccountDeletionHooks, AuditService, SessionsService } from '@asaka/platform';
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
  saved_search: {
    key: 'savedSearches',
    sql: `SELECT s.id, s.kind, s.name, s.criteria, s.alert, s.created_at, s.updated_at,
                 (SELECT count(*)::int FROM saved_search_hit h WHERE h.saved_search_id = s.id) AS matches
          FROM saved_search s WHERE s.user_id = $1 ORDER BY s.created_at`,
  },
  store_seeker_profile: {
    key: 'storeSeekerProfile',
    sql: `SELECT needs, planned_business, discoverable, created_at, updated_at FROM store_seeker_profile WHERE user_id = $1`,
  },
  store_inquiry: {
    key: 'storeInquiries',
    sql: `SELECT i.id, s.title AS store_title, i.planned_business, i.status, i.closed_reason, i.let_at, i.seeker_confirmed_at, i.seeker_disputed_at,
                 i.match_confirmed_at, i.closed_at, i.last_message_at, i.created_at
          FROM store_inquiry i JOIN vacant_store s ON s.id = i.vacant_store_id WHERE i.seeker_user_id = $1 ORDER BY i.created_at`,
  },
  store_inquiry_message: {
    key: 'storeInquiryMessagesSent',
    sql: `SELECT inquiry_id, sender_side, body, created_at FROM store_inquiry_message WHERE sender_user_id = $1 ORDER BY created_at`,
  },
  adviser: {
    key: 'adviserProfile',
    sql: `SELECT id, organization_name, job_title, introduction, areas, topics, places, meeting_url, slot_minutes, buffer_minutes, active, created_at, updated_at
          FROM adviser WHERE user_id = $1`,
  },
  consultation_booking: {
    key: 'consultationBookings',
    sql: `SELECT b.id, a.organization_name AS adviser_organization, au.display_name AS adviser_name, b.topic, b.place, b.stage, b.business_idea, b.questions,
                 b.starts_at, b.ends_at, b.status, b.entered_by, b.cancelled_at, b.cancelled_by, b.cancellation_reason, b.created_at
          FROM consultation_booking b JOIN adviser a ON a.id = b.adviser_id JOIN user_account au ON au.id = a.user_id
          WHERE b.booker_user_id = $1 ORDER BY b.starts_at`,
  },
  // The booker's side of a consultation record: the date and the areas covered, as their founding
  // pathway shows them. The adviser's notes are working notes about the person; they are disclosed
  // through the city's formal request (開示請求), where staff weigh the exceptions, not here.
  consultation_record: {
    key: 'consultationRecords',
    sql: `SELECT r.booking_id, b.starts_at, r.areas_covered, r.created_at, r.updated_at
          FROM consultation_record r JOIN consultation_booking b ON b.id = r.booking_id WHERE b.booker_user_id = $1 ORDER BY b.starts_at`,
  },
  founding_report: {
    key: 'foundingReports',
    sql: `SELECT f.id, f.founded_on::text AS founded_on, f.business_name, f.business_type, f.industry, f.in_asaka, f.address, s.title AS vacant_store_title,
                 f.status, f.rejection_reason, f.submitted_at, f.confirmed_at, f.rejected_at, f.created_at, f.updated_at
          FROM founding_report f LEFT JOIN vacant_store s ON s.id = f.vacant_store_id WHERE f.user_id = $1 ORDER BY f.created_at`,
  },
  event_registration: {
    key: 'eventRegistrations',
    sql: `SELECT r.id, e.title AS event_title, e.kind AS event_kind, e.starts_at AS event_starts_at, e.ends_at AS event_ends_at, r.status, r.check_in_code,
                 r.confirmed_at, r.cancelled_at, r.cancelled_by, r.attended_at, r.created_at
          FROM event_registration r JOIN city_event e ON e.id = r.event_id WHERE r.user_id = $1 ORDER BY e.starts_at, r.created_at`,
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
    private readonly deletionHooks: AccountDeletionHooks,
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
   * like a confirmed match, keep their shape), sessions, links and memberships removed, what I held
   * in the programs given back (`AccountDeletionHooks`: upcoming consultations cancelled, seminar
   * seats freed for those waiting), every pending mail to me cancelled, and my address removed from
   * the mail log.
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
      await manager.query(`DELETE FROM saved_search WHERE user_id = $1`, [principal.userId]);
      await manager.query(`DELETE FROM store_seeker_profile WHERE user_id = $1`, [principal.userId]);
      // What the person held in the programs goes back (a booked consultation, a seminar seat), and whoever is waiting is told.
      await this.deletionHooks.run(manager, principal.userId, new Date());
      // Nothing more is mailed to someone who left: scheduled reminders, quiet-thread questions and
      // alerts alike. Only a mail already being handed to SMTP keeps the address it needs.
      await manager.query(
        `UPDATE notification SET status = 'cancelled', updated_at = now() WHERE recipient_user_id = $1 AND status IN ('pending', 'queued')`,
        [principal.userId],
      );
      await manager.query(`UPDATE notification SET recipient_email = $2 WHERE recipient_user_id = $1 AND status <> 'sending'`, [principal.userId, placeholder]);
      await this.audit.record(manager, principal, { action: 'user.deleted', targetType: 'user', targetId: principal.userId });
      await this.sessions.endAllFor(manager, principal.userId);
    });
    await this.sessions.end(principal, reply);
  }
}
