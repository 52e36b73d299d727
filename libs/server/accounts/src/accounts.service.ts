import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { Secret } from 'otpauth';
import { normalizeEmail, requiresSecondFactor, Role, SELF_CHOSEN_ROLES } from '@asaka/domain';
import type { LoginRequest, MeResponse, PasswordResetConfirm, RegisterRequest, SecondFactorSetup } from '@asaka/contracts';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG, Principal, SessionsService, UserAccount } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { AccountErrors } from './accounts.errors';
import { LoginThrottle } from './login-throttle';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordHasher } from './password-hasher';
import { OrganizationsService } from './organizations.service';
import { SecondFactor, totpFor } from './second-factor';


/** Sign-up, email verification, sign-in and out, password reset, and "who am I". */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly secondFactor: SecondFactor,
    private readonly organizations: OrganizationsService,
    private readonly tokens: OneTimeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private link(path: string, token: string): string {
    return new URL(`${path}?token=${encodeURIComponent(token)}`, this.config.app.baseUrl).toString();
  }

  /**
   * Answers the same whether or not the address is registered (no account discovery); the owner
   * of a registered address gets a mail saying so instead of a second account.
   */
  async register(input: RegisterRequest): Promise<void> {
    if (this.hasher.isCommon(input.password)) throw AccountErrors.PASSWORD_TOO_COMMON();
    const passwordHash = await this.hasher.hash(input.password);
    const emailNormalized = normalizeEmail(input.email);
    await this.dataSource.transaction(async (manager) => {
      const [inserted] = (await manager.query(
        `INSERT INTO user_account (email, email_normalized, password_hash, display_name, locale, roles)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email_normalized) DO NOTHING
         RETURNING id`,
        [input.email.trim(), emailNormalized, passwordHash, input.displayName.normalize('NFKC').trim(), input.locale, [...new Set(input.roles ?? [])]],
      )) as { id: string }[];
      if (!inserted) {
        const [existing] = (await manager.query(`SELECT id, locale, display_name, email_verified_at FROM user_account WHERE email_normalized = $1`, [emailNormalized])) as {
          id: string;
          locale: 'ja' | 'en';
          display_name: string;
          email_verified_at: Date | null;
        }[];
        // Signing up again before confirming sends a fresh verification link (the old one may have expired).
        if (existing && existing.email_verified_at === null) {
          await this.mailVerificationLink(manager, { id: existing.id, email: input.email, displayName: existing.display_name, locale: existing.locale });
          return;
        }
        await this.notifications.enqueue(manager, {
          to: input.email.trim(),
          recipientUserId: existing?.id ?? null,
          template: 'account-exists',
          locale: existing?.locale ?? input.locale,
          category: 'critical',
          data: { url: new URL('/forgot-password', this.config.app.baseUrl).toString() },
        });
        return;
      }
      await this.mailVerificationLink(manager, { id: inserted.id, email: input.email, displayName: input.displayName, locale: input.locale });
    });
  }

  /** A new single-use verification link, mailed (older unused links stop working). */
  private async mailVerificationLink(
    manager: EntityManager,
    account: { id: string; email: string; displayName: string; locale: 'ja' | 'en' },
  ): Promise<void> {
    const token = await this.tokens.issue(manager, account.id, 'verify-email');
    await this.notifications.enqueue(manager, {
      to: account.email.trim(),
      recipientUserId: account.id,
      template: 'verify-email',
      locale: account.locale,
      category: 'critical',
      data: { displayName: account.displayName, url: this.link('/verify-email', token) },
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.use(manager, token, ['verify-email']);
      await manager.query(`UPDATE user_account SET email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1`, [userId]);
    });
  }

  async login(input: LoginRequest, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const key = normalizeEmail(input.email);
    await this.throttle.assertMayTry(key, request.ip);
    const account = await this.dataSource.getRepository(UserAccount).findOneBy({ emailNormalized: key, status: 'active' });
    const passwordOk = await this.hasher.verify(account?.passwordHash ?? null, input.password);
    if (!account || !passwordOk) {
      await this.throttle.recordFailure(key, request.ip);
      throw AccountErrors.INVALID_CREDENTIALS();
    }
    // Once enrolled, the code is part of signing in. Staff or admins not yet enrolled sign in with
    // those rights pending, and enrol from their account page before they take effect.
    const enrolled = account.totpSecret !== null && account.totpEnabledAt !== null;
    if (enrolled && requiresSecondFactor(account.roles)) {
      if (!input.totp) throw AccountErrors.SECOND_FACTOR_REQUIRED();
      if (!(await this.secondFactor.verify(account.id, account.totpSecret as string, input.totp))) {
        await this.throttle.recordFailure(key, request.ip);
        throw AccountErrors.SECOND_FACTOR_INVALID();
      }
    }
    if (!account.emailVerifiedAt) throw AccountErrors.EMAIL_NOT_VERIFIED();
    await this.throttle.recordSuccess(key);
    await this.sessions.start(this.dataSource.manager, account.id, request, reply, {
      secondFactorPassed: enrolled && requiresSecondFactor(account.roles),
    });
  }

  async setSelfChosenRoles(principal: Principal, chosen: Role[]): Promise<MeResponse> {
    const selfChosen: readonly Role[] = SELF_CHOSEN_ROLES;
    await this.dataSource.query(
      `UPDATE user_account SET roles = ARRAY(SELECT DISTINCT r FROM unnest(array_cat(ARRAY(SELECT x FROM unnest(roles) x WHERE NOT x = ANY($3)), $2::text[])) r ORDER BY r),
         updated_at = now()
       WHERE id = $1`,
      [principal.userId, chosen, selfChosen],
    );
    const [row] = (await this.dataSource.query(`SELECT roles FROM user_account WHERE id = $1`, [principal.userId])) as { roles: Role[] }[];
    const roles = row?.roles ?? [];
    return this.me({ ...principal, roles: roles.filter((r) => !principal.pendingRoles.includes(r)) });
  }

  /** Changing the password ends every other session: whoever knew the old one is signed out. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: principal.userId });
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) throw AccountErrors.INVALID_CREDENTIALS();
    if (this.hasher.isCommon(newPassword)) throw AccountErrors.PASSWORD_TOO_COMMON();
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE user_account SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [account.id, passwordHash]);
      await this.sessions.endAllFor(manager, account.id, principal.sessionTokenHash);
    });
  }

  logout(principal: Principal | undefined, reply: FastifyReply): Promise<void> {
    return this.sessions.end(principal, reply);
  }

  /** Always 202 for a well-formed address; at most 3 mails an hour per address. */
  async requestPasswordReset(email: string): Promise<void> {
    const key = normalizeEmail(email);
    await this.throttle.consumeResetMail(key);
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.getRepository(UserAccount).findOneBy({ emailNormalized: key, status: 'active' });
      if (!account) return;
      const token = await this.tokens.issue(manager, account.id, 'password-reset');
      await this.notifications.enqueue(manager, {
        to: account.email,
        recipientUserId: account.id,
        template: 'password-reset',
        locale: account.locale,
        category: 'critical',
        data: { displayName: account.displayName, url: this.link('/reset-password', token) },
      });
    });
  }

  /** Sets the new password and ends every session: whoever had the old one is signed out. */
  async confirmPasswordReset(input: PasswordResetConfirm): Promise<void> {
    if (this.hasher.isCommon(input.password)) throw AccountErrors.PASSWORD_TOO_COMMON();
    const passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.use(manager, input.token, ['password-reset', 'set-password']);
      // Following the mailed link proves the address too.
      await manager.query(
        `UPDATE user_account SET password_hash = $2, password_changed_at = now(), email_verified_at = COALESCE(email_verified_at, now()), updated_at = now() WHERE id = $1`,
        [userId, passwordHash],
      );
      await this.sessions.endAllFor(manager, userId);
    });
  }

  async me(principal: Principal): Promise<MeResponse> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: principal.userId });
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      locale: account.locale,
      roles: principal.roles,
      pendingRoles: principal.pendingRoles,
      emailVerified: account.emailVerifiedAt !== null,
      secondFactorEnabled: account.totpEnabledAt !== null,
      organizations: await this.organizations.mine(account.id),
    };
  }

  /** Starts enrolment: a new secret to scan; it takes effect once a code from it is confirmed. */
  async beginSecondFactor(principal: Principal): Promise<SecondFactorSetup> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: principal.userId });
    if (account.totpEnabledAt) throw AccountErrors.SECOND_FACTOR_ALREADY_ENABLED();
    const secret = new Secret({ size: 20 }).base32;
    await this.dataSource.query(`UPDATE user_account SET totp_secret = $2, updated_at = now() WHERE id = $1`, [account.id, secret]);
    return { secret, otpauthUri: totpFor(secret, account.email).toString() };
  }

  /** Confirms enrolment with a code; this session then counts as having passed the second factor. */
  async confirmSecondFactor(principal: Principal, code: string): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: principal.userId });
    if (account.totpEnabledAt) throw AccountErrors.SECOND_FACTOR_ALREADY_ENABLED();
    if (!account.totpSecret || !(await this.secondFactor.verify(account.id, account.totpSecret, code))) {
      throw AccountErrors.SECOND_FACTOR_INVALID();
    }
    await this.dataSource.query(`UPDATE user_account SET totp_enabled_at = now(), updated_at = now() WHERE id = $1`, [account.id]);
    await this.sessions.markSecondFactorPassed(principal);
  }
}
