import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { InquiryThreadPage, MyInquiriesPage, StaffMatchesPage, StoreInquiriesSection, StoreInquiryForm, threadPathIn } from '../pages/inquiries.pages';
import { SignInPage } from '../pages/sign-in.page';
import { ListingFormPage, VacantStorePage, VacantStoreReviewPage, VacantStoreSearchPage } from '../pages/vacant-stores.pages';
import { createVerifiedAccount, signInThroughApi, uniqueEmail, type TestAccount } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { demoOwner, demoStaff, totpCode } from '../support/demo';
import { MailReader } from '../support/mail-reader';

// The whole path of issue 4 in the browser, one story in order: an owner lists a store, staff
// publish it, a seeker finds it by a two-character word and asks, the two talk by the platform's
// messages (each told by mail), the owner reports the let, the seeker confirms it, staff confirm
// the match, and 空き店舗の活用件数 of the fiscal year rises by exactly one. Each person has a
// browser of their own, kept open throughout; staff sign in once (a code is accepted once per step).

const mails = new MailReader();
// The worker sends a moment after the API queues; the machine may be busy.
const mailWait = { timeoutMs: 60_000 };

/** Two rare kanji, in an order no demo store or other test uses: the word the seeker searches for. */
function uniqueWord(): string {
  const birds = ['鶯', '鵜', '鷺', '鶫', '鷭', '鶲', '鵯', '鶸', '鴫', '鵐', '鶉', '鴇'];
  const first = Math.floor(Math.random() * birds.length);
  const second = (first + 1 + Math.floor(Math.random() * (birds.length - 1))) % birds.length;
  return `${birds[first]}${birds[second]}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No map tile is ever fetched: the tests run without a network, as the list must. */
async function withoutTiles(page: Page): Promise<void> {
  await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort());
}

async function browserFor(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await withoutTiles(page);
  return page;
}

/** A new person with a confirmed address, signed in in their own browser. */
async function signedInSeeker(page: Page, label: string, displayName: string): Promise<TestAccount> {
  const account = await createVerifiedAccount(page.request, mails, { email: uniqueEmail(label), displayName, roles: ['entrepreneur'] });
  await signInThroughApi(page.request, account);
  return account;
}

test('a store goes from listing to a let the city counts: listed, published, found, asked about, talked over, let, confirmed by both and by staff', async ({ browser }) => {
  test.setTimeout(300_000);
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const word = uniqueWord();
  const title = `${word}の見える角地 小さな店舗 ${runId}`;
  const seekerName = `出店 希望${runId}`;
  const contexts: BrowserContext[] = [];

  try {
    const owner = await browserFor(browser, contexts);
    const staff = await browserFor(browser, contexts);
    const seeker = await browserFor(browser, contexts);
    const otherSeeker = await browserFor(browser, contexts);
    let storeId = '';

    await test.step('the owner lists the store and sends it for review', async () => {
      const signIn = new SignInPage(owner);
      await signIn.goto('/my/vacant-stores/new');
      await signIn.signIn(demoOwner.email, demoOwner.password);
      const form = new ListingFormPage(owner);
      await expect(form.heading).toHaveText('空き店舗の登録');
      await form.fill({
        organization: 'みつばち雑貨店',
        title,
        district: '仲町一丁目',
        streetAddress: '1-5 仲町テラス1F',
        station: '朝霞',
        walkMinutes: '6',
        floorArea: '24.6',
        floor: '1F',
        monthlyRent: '95000',
        commonCharges: '5000',
        contractType: '普通借家契約',
        uses: ['飲食', '物販'],
        description: `${word}が庭に来る角地の店舗です。テイクアウトの飲食店や小さな物販に向いています。`,
      });
      await form.saveDraftButton.click();
      await expect(form.heading).toHaveText(title);
      storeId = /\/my\/vacant-stores\/([0-9a-f-]{36})\/edit/.exec(owner.url())?.[1] ?? '';
      expect(storeId).not.toBe('');
      await form.reviewAction('審査に出す').click();
      await expect(form.reviewPanel).toContainText('審査に出しました。市の確認をお待ちください。');
    });

    await test.step('staff publish it', async () => {
      const signIn = new SignInPage(staff);
      await signIn.goto('/staff/vacant-stores/review');
      await signIn.signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());
      const review = new VacantStoreReviewPage(staff);
      await expect(review.queue).toBeVisible();
      await review.open(title);
      await review.reviewPanel.getByRole('button', { name: '公開する' }).click();
      await staff.getByRole('alertdialog', { name: `「${title}」を公開しますか` }).getByRole('button', { name: '公開する' }).click();
      await expect(review.notice).toHaveText(`「${title}」を公開しました。`);
    });

    let threadPath = '';
    let seekerAccount: TestAccount | undefined;
    await test.step('a seeker finds it by a two-character word and sends an inquiry', async () => {
      seekerAccount = await signedInSeeker(seeker, 'seeker', seekerName);
      const search = new VacantStoreSearchPage(seeker);
      await search.goto();
      await search.search({ q: word });
      await search.waitForResults();
      await expect(search.titles()).toHaveText([title]);
      await search.result(title).getByRole('link', { name: title }).click();

      await expect(new VacantStorePage(seeker).heading).toHaveText(title);
      const form = new StoreInquiryForm(seeker);
      await form.send({ plannedBusiness: 'テイクアウト専門のおにぎり屋', message: `${word}の角地の物件について、内見をお願いできますか。平日の夕方が都合がよいです。` });

      const thread = new InquiryThreadPage(seeker);
      await expect(seeker).toHaveURL(/\/inquiries\/[0-9a-f-]{36}$/);
      threadPath = new URL(seeker.url()).pathname;
      await expect(thread.heading).toHaveText(`「${title}」についてのお問い合わせ`);
      await expect(thread.notice).toContainText('お問い合わせを送りました。');
      await expect(thread.messages).toHaveCount(1);
      await expect(thread.messages.first()).toContainText('内見をお願いできますか。');
      await expect(thread.outcomePanel.getByRole('button')).toHaveText(['やり取りを終える']);
      expect(await axeViolations(seeker)).toEqual([]);
    });

    await test.step('the owner is mailed a link to the thread, without the seeker’s address, and replies', async () => {
      const mail = await mails.waitFor({ to: demoOwner.email, subject: new RegExp(`「${escape(title)}」にお問い合わせがありました`) }, mailWait);
      expect(threadPathIn(mail)).toBe(threadPath);
      expect(mail.text).toContain(seekerName);
      expect(mail.text).not.toContain(seekerAccount?.email ?? '@');

      const thread = new InquiryThreadPage(owner);
      await thread.goto(threadPathIn(mail));
      await expect(thread.message('内見をお願いできますか。')).toContainText(seekerName);
      await thread.reply('お問い合わせありがとうございます。木曜日の17時でしたらご案内できます。');
      await expect(thread.sentStatus).toBeVisible();
      await expect(thread.replyBox).toHaveValue('');
      await expect(thread.messages).toHaveCount(2);
    });

    await test.step('the seeker is mailed and reads the reply; another person cannot open their thread', async () => {
      const mail = await mails.waitFor({ to: seekerAccount?.email ?? '', subject: new RegExp(`「${escape(title)}」について新しいメッセージが届きました`) }, mailWait);
      expect(threadPathIn(mail)).toBe(threadPath);
      expect(mail.text).not.toContain(demoOwner.email);
      const thread = new InquiryThreadPage(seeker);
      await thread.goto(threadPathIn(mail));
      await expect(thread.message('木曜日の17時でしたらご案内できます。')).toBeVisible();

      await signedInSeeker(otherSeeker, 'other-seeker', `別の 出店者${runId}`);
      const intruder = new InquiryThreadPage(otherSeeker);
      await intruder.goto(threadPath);
      await expect(intruder.notFound).toBeVisible();
      await expect(intruder.messages).toHaveCount(0);
      await expect(intruder.main).not.toContainText('内見をお願いできますか。');
    });

    await test.step('the seeker’s inquiries list it', async () => {
      const mine = new MyInquiriesPage(seeker);
      await mine.goto();
      await expect(mine.inquiry(title)).toContainText('あなたのお問い合わせ');
      await expect(mine.inquiry(title)).toContainText('相手：みつばち雑貨店');
      await expect(mine.inquiry(title)).toContainText('やり取り中');
      expect(await axeViolations(seeker)).toEqual([]);
    });

    await test.step('the owner reports the store let to this inquiry', async () => {
      const thread = new InquiryThreadPage(owner);
      await thread.goto(threadPath);
      await thread.markLetLink.click();
      await expect(owner).toHaveURL(new RegExp(`/my/vacant-stores/${storeId}/edit#store-inquiries$`));
      const inquiries = new StoreInquiriesSection(owner);
      await expect(inquiries.row(seekerName)).toContainText('やり取り中');
      await inquiries.markLetTo(seekerName);
      await expect(inquiries.status).toHaveText(`${seekerName}さんに決まったと報告しました。${seekerName}さんの確認を待っています。`);
      await expect(inquiries.row(seekerName)).toContainText('入居の確認待ち');
      await expect(new ListingFormPage(owner).reviewPanel).toContainText('成約済み');
    });

    await test.step('the seeker is asked by mail and confirms they took the store', async () => {
      const mail = await mails.waitFor({ to: seekerAccount?.email ?? '', subject: new RegExp(`「${escape(title)}」の入居のご確認をお願いします`) }, mailWait);
      const thread = new InquiryThreadPage(seeker);
      await thread.goto(threadPathIn(mail));
      await expect(thread.outcomePanel.getByRole('button')).toHaveText(['入居を確認する', '決まっていない']);
      await thread.takeOutcomeAction('入居を確認する');
      await expect(thread.outcomePanel).toContainText('入居を確認しました。');
      await expect(thread.outcomePanel.getByRole('button')).toHaveText(['決まっていない']);
    });

    await test.step('staff confirm the match, and the fiscal year’s count rises by exactly one', async () => {
      const matches = new StaffMatchesPage(staff);
      await matches.goto();
      expect(await axeViolations(staff)).toEqual([]);
      const before = await matches.confirmedCount();
      await expect(matches.row(title)).toContainText('市の確認待ち');
      await expect(matches.row(title)).toContainText(seekerName);

      await matches.confirmMatch(title);
      await expect(matches.done).toContainText(`「${title}」の成約を確認しました。`);
      await expect(matches.row(title)).toContainText('成約（市が確認済み）');
      await expect(matches.confirmButton(title)).toHaveCount(0);
      await expect.poll(() => matches.confirmedCount()).toBe(before + 1);
      // And as the page shows it afresh.
      await matches.goto();
      expect(await matches.confirmedCount()).toBe(before + 1);
    });
  } finally {
    for (const context of contexts) await context.close();
  }
});
