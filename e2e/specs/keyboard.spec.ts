import { expect, test } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { HomePage } from '../pages/home.page';
import { SignInPage } from '../pages/sign-in.page';
import { createVerifiedAccount } from '../support/accounts';
import { MailReader } from '../support/mail-reader';

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
  await home.waitForAccountArea();

  const tabStops = await home.tabStops();

  expect(tabStops).toEqual([
    'A:本文へスキップ',
    'A:朝霞市 産業振興ポータル',
    // The language switch is one radio group: one Tab stop, its options chosen with the arrow keys.
    'BUTTON:日本語',
    'A:ログイン',
    'A:新規登録',
    'A:空き店舗バンク',
    'A:起業家支援',
    'A:あさかで働こう',
    'A:ワーク・ライフ・バランス推進企業認定',
    // The program cards' links to the programs' pages.
    'A:空き店舗をさがす',
    'A:空き店舗を登録する・登録した物件を見る（所有者の方）',
    'A:起業相談を予約する（空いている日時から選ぶ）',
    'A:予約した相談を確認・変更する',
    'A:起業家育成支援セミナーの日程・申込み',
    'A:特定創業支援等事業の受講状況（証明書の要件）',
    'A:開業の報告',
    'A:就職面接会・相談会の日程・申込み',
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

test('signing in works with the keyboard alone, and a mistake leads focus to the field to fix', async ({ page }) => {
  const account = await createVerifiedAccount(page.request, new MailReader(), { displayName: '浜崎 四郎' });
  const signIn = new SignInPage(page);
  await signIn.goto();

  // From the top: the skip link, then into the form.
  await page.keyboard.press('Tab');
  await expect(signIn.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(signIn.email).toBeFocused();

  // Sending it empty moves focus to the first field in error.
  await page.keyboard.press('Enter');
  await expect(signIn.email).toHaveAttribute('aria-invalid', 'true');
  await expect(signIn.email).toBeFocused();
  await expect(signIn.errorSummary).toContainText('メールアドレスを入力してください。');

  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await expect(signIn.password).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Tab');
  await expect(signIn.showPassword).toBeFocused();
  await page.keyboard.press('Space');
  await expect(signIn.password).toHaveAttribute('type', 'text');
  await expect(signIn.showPassword).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(signIn.password).toHaveAttribute('type', 'password');
  await page.keyboard.press('Tab');
  await expect(signIn.submitButton).toBeFocused();
  await expect(signIn.submitButton).toBeInViewport();
  await page.keyboard.press('Enter');

  const accountPage = new AccountPage(page);
  await expect(accountPage.detail('お名前')).toHaveText('浜崎 四郎');
  // The new page's content has focus, so reading continues there.
  await expect(accountPage.main).toBeFocused();
});
