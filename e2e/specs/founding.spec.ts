import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  FoundingReportPage,
  MyFoundingReportsPage,
  NewFoundingReportPage,
  PathwayPage,
  StaffFoundingReportsPage,
  StaffPathwayPage,
  StaffPersonPathwayPage,
} from '../pages/founding.pages';
import { HomePage } from '../pages/home.page';
import { SignInPage } from '../pages/sign-in.page';
import { createVerifiedAccount, signInThroughApi, type TestAccount } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { demoPassword, demoStaff, totpCode } from '../support/demo';
import { MailReader } from '../support/mail-reader';

// The founding pathway (特定創業支援等事業) and founding reports. The demo entrepreneurs are
// part-way along the pathway (膝折 創: 3 sessions, 販路開拓 missing; 岡 開: a founding report
// waiting). A new entrepreneur reports a founding through the form; staff confirm it and the year's
// count rises by one. Staff sign in once (a code is accepted once per step).
test.describe.configure({ mode: 'serial' });

const mails = new MailReader();
const runId = Date.now().toString(36);
const entrepreneur: TestAccount = { email: 'entrepreneur@demo.asaka.localhost', password: demoPassword, displayName: '膝折 創 (起業家)' };
const entrepreneur2: TestAccount = { email: 'entrepreneur2@demo.asaka.localhost', password: demoPassword, displayName: '岡 開 (起業家)' };
const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

const JST_MS = 9 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A moment's Japan date, whatever the zone of the machine running the tests. */
function japanDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + JST_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}
// Founded three days ago: counted in the fiscal year (April–March) of that date.
const foundedOn = japanDate(new Date(Date.now() - 3 * 86_400_000));
const foundingFiscalYear = Number(foundedOn.slice(5, 7)) >= 4 ? Number(foundedOn.slice(0, 4)) : Number(foundedOn.slice(0, 4)) - 1;
const businessName = `珈琲焙煎所 あさか ${runId}`;

let founder: TestAccount | undefined;
let staffContext: BrowserContext | undefined;
let staffPage: Page;

test.afterAll(async () => {
  await staffContext?.close();
});

test('the demo entrepreneur finds the pathway from the home page and sees 販路開拓 missing, in words, with where to book it', async ({ page }) => {
  await signInThroughApi(page.request, entrepreneur);
  const home = new HomePage(page);
  await home.goto();
  await home.main.getByRole('region', { name: '起業家支援' }).getByRole('link', { name: '特定創業支援等事業の受講状況（証明書の要件）' }).click();

  const pathway = new PathwayPage(page);
  await expect(pathway.heading).toHaveText('特定創業支援等事業の受講状況');
  await expect(pathway.rule).toContainText('4回以上受講すること');
  await expect(pathway.verdict).toHaveText('✗まだ要件を満たしていません。');
  await expect(pathway.area('販路開拓')).toHaveText('✗販路開拓：未受講');
  await expect(pathway.area('経営')).toHaveText('✓経営：受講済み');
  await expect(pathway.conditionStates()).toContainText(['足りない分野：販路開拓']);
  await expect(pathway.nextSteps).toContainText('販路開拓を扱う起業相談を予約するか、販路開拓を扱うセミナーに参加してください。');
  await expect(pathway.nextSteps.getByRole('link', { name: '起業相談を予約する' })).toHaveAttribute('href', '/consultations');
  await expect(pathway.nextSteps.getByRole('link', { name: 'セミナーの日程を見る' })).toHaveAttribute('href', '/events?kind=seminar');
  await expect(pathway.sessions.first()).toContainText('(日本時間 JST)');
  expect(await axeViolations(page)).toEqual([]);
});

test('on a phone the pathway reads in one column, in Japanese and in English, nothing scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext(phone);
  try {
    const page = await context.newPage();
    await signInThroughApi(page.request, entrepreneur);
    const pathway = new PathwayPage(page);
    await pathway.goto();
    await expect(pathway.area('販路開拓')).toBeVisible();
    expect(await pathway.hasHorizontalScroll()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // English runs longer: it still fits, and the missing area is named in words.
    await pathway.switchLanguage('en');
    await expect(pathway.area('Sales channels')).toHaveText('✗Sales channels: not covered yet');
    expect(await pathway.hasHorizontalScroll()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the second demo entrepreneur sees their founding report waiting for review, and is not offered a second one', async ({ page }) => {
  await signInThroughApi(page.request, entrepreneur2);
  const mine = new MyFoundingReportsPage(page);
  await mine.goto();
  await expect(mine.heading).toHaveText('開業の報告');
  await expect(mine.report('こめこぱん工房 おか')).toContainText('確認待ち');
  expect(await axeViolations(page)).toEqual([]);

  await mine.report('こめこぱん工房 おか').getByRole('link', { name: 'こめこぱん工房 おか' }).click();
  const report = new FoundingReportPage(page);
  await expect(report.heading).toHaveText('開業の報告：こめこぱん工房 おか');
  await expect(report.status).toContainText('市の職員が内容を確認しています。');
  await expect(report.facts).toContainText('パン製造小売業');
  expect(await axeViolations(page)).toEqual([]);

  const form = new NewFoundingReportPage(page);
  await form.goto();
  await expect(form.pendingNotice).toContainText('確認待ちの開業報告があります。');
  await expect(form.submitButton).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a new entrepreneur, on a phone, reports the business founded: the form first says what is missing', async ({ browser, request }) => {
  founder = await createVerifiedAccount(request, mails, { displayName: `溝沼 焙 ${runId}`, roles: ['entrepreneur'] });
  const context = await browser.newContext(phone);
  try {
    const page = await context.newPage();
    await signInThroughApi(page.request, founder);
    const form = new NewFoundingReportPage(page);
    await form.goto();
    await expect(form.heading).toHaveText('開業を報告する');
    expect(await axeViolations(page)).toEqual([]);

    await form.submitButton.tap();
    await expect(form.errorSummary.getByRole('link', { name: '開業日を入力してください。' })).toBeVisible();
    await expect(form.errorSummary.getByRole('link', { name: '事業の形態を選んでください。' })).toBeVisible();
    await expect(form.foundedOn).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    await form.fill({ foundedOn, businessName, businessType: '個人事業', industry: '飲食業（コーヒー豆の焙煎・販売）', inAsaka: true, address: '朝霞市溝沼一丁目' });
    await form.submitButton.tap();

    const report = new FoundingReportPage(page);
    await expect(report.heading).toHaveText(`開業の報告：${businessName}`);
    await expect(report.notice).toHaveText('開業の報告を受け付けました。市の職員が内容を確認し、結果をメールでお知らせします。');
    await expect(report.status).toContainText('確認待ち');
    expect(await report.hasHorizontalScroll()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('staff confirm the report behind a dialog, and the count of foundings for its fiscal year rises by one', async ({ browser }) => {
  expect(founder, 'runs after the previous test, which sends the report').toBeDefined();
  staffContext = await browser.newContext();
  staffPage = await staffContext.newPage();
  const signIn = new SignInPage(staffPage);
  await signIn.goto(`/staff/founding/reports?fiscalYear=${foundingFiscalYear}`);
  await signIn.signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());

  const reports = new StaffFoundingReportsPage(staffPage);
  await expect(reports.heading).toHaveText('開業報告の確認');
  await reports.confirmedFoundings.waitFor();
  await expect(reports.counts).toContainText(`${foundingFiscalYear}年度`);
  await expect(reports.heldConsultations).toHaveText(/^\d+件$/);
  const before = await reports.confirmedCount();
  await expect(reports.report(businessName)).toContainText('確認待ち');
  expect(await axeViolations(staffPage)).toEqual([]);

  await reports.report(businessName).getByRole('button', { name: `「${businessName}」の開業報告を確認済みにする` }).click();
  const dialog = staffPage.getByRole('alertdialog', { name: `「${businessName}」の開業報告を確認済みにしますか` });
  await expect(dialog).toContainText(`${foundingFiscalYear}年度`);
  expect(await axeViolations(staffPage)).toEqual([]);
  await dialog.getByRole('button', { name: '確認済みにする' }).click();
  await dialog.waitFor({ state: 'detached' });

  await expect(reports.outcome).toContainText(`「${businessName}」の開業報告を確認済みにしました。`);
  await expect(reports.outcome).toBeFocused();
  await expect(reports.confirmedFoundings).toHaveText(`${before + 1}件`);
  await expect(reports.report(businessName)).toContainText('確認済み');
  await expect(reports.staffNavigation.getByRole('link', { name: '開業報告の確認' })).toHaveAttribute('aria-current', 'page');

  const confirmed = await mails.waitFor({ to: founder?.email ?? '', subject: /開業のご報告を確認しました/ });
  expect(confirmed.text).toContain('/founding-reports/');
});

test('staff see everyone’s progress and download one person’s session dates as a CSV for Excel', async () => {
  expect(staffContext, 'runs after the previous test, which signs staff in').toBeDefined();
  const list = new StaffPathwayPage(staffPage);
  await list.goto();
  await expect(list.heading).toHaveText('特定創業支援等事業の受講状況');
  const row = list.row(entrepreneur.displayName);
  await expect(row).toContainText('✗販路開拓：未受講');
  await expect(row).toContainText('✗未達');
  expect(await axeViolations(staffPage)).toEqual([]);

  const [download] = await Promise.all([staffPage.waitForEvent('download'), list.downloadButton(entrepreneur.displayName).click()]);
  expect(download.suggestedFilename()).toMatch(/^founding-pathway-[0-9a-f]{8}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')[0]).toBe('No.,氏名,区分,日時（日本時間）,内容,経営,財務,人材育成,販路開拓,要件,要件を満たした日');
  expect(csv).toContain(entrepreneur.displayName);

  await row.getByRole('link', { name: entrepreneur.displayName }).click();
  const person = new StaffPersonPathwayPage(staffPage);
  await expect(person.heading).toHaveText(`${entrepreneur.displayName}さんの受講状況`);
  await expect(person.progress).toContainText('足りない分野：販路開拓');
  expect(await axeViolations(staffPage)).toEqual([]);

  await list.goto('?qualified=false');
  await expect(list.row(entrepreneur.displayName)).toBeVisible();
  await expect(list.downloadAllButton).toHaveText('まだ満たしていない方の受講記録をCSVでダウンロード');

  // Staff on a phone: the table scrolls in its own region, the page never sideways.
  await staffPage.setViewportSize({ width: 375, height: 812 });
  await list.goto();
  expect(await list.hasHorizontalScroll()).toBe(false);
  const reports = new StaffFoundingReportsPage(staffPage);
  await reports.goto();
  expect(await reports.hasHorizontalScroll()).toBe(false);
  expect(await axeViolations(staffPage)).toEqual([]);
});
