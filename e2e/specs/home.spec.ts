import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';

test('a first visit shows the portal and its four programs in Japanese', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();

  await expect(page).toHaveTitle('朝霞市 産業振興ポータル');
  expect(await home.htmlLang()).toBe('ja');
  await expect(home.header).toContainText('朝霞市 産業振興ポータル');
  await expect(home.heading).toHaveText('朝霞市の事業者・起業家・求職者を支える4つの事業');
  await expect(home.programNames).toHaveText(['空き店舗バンク', '起業家支援', 'あさかで働こう', 'ワーク・ライフ・バランス推進企業認定']);
  for (const program of await home.programNames.all()) {
    await expect(program).toBeVisible();
  }
  await expect(home.footer).toContainText('朝霞市 産業振興課');
  await expect(home.footer).toContainText('朝霞市産業振興基本計画');
  await expect(home.languageOption('ja')).toBeChecked();
});
