import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';

test('switching to English shows the portal in English and keeps it after a reload', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  await home.switchLanguage('en');

  await expect(home.heading).toHaveText('Four programs supporting businesses, entrepreneurs and jobseekers in Asaka');
  await expect(home.programNames).toHaveText(['Vacant Store Bank', 'Startup Support', 'Work in Asaka', 'Work-Life Balance Certification']);
  await expect(home.languageOption('en')).toBeChecked();
  await expect(page).toHaveTitle('Asaka Business Support Portal');
  expect(await home.htmlLang()).toBe('en');
  expect(await home.storedLanguage()).toBe('en');

  await page.reload();

  await expect(home.heading).toHaveText('Four programs supporting businesses, entrepreneurs and jobseekers in Asaka');
  await expect(home.languageOption('en')).toBeChecked();
  expect(await home.htmlLang()).toBe('en');
});

test('switching back to Japanese is remembered too', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.switchLanguage('en');
  await expect(home.languageOption('en')).toBeChecked();

  await home.switchLanguage('ja');
  await page.reload();

  await expect(home.heading).toHaveText('朝霞市の事業者・起業家・求職者を支える4つの事業');
  expect(await home.htmlLang()).toBe('ja');
});
