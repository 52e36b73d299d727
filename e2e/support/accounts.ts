import type { APIRequestContext } from '@playwright/test';
import { linkIn, type MailReader } from './mail-reader';

export interface TestAccount {
  email: string;
  password: string;
  displayName: string;
}

let sequence = 0;

/** An address no other test (or earlier run on the same database) uses. */
export function uniqueEmail(label = 'e2e'): string {
  sequence += 1;
  return `${label}-${Date.now()}-${process.pid}-${sequence}@example.jp`;
}

/**
 * A signed-up account whose address is confirmed, made through the API and the mailed link as a
 * person's browser would, for tests that are about what comes after sign-up.
 */
export async function createVerifiedAccount(
  request: APIRequestContext,
  mails: MailReader,
  overrides: Partial<TestAccount> & { roles?: string[]; locale?: 'ja' | 'en' } = {},
): Promise<TestAccount> {
  const account = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? '朝霞の駅前で朝の珈琲を飲む',
    displayName: overrides.displayName ?? '朝霞 花子',
  };
  const registered = await request.post('/api/auth/register', {
    data: { ...account, locale: overrides.locale ?? 'ja', roles: overrides.roles ?? ['jobseeker'] },
  });
  if (registered.status() !== 202) throw new Error(`register answered ${registered.status()}: ${await registered.text()}`);
  const mail = await mails.waitFor({ to: account.email, subject: /メールアドレスの確認|confirm your email/ });
  const token = new URL(linkIn(mail, '/verify-email'), 'http://portal.test').searchParams.get('token');
  const verified = await request.post('/api/auth/verify-email', { data: { token } });
  if (verified.status() !== 204) throw new Error(`verify-email answered ${verified.status()}: ${await verified.text()}`);
  return account;
}

/** Signs in through the API; `request` must be the page's (page.request) so the browser gets the cookie. */
export async function signInThroughApi(request: APIRequestContext, account: TestAccount): Promise<void> {
  const response = await request.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  if (response.status() !== 204) throw new Error(`login answered ${response.status()}: ${await response.text()}`);
}
