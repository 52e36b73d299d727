import { DataSource } from 'typeorm';
import { PasswordHasher } from '@asaka/accounts';
import { normalizeEmail, Role } from '@asaka/domain';

const hasher = new PasswordHasher();

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A verified account made directly in the database, for tests that are not about signing up. */
export async function insertUser(
  databaseUrl: string,
  { email, roles = [], password = 'a test passphrase', totpSecret }: { email: string; roles?: Role[]; password?: string; totpSecret?: string },
): Promise<TestUser> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, extra: { max: 1 } }).initialize();
  try {
    const [row] = (await dataSource.query(
      `INSERT INTO user_account (email, email_normalized, password_hash, display_name, locale, roles, email_verified_at, totp_secret, totp_enabled_at)
       VALUES ($1, $2, $3, $4, 'ja', $5, now(), $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END)
       RETURNING id`,
      [email, normalizeEmail(email), await hasher.hash(password), email.split('@')[0], roles, totpSecret ?? null],
    )) as { id: string }[];
    return { id: String(row?.id), email, password };
  } finally {
    await dataSource.destroy();
  }
}
