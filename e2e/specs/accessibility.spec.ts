import { expect, test } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { ForgotPasswordPage } from '../pages/forgot-password.page';
import { HomePage } from '../pages/home.page';
import { NotFoundPage } from '../pages/not-found.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { createVerifiedAccount, signInThroughApi } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { MailReader } from '../support/mail-reader';

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

    test('the sign-up page has no WCAG 2.2 AA violation, also with its errors showing', async ({ page }) => {
      const signUp = new SignUpPage(page);
      await signUp.goto();
      if (language === 'en') await signUp.switchLanguage('en');
      await signUp.waitForAccountArea();
      expect(await signUp.htmlLang()).toBe(language);
      expect(await axeViolations(page)).toEqual([]);

      await signUp.submitButton.click();
      await expect(signUp.errorSummary.getByRole('listitem')).toHaveCount(3);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the sign-in page has no WCAG 2.2 AA violation, also with its errors showing', async ({ page }) => {
      const signIn = new SignInPage(page);
      await signIn.goto();
      if (language === 'en') await signIn.switchLanguage('en');
      await signIn.waitForAccountArea();
      expect(await axeViolations(page)).toEqual([]);

      await signIn.submitButton.click();
      await expect(signIn.errorSummary.getByRole('listitem')).toHaveCount(2);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the forgot-password page has no WCAG 2.2 AA violation', async ({ page }) => {
      const forgot = new ForgotPasswordPage(page);
      await forgot.goto();
      if (language === 'en') await forgot.switchLanguage('en');
      await forgot.waitForAccountArea();

      expect(await axeViolations(page)).toEqual([]);
    });

    test('the account page of a signed-in person has no WCAG 2.2 AA violation', async ({ page }) => {
      const account = await createVerifiedAccount(page.request, new MailReader(), { roles: ['jobseeker', 'entrepreneur'], locale: language });
      await signInThroughApi(page.request, account);
      const accountPage = new AccountPage(page);
      await accountPage.goto();
      if (language === 'en') await accountPage.switchLanguage('en');
      await expect(accountPage.accountLink(account.displayName)).toBeVisible();
      await expect(accountPage.heading).toHaveText(language === 'ja' ? 'アカウント情報' : 'Your account');

      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('on a 375px-wide phone', () => {
      test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

      test('the sign-up page has no WCAG 2.2 AA violation', async ({ page }) => {
        const signUp = new SignUpPage(page);
        await signUp.goto();
        if (language === 'en') await signUp.switchLanguage('en');
        await signUp.waitForAccountArea();

        expect(await axeViolations(page)).toEqual([]);
        expect(await signUp.hasHorizontalScroll()).toBe(false);
      });

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

      test('the sign-up page needs no horizontal scrolling, even with its errors showing', async ({ page }) => {
        const signUp = new SignUpPage(page);
        await signUp.goto();
        if (language === 'en') await signUp.switchLanguage('en');
        await signUp.waitForAccountArea();
        await signUp.submitButton.click();
        await expect(signUp.errorSummary.getByRole('listitem')).toHaveCount(3);

        expect(await signUp.hasHorizontalScroll()).toBe(false);
      });
    });
  });
}
