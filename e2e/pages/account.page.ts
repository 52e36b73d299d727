import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export class AccountPage extends PortalLayout {
  readonly heading: Locator;
  readonly details: Locator;
  readonly pageSignOutButton: Locator;
  readonly signInRequired: Locator;
  readonly signInPromptLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.details = this.main.locator('dl');
    // Besides the header's, the page has its own sign-out button.
    this.pageSignOutButton = this.main.getByRole('button', { name: /^(ログアウト|Sign out)$/ });
    this.signInRequired = this.main.getByText(/^(このページを利用するには、ログインしてください。|Please sign in to use this page\.)$/);
    this.signInPromptLink = this.main.getByRole('link', { name: /^(ログイン|Sign in)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.details.or(this.signInRequired).waitFor();
  }

  /** The value shown for a term, e.g. detail('お名前'). */
  detail(term: string | RegExp): Locator {
    return this.details.locator('div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }
}
