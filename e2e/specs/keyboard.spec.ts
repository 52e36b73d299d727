import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';

test('the first Tab focuses the skip link, which is then visible, and Enter moves focus to main', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  await page.keyboard.press('Tab');
  await expect(home.skipLink).toBeFocused();
  await expect(home.skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(home.main).toBeFocused();
});

test('every control is reachable from the keyboard', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  const tabStops = await home.tabStops();

  expect(tabStops).toEqual([
    'A:本文へスキップ',
    'A:朝霞市 産業振興ポータル',
    // The language switch is one radio group: one Tab stop, its options chosen with the arrow keys.
    'BUTTON:日本語',
    'A:空き店舗バンク',
    'A:起業家支援',
    'A:あさかで働こう',
    'A:ワーク・ライフ・バランス推進企業認定',
  ]);
  expect(await home.interactiveElements()).toEqual([...tabStops.slice(0, 3), 'BUTTON:English', ...tabStops.slice(3)]);
});

test('the language can be switched with the keyboard alone', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.languageOption('ja').focus();

  await page.keyboard.press('ArrowRight');
  await expect(home.languageOption('en')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(home.languageOption('en')).toBeChecked();
  await expect(home.heading).toHaveText('Four programs supporting businesses, entrepreneurs and jobseekers in Asaka');
  expect(await home.htmlLang()).toBe('en');
});

test('a program link in the header takes focus to that program', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  await home.programNavigation.getByRole('link', { name: 'あさかで働こう' }).press('Enter');

  await expect(home.main.getByRole('region', { name: 'あさかで働こう' })).toBeFocused();
  await expect(page).toHaveURL(/\/#jobs$/);
});
