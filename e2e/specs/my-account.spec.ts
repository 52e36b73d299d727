import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { HomePage } from '../pages/home.page';
import { SignInPage } from '../pages/sign-in.page';
import { createVerifiedAccount, signInThroughApi } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { MailReader } from '../support/mail-reader';

const mails = new MailReader();

test('turning off the portal news is kept after a reload', async ({ page }) => {
  const account = await createVerifiedAccount(page.request, mails, { displayName: '仲町 一郎' });
  await signInThroughApi(page.request, account);
  const accountPage = new AccountPage(page);
  await accountPage.goto();

  const news = accountPage.mailTopic('portal-news');
  await expect(news).toBeChecked();
  await expect(accountPage.mail).toContainText('手続きに必要な大切なメールは、この設定にかかわらずお送りします。');
  await accountPage.setChecked(news, false);
  await accountPage.saveMailButton.click();
  await expect(accountPage.mailStatus).toHaveText('受信設定を保存しました。');

  await page.reload();
  await expect(accountPage.mailTopic('saved-search-alerts')).toBeChecked();
  await expect(accountPage.mailTopic('portal-news')).not.toBeChecked();
});

test('a person downloads their data, deletes their account, and can no longer sign in', async ({ page }) => {
  const account = await createVerifiedAccount(page.request, mails, { displayName: '溝沼 二郎' });
  await signInThroughApi(page.request, account);
  const accountPage = new AccountPage(page);
  await accountPage.goto();

  const downloading = page.waitForEvent('download');
  await accountPage.downloadButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('asaka-portal-my-data.json');
  const data = JSON.parse(await readFile(await download.path(), 'utf8')) as { account: { email: string; display_name: string } };
  expect(data.account).toMatchObject({ email: account.email, display_name: '溝沼 二郎' });

  await accountPage.deleteButton.click();
  await expect(accountPage.deleteDialog).toBeVisible();
  await accountPage.confirmDeleteButton.click();
  await expect(accountPage.deleteDialog).toContainText('「元に戻せないことを理解しました」にチェックを入れてください。');
  await accountPage.understood.locator('xpath=ancestor::label[1]').click();
  await accountPage.confirmDeleteButton.click();

  const home = new HomePage(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(home.main.getByRole('status')).toHaveText('アカウントを削除しました。これまでのご利用、ありがとうございました。');
  await expect(home.signInLink).toBeVisible();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account.email, account.password);
  await expect(signIn.errorSummary).toContainText('メールアドレスまたはパスワードが正しくありません。');
});

for (const language of ['ja', 'en'] as const) {
  test(`the account page with all its sections has no WCAG 2.2 AA violation in ${language}`, async ({ page }) => {
    const account = await createVerifiedAccount(page.request, mails, { roles: ['jobseeker', 'entrepreneur'], locale: language });
    await signInThroughApi(page.request, account);
    const accountPage = new AccountPage(page);
    await accountPage.goto();
    if (language === 'en') await accountPage.switchLanguage('en');
    await expect(accountPage.heading).toHaveText(language === 'ja' ? 'アカウント情報' : 'Your account');
    await expect(accountPage.mailTopic('portal-news')).toBeVisible();

    expect(await axeViolations(page)).toEqual([]);

    // With the delete dialog open, too.
    await accountPage.deleteButton.click();
    await expect(accountPage.deleteDialog).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('on a 375px-wide phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the account page has no WCAG 2.2 AA violation and needs no sideways scrolling', async ({ page }) => {
    const account = await createVerifiedAccount(page.request, mails);
    await signInThroughApi(page.request, account);
    const accountPage = new AccountPage(page);
    await accountPage.goto();
    await expect(accountPage.mailTopic('portal-news')).toBeVisible();

    // Starting two-step verification shows the key to type, which must wrap on a phone.
    await accountPage.secondFactor.getByRole('button', { name: '設定を始める' }).click();
    await expect(accountPage.secondFactor.getByRole('link', { name: '認証アプリで開く' })).toHaveAttribute('href', /^otpauth:\/\/totp\//);

    expect(await axeViolations(page)).toEqual([]);
    expect(await accountPage.hasHorizontalScroll()).toBe(false);
  });
});
