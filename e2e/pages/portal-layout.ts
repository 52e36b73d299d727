import type { Locator, Page } from '@playwright/test';

export type Language = 'ja' | 'en';

// Each language is labelled in itself, so these names do not depend on the interface language.
const endonyms: Record<Language, string> = { ja: '日本語', en: 'English' };

/** What every page of the portal has: skip link, header with language switch, main, footer. */
export class PortalLayout {
  readonly skipLink: Locator;
  readonly header: Locator;
  readonly programNavigation: Locator;
  readonly languageSwitch: Locator;
  readonly main: Locator;
  readonly footer: Locator;
  /** Header links for a visitor; the name (to the account page) and sign-out for a signed-in person. */
  readonly signInLink: Locator;
  readonly signUpLink: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole('link', { name: /^(本文へスキップ|Skip to main content)$/ });
    this.header = page.getByRole('banner');
    this.programNavigation = this.header.getByRole('navigation');
    this.languageSwitch = page.getByRole('radiogroup', { name: /^(表示言語|Language)$/ });
    this.main = page.getByRole('main');
    this.footer = page.getByRole('contentinfo');
    this.signInLink = this.header.getByRole('link', { name: /^(ログイン|Sign in)$/ });
    this.signUpLink = this.header.getByRole('link', { name: /^(新規登録|Sign up)$/ });
    this.signOutButton = this.header.getByRole('button', { name: /^(ログアウト|Sign out)$/ });
  }

  /** The header's link to the account page, which reads as the signed-in person's name. */
  accountLink(displayName: string): Locator {
    return this.header.getByRole('link', { name: displayName, exact: true });
  }

  /** The header knows whether someone is signed in (it asks the API on every load). */
  async waitForAccountArea(): Promise<void> {
    await this.signInLink.or(this.signOutButton).waitFor();
  }

  languageOption(language: Language): Locator {
    return this.languageSwitch.getByRole('radio', { name: endonyms[language] });
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.languageOption(language).click();
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  storedLanguage(): Promise<string | null> {
    return this.page.evaluate(() => window.localStorage.getItem('asaka.lang'));
  }

  /**
   * Presses Tab from the top of the page until focus leaves the document or comes round again, and
   * names each element it stopped on as "TAG:text".
   */
  async tabStops(): Promise<string[]> {
    const stops: string[] = [];
    for (;;) {
      await this.page.keyboard.press('Tab');
      const stop = await this.page.evaluate(() => {
        const focused = document.activeElement;
        return focused && focused !== document.body ? `${focused.tagName}:${focused.textContent?.trim() ?? ''}` : null;
      });
      if (stop === null || stops.includes(stop)) return stops;
      stops.push(stop);
    }
  }

  /** Every element a user can operate, in document order, named as in tabStops(). */
  interactiveElements(): Promise<string[]> {
    return this.page.evaluate(() =>
      Array.from(
        document.querySelectorAll('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])'),
        (element) => `${element.tagName}:${element.textContent?.trim() ?? ''}`,
      ),
    );
  }

  hasHorizontalScroll(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
