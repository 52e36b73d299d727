import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '@asaka/domain';

// OWASP's argon2id settings: 19 MiB, 2 iterations, 1 lane (about 30 ms here).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** zxcvbn's list of common passwords; only those long enough to pass the length rule matter. */
const COMMON = new Set((dictionary['passwords-common'] as string[]).filter((p) => [...p].length >= PASSWORD_MIN_LENGTH));

@Injectable()
export class PasswordHasher {
  /** A hash of nothing, verified when an account does not exist, so both paths take as long. */
  private readonly decoy = argon2.hash('decoy-password-for-timing', OPTIONS);

  isCommon(password: string): boolean {
    return COMMON.has(password.toLowerCase());
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password.normalize('NFC')).catch(() => false);
  }
}
