import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from '../pages/home.page';
import { NotFoundPage } from '../pages/not-found.page';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  // Rule id and failing elements are what a failure report needs to be acted on.
  return violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }));
}

for (const language of ['ja', 'en'] as const) {
  test.describe(`in ${language}`, () => {
    test('the home page has no WCAG 2.2 AA violation', async ({ page }) => {
      const home = new HomePage(page);
      await home.goto();
      if (language === 'en') await home.switchLanguage('en');
      expect(await home.htmlLang()).toBe(language);

      expect(await axeViolations(page)).toEqual([]);
    });

    test('the not-found page has no WCAG 2.2 AA violation', async ({ page }) => {
      const notFound = new NotFoundPage(page);
      await notFound.goto('/no-such-page');
      if (language === 'en') await notFound.switchLanguage('en');
      expect(await notFound.htmlLang()).toBe(language);

      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('on a 375px-wide phone', () => {
      test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

      test('the home page has no WCAG 2.2 AA violation', async ({ page }) => {
        const home = new HomePage(page);
        await home.goto();
        if (language === 'en') await home.switchLanguage('en');

        expect(await axeViolations(page)).toEqual([]);
      });
    });

    test.describe('at 320 CSS pixels (WCAG reflow)', () => {
      test.use({ viewport: { width: 320, height: 640 } });

      test('the home page needs no horizontal scrolling', async ({ page }) => {
        const home = new HomePage(page);
        await home.goto();
        if (language === 'en') await home.switchLanguage('en');

        expect(await home.hasHorizontalScroll()).toBe(false);
      });
    });
  });
}
