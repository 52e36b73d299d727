import type { Locator, Page } from '@playwright/test';
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
}
