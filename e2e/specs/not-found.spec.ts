import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';
import { NotFoundPage } from '../pages/not-found.page';

test('an unknown address shows the not-found page, with the way back home', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/no-such-page');

  await expect(notFound.heading).toHaveText('ページが見つかりません');
  await expect(page).toHaveTitle('ページが見つかりません | 朝霞市 産業振興ポータル');
  await expect(notFound.header).toBeVisible();

  await notFound.backHomeLink.click();

  const home = new HomePage(page);
  await expect(home.heading).toHaveText('朝霞市の事業者・起業家・求職者を支える4つの事業');
  await expect(page).toHaveURL(/\/$/);
});

test('the not-found page follows the chosen language', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/no-such-section/no-such-page');

  await notFound.switchLanguage('en');

  await expect(notFound.heading).toHaveText('Page not found');
  await expect(notFound.backHomeLink).toHaveText('Back to the home page');
});
