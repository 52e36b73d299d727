import type { Locator, Page } from '@playwright/test';
import { nextTotpStep } from '../support/demo';
import { PortalLayout } from './portal-layout';

export class SignInPage extends PortalLayout {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly showPassword: Locator;
  readonly code: Locator;
  readonly submitButton: Locator;
  readonly notice: Locator;
  readonly errorSummary: Locator;
  readonly forgotPasswordLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.email = this.main.getByRole('textbox', { name: /^(メールアドレス|Email address)$/ });
    this.password = this.main.getByLabel(/^(パスワード|Password)$/);
    this.showPassword = this.main.getByRole('button', { name: /^(パスワードを表示|Show password)$/ });
    this.code = this.main.getByRole('textbox', { name: /^(確認コード|Verification code)/ });
    this.submitButton = this.main.getByRole('button', { name: /^(ログイン|Sign in|確認してログイン|Verify and sign in)$/ });
    this.notice = this.main.getByRole('status');
    this.errorSummary = this.main.getByRole('alert');
    this.forgotPasswordLink = this.main.getByRole('link', { name: /^(パスワードをお忘れの方|Forgot your password\?)$/ });
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    await this.submitButton.waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /**
   * Signs in a staff or admin account: password, then the code the page asks for. A code is
   * accepted once per account and 30-second step, so when another test has just used this step's
   * code the page refuses it, and this tries once more with the next step's.
   */
  async signInWithCode(email: string, password: string, code: () => string): Promise<void> {
    await this.signIn(email, password);
    await this.code.waitFor();
    const refused = this.code.and(this.page.locator('[aria-invalid="true"]'));
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await this.code.fill(code());
      await this.submitButton.click();
      const outcome = await Promise.race([
        this.page.waitForURL((url) => url.pathname !== '/login', { timeout: 10_000 }).then(
          () => 'signed-in' as const,
          () => 'timed-out' as const,
        ),
        refused.waitFor({ timeout: 10_000 }).then(
          () => 'refused' as const,
          () => 'timed-out' as const,
        ),
      ]);
      if (outcome !== 'refused') return;
      await nextTotpStep();
    }
  }
}
