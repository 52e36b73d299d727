import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { requiresSecondFactor, Role } from '@asaka/domain';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Principal } from './access';
import { cookieOptions, sessionCookieName } from './cookies';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** last_seen_at is written at most this often, so a busy session does not write on every request. */
const TOUCH_AFTER_MS = 60_000;

interface SessionRow {
  token_hash: string;
  user_id: string;
  roles: Role[];
  locale: 'ja' | 'en';
  last_seen_at: Date;
  second_factor_at: Date | null;
}

/** Server-side sessions: the cookie is a random token, the row decides whether it is still valid. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    manager: EntityManager,
    userId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    { secondFactorPassed }: { secondFactorPassed: boolean },
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.sessionAbsoluteMs);
    await manager.query(
      `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, ip_address, user_agent, second_factor_at)
       VALUES ($1, $2, now(), $3, $4, $5, CASE WHEN $6 THEN now() END)`,
      [hashToken(token), userId, expiresAt, request.ip, String(request.headers['user-agent'] ?? '').slice(0, 300), secondFactorPassed],
    );
    reply.setCookie(sessionCookieName(this.config), token, cookieOptions(this.config, this.config.auth.sessionAbsoluteMs / 1000));
  }

  /**
   * Session lookups started in the same turn of the event loop share one query (`= ANY`): under a
   * rush of requests that is one round trip for many instead of one each. Nothing is cached: every
   * request still reads its session as it is in the database at that moment.
   */
  private readonly lookups = new DataLoader<string, SessionRow | undefined>((hashes) => this.findSessions(hashes), {
    cache: false,
    batchScheduleFn: (run) => setImmediate(run),
    maxBatchSize: 200,
  });

  private async findSessions(tokenHashes: readonly string[]): Promise<(SessionRow | undefined)[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.token_hash, s.user_id, u.roles, u.locale, s.last_seen_at, s.second_factor_at
       FROM user_session s JOIN user_account u ON u.id = s.user_id
       WHERE s.token_hash = ANY ($1::text[]) AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
         AND u.status = 'active'`,
      [tokenHashes, this.config.auth.sessionIdleMs / 1000],
    );
    const byHash = new Map(rows.map((row) => [row.token_hash, row]));
    return tokenHashes.map((hash) => byHash.get(hash));
  }

  /** The principal behind the request's session cookie, or undefined (no cookie, expired, idle, disabled). */
  async resolve(request: FastifyRequest): Promise<Principal | undefined> {
    const token = request.cookies[sessionCookieName(this.config)];
    if (!token) return undefined;
    const tokenHash = hashToken(token);
    const row = await this.lookups.load(tokenHash);
    if (!row) return undefined;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
    }
    const elevated = row.second_factor_at !== null;
    const inForce = row.roles.filter((role) => elevated || !requiresSecondFactor([role]));
    return {
      userId: row.user_id,
      roles: inForce,
      pendingRoles: row.roles.filter((role) => !inForce.includes(role)),
      locale: row.locale,
      sessionTokenHash: tokenHash,
    };
  }

  /** Marks the current session as having passed the second factor (after enrolment). */
  async markSecondFactorPassed(principal: Principal): Promise<void> {
    await this.dataSource.query(`UPDATE user_session SET second_factor_at = now() WHERE token_hash = $1`, [principal.sessionTokenHash]);
  }

  async end(principal: Principal | undefined, reply: FastifyReply): Promise<void> {
    if (principal) await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [principal.sessionTokenHash]);
    reply.clearCookie(sessionCookieName(this.config), cookieOptions(this.config));
  }

  /** Ends every session of a person, but the one given (a password change keeps the current one). */
  async endAllFor(manager: EntityManager, userId: string, exceptTokenHash?: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2`, [userId, exceptTokenHash ?? null]);
  }
}
