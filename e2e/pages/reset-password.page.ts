import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Where the link in the password-reset mail leads. */
export class ResetPasswordPage extends PortalLayout {
  readonly heading: Locator;
  readonly newPassword: Locator;
  readonly submitButton: Locator;
  readonly continueToSignIn: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.newPassword = this.main.getByLabel(/^(新しいパスワード|New password)$/);
    this.submitButton = this.main.getByRole('button', { name: /^(パスワードを変更する|Change password)$/ });
    this.continueToSignIn = this.main.getByRole('link', { name: /^(ログインする|Sign in)$/ });
  }

  /** `link` is the path and query from the mail (see linkIn). */
  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.submitButton.waitFor();
  }

  async choose(password: string): Promise<void> {
    await this.newPassword.fill(password);
    await this.submitButton.click();
  }
}
