import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export class HomePage extends PortalLayout {
  readonly heading: Locator;
  readonly programNames: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.programNames = this.main.getByRole('heading', { level: 2 });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.heading.waitFor();
  }
}
