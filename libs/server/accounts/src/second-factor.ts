import { Injectable } from '@nestjs/common';
import { Secret, TOTP } from 'otpauth';
import { DataSource } from 'typeorm';

const PERIOD_SECONDS = 30;

export function totpFor(secretBase32: string, label = 'asaka-portal'): TOTP {
  return new TOTP({ issuer: '朝霞市 産業振興ポータル', label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** TOTP (RFC 6238) codes from an authenticator app, each accepted at most once. */
@Injectable()
export class SecondFactor {
  constructor(private readonly dataSource: DataSource) {}

  async verify(userId: string, secretBase32: string, code: string, now = Date.now()): Promise<boolean> {
    const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 });
    if (delta === null) return false;
    const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
    const [, updated] = (await this.dataSource.query(
      `UPDATE user_account SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [userId, step],
    )) as [unknown, number];
    return updated === 1;
  }
}
