import { expect, test } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { ForgotPasswordPage } from '../pages/forgot-password.page';
import { ResetPasswordPage } from '../pages/reset-password.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { VerifyEmailPage } from '../pages/verify-email.page';
import { createVerifiedAccount, uniqueEmail } from '../support/accounts';
import { linkIn, MailReader } from '../support/mail-reader';

const mails = new MailReader();

test('signing up in Japanese: the mailed link confirms the address, then sign in, see the account, sign out', async ({ page }) => {
  const email = uniqueEmail('signup');
  const password = '朝霞台の駅から歩いて十分';

  const signUp = new SignUpPage(page);
  await signUp.goto();
  await expect(signUp.heading).toHaveText('新規登録');
  await expect(signUp.mailLanguageOption('ja')).toBeChecked();
  await signUp.signUp({ displayName: '朝霞 太郎', email, password, roles: ['jobseeker', 'entrepreneur'] });

  await expect(signUp.heading).toHaveText('メールをお送りしました');
  await expect(signUp.main).toContainText(`${email} 宛てにメールをお送りしました。`);

  const mail = await mails.waitFor({ to: email, subject: /メールアドレスの確認/ });
  expect(mail.text).toContain('朝霞 太郎 様');
  const verify = new VerifyEmailPage(page);
  await verify.open(linkIn(mail, '/verify-email'));
  await expect(verify.heading).toHaveText('メールアドレスの確認が完了しました');
  await verify.continueToSignIn.click();

  const signIn = new SignInPage(page);
  await expect(signIn.heading).toHaveText('ログイン');
  await signIn.signIn(email, password);

  const account = new AccountPage(page);
  await expect(page).toHaveURL(/\/account$/);
  await expect(account.heading).toHaveText('アカウント情報');
  await expect(account.detail('お名前')).toHaveText('朝霞 太郎');
  await expect(account.detail('メールアドレス')).toHaveText(email);
  await expect(account.detail('ご利用の目的・権限').getByRole('listitem')).toHaveText(['求職者', '起業家・創業希望者']);
  await expect(account.detail('メールアドレスの確認')).toHaveText('確認済み');
  await expect(account.accountLink('朝霞 太郎')).toHaveAttribute('href', '/account');

  await account.signOutButton.click();

  // The sign-in page first (its one status region is the notice; the account page has several).
  await expect(signIn.heading).toHaveText('ログイン');
  await expect(signIn.notice).toHaveText('ログアウトしました。');
  await expect(signIn.signInLink).toBeVisible();
  await account.goto();
  await expect(account.signInRequired).toBeVisible();
  await expect(account.details).toHaveCount(0);

  // Signing in from there comes back to the account page.
  await account.signInPromptLink.click();
  await signIn.signIn(email, password);
  await expect(account.detail('お名前')).toHaveText('朝霞 太郎');
});

test('a common password is refused by the server, and the reason shows next to the password field', async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();

  await signUp.signUp({ displayName: '朝霞 次郎', email: uniqueEmail('common'), password: 'password123' });

  const refusal = 'このパスワードはよく使われているため使えません。別のパスワードにしてください。';
  await expect(signUp.password).toHaveAttribute('aria-invalid', 'true');
  await expect(signUp.password).toHaveAccessibleDescription(`10文字以上 ${refusal}`);
  await expect(signUp.password).toBeFocused();
  await expect(signUp.errorSummary).toContainText(refusal);
  await expect(signUp.heading).toHaveText('新規登録');
});

test('a forgotten password: the mailed link sets a new one, which then signs in', async ({ page }) => {
  const account = await createVerifiedAccount(page.request, mails, { displayName: '膝折 三郎' });
  await page.context().clearCookies();
  const newPassword = '黒目川の桜並木を歩いた春';

  const forgot = new ForgotPasswordPage(page);
  await forgot.goto();
  await forgot.requestReset(account.email);
  await expect(forgot.heading).toHaveText('メールをお送りしました');

  const mail = await mails.waitFor({ to: account.email, subject: /パスワードの再設定/ });
  const reset = new ResetPasswordPage(page);
  await reset.open(linkIn(mail, '/reset-password'));
  await reset.choose(newPassword);
  await expect(reset.heading).toHaveText('パスワードを変更しました');
  await reset.continueToSignIn.click();

  const signIn = new SignInPage(page);
  await signIn.signIn(account.email, account.password);
  await expect(signIn.errorSummary).toContainText('メールアドレスまたはパスワードが正しくありません。');

  await signIn.signIn(account.email, newPassword);
  const accountPage = new AccountPage(page);
  await expect(accountPage.detail('お名前')).toHaveText('膝折 三郎');
});
