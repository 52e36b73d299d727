import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export class ForgotPasswordPage extends PortalLayout {
  readonly heading: Locator;
  readonly email: Locator;
  readonly submitButton: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.email = this.main.getByRole('textbox', { name: /^(メールアドレス|Email address)$/ });
    this.submitButton = this.main.getByRole('button', { name: /^(再設定用のリンクを送る|Send the reset link)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/forgot-password');
    await this.submitButton.waitFor();
  }

  async requestReset(email: string): Promise<void> {
    await this.email.fill(email);
    await this.submitButton.click();
  }
}
