import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export class NotFoundPage extends PortalLayout {
  readonly heading: Locator;
  readonly backHomeLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.backHomeLink = this.main.getByRole('link');
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
  }
}
