import { Secret, TOTP } from 'otpauth';
import type { TestAccount } from './accounts';

/** The demo accounts the e2e stack seeds (README "Local demo accounts"). */
export const demoPassword = 'asaka-demo-2026';
export const demoTotpSecret = 'ASAKADEMOSTAFFTOTPSECRET234567AB';

export const demoOwner: TestAccount = { email: 'owner@demo.asaka.localhost', password: demoPassword, displayName: '本町 商 (事業者)' };
export const demoStaff: TestAccount = { email: 'staff@demo.asaka.localhost', password: demoPassword, displayName: '産業振興課 職員' };
export const demoAdmin: TestAccount = { email: 'admin@demo.asaka.localhost', password: demoPassword, displayName: 'システム管理者' };

const periodSeconds = 30;

/** The code an authenticator app shows for `secret` at `at` (now by default). */
export function totpCode(secret: string = demoTotpSecret, at: number = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: periodSeconds, algorithm: 'SHA1' }).generate({ timestamp: at });
}

/**
 * Waits for the authenticator's next 30-second step. The API accepts each code once per account,
 * so a second sign-in within the same step (a retried test, say) needs the next one.
 */
export async function nextTotpStep(): Promise<void> {
  const msIntoStep = Date.now() % (periodSeconds * 1000);
  await new Promise((resolve) => setTimeout(resolve, periodSeconds * 1000 - msIntoStep + 250));
}
