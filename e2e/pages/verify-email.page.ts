import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Where the link in the verification mail leads. */
export class VerifyEmailPage extends PortalLayout {
  readonly heading: Locator;
  readonly continueToSignIn: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.continueToSignIn = this.main.getByRole('link', { name: /^(ログインする|Sign in)$/ });
  }

  /** `link` is the path and query from the mail (see linkIn). */
  async open(link: string): Promise<void> {
    await this.page.goto(link);
  }
}
