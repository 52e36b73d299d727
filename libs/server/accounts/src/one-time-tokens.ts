import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashToken } from '@asaka/platform';
import { AccountErrors } from './accounts.errors';
import type { OneTimeTokenPurpose } from './one-time-token.entity';

const HOUR = 3_600_000;
const LIFETIME: Record<OneTimeTokenPurpose, number> = { 'verify-email': 48 * HOUR, 'password-reset': HOUR, 'set-password': 7 * 24 * HOUR };

/** Mailed single-use secrets: only their hash is kept, a new one replaces older unused ones. */
@Injectable()
export class OneTimeTokens {
  async issue(manager: EntityManager, userId: string, purpose: OneTimeTokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(`UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    await manager.query(`INSERT INTO one_time_token (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)`, [
      hashToken(token),
      userId,
      purpose,
      new Date(Date.now() + LIFETIME[purpose]),
    ]);
    return token;
  }

  /** Uses a token once; returns its account. Expired, used or unknown tokens are refused alike. */
  async use(manager: EntityManager, token: string, purposes: OneTimeTokenPurpose[]): Promise<string> {
    const [rows] = (await manager.query(
      `UPDATE one_time_token SET used_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashToken(token), purposes],
    )) as [{ user_id: string }[], number];
    if (!rows[0]) throw AccountErrors.INVALID_TOKEN();
    return rows[0].user_id;
  }
}
