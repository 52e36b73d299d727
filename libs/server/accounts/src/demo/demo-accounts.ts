import type { EntityManager } from 'typeorm';
import { normalizeEmail, Role } from '@asaka/domain';
import type { PasswordHasher } from '../password-hasher';

/** Local demo accounts (README "Local demo accounts"); never created in production. */
export const DEMO_PASSWORD = 'asaka-demo-2026';
/** The TOTP secret of the staff and admin demo accounts, for an authenticator app (or `oathtool`). */
export const DEMO_TOTP_SECRET = 'ASAKADEMOSTAFFTOTPSECRET234567AB';

export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[]; locale: 'ja' | 'en'; totp?: boolean }[] = [
  { email: 'jobseeker@demo.asaka.localhost', displayName: '朝霞 求 (求職者)', roles: ['jobseeker'], locale: 'ja' },
  { email: 'entrepreneur@demo.asaka.localhost', displayName: '膝折 創 (起業家)', roles: ['entrepreneur'], locale: 'ja' },
  // A second entrepreneur further along the founding pathway, who has reported the business founded.
  { email: 'entrepreneur2@demo.asaka.localhost', displayName: '岡 開 (起業家)', roles: ['entrepreneur'], locale: 'ja' },
  { email: 'owner@demo.asaka.localhost', displayName: '本町 商 (事業者)', roles: [], locale: 'ja' },
  { email: 'adviser@demo.asaka.localhost', displayName: '浜崎 導 (相談員)', roles: ['adviser'], locale: 'ja' },
  // More advisers of the consultation program (their profiles: libs/server/consultations/src/demo).
  { email: 'adviser-jfc@demo.asaka.localhost', displayName: '溝沼 融 (相談員)', roles: ['adviser'], locale: 'ja' },
  { email: 'adviser-shindanshi@demo.asaka.localhost', displayName: '根岸 計 (相談員)', roles: ['adviser'], locale: 'ja' },
  { email: 'adviser-city@demo.asaka.localhost', displayName: '岡 育 (相談員)', roles: ['adviser'], locale: 'ja' },
  { email: 'adviser-sales@demo.asaka.localhost', displayName: '宮戸 販 (相談員)', roles: ['adviser'], locale: 'en' },
  { email: 'staff@demo.asaka.localhost', displayName: '産業振興課 職員', roles: ['staff'], locale: 'ja', totp: true },
  { email: 'admin@demo.asaka.localhost', displayName: 'システム管理者', roles: ['admin'], locale: 'en', totp: true },
];

/** Idempotent: existing demo accounts are left as they are. */
export async function seedDemoAccounts(manager: EntityManager, hasher: PasswordHasher): Promise<void> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await manager.query(
      `INSERT INTO user_account (email, email_normalized, password_hash, display_name, locale, roles, email_verified_at, totp_secret, totp_enabled_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (email_normalized) DO NOTHING`,
      [account.email, normalizeEmail(account.email), passwordHash, account.displayName, account.locale, account.roles, account.totp ? DEMO_TOTP_SECRET : null],
    );
  }
}

/** The demo business: owned by the demo business member. Idempotent. */
export async function seedDemoOrganization(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH owner AS (SELECT id FROM user_account WHERE email_normalized = 'owner@demo.asaka.localhost'),
          existing AS (SELECT o.id FROM organization o JOIN organization_member m ON m.organization_id = o.id
                       WHERE m.user_id = (SELECT id FROM owner) AND o.name = 'みつばち雑貨店'),
          created AS (INSERT INTO organization (name, address, industry, employee_count)
                      SELECT 'みつばち雑貨店', '朝霞市本町二丁目', '小売業（雑貨）', 3
                      WHERE EXISTS (SELECT 1 FROM owner) AND NOT EXISTS (SELECT 1 FROM existing)
                      RETURNING id)
     INSERT INTO organization_member (organization_id, user_id, role)
     SELECT created.id, owner.id, 'owner' FROM created, owner`,
  );
}
