import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AttendancePage, EventFormPage, EventPage, EventsListPage, MyRegistrationsPage, StaffEventPage, StaffEventsPage } from '../pages/events.pages';
import { SignInPage } from '../pages/sign-in.page';
import { createVerifiedAccount, signInThroughApi, type TestAccount } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { demoStaff, totpCode } from '../support/demo';
import { MailReader } from '../support/mail-reader';

// One story, in order: staff publish a seminar with one seat; A takes it, B joins the waiting
// list; A cancels and B moves up (and is mailed); staff check B in at the door by the code typed
// carelessly, and download the attendance list. Staff sign in once (a code is accepted once per step).
test.describe.configure({ mode: 'serial' });

const mails = new MailReader();
const runId = Date.now().toString(36);
const title = `創業塾 特別回「資金計画」 ${runId}`;

const JST_MS = 9 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** A moment's Japan date and time, whatever the zone of the machine running the tests. */
function japan(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + JST_MS);
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

// The seminar starts a quarter of an hour from now: registration (open until the start) and A's
// cancellation happen before it, and attendance can be taken from 00:00 of its day in Japan.
const FIVE_MINUTES = 5 * 60_000;
const startsAt = new Date(Math.ceil((Date.now() + 15 * 60_000) / FIVE_MINUTES) * FIVE_MINUTES);
const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
const start = japan(startsAt);
const end = japan(endsAt);

let staffContext: BrowserContext | undefined;
let staffPage: Page;
let eventId = '';
let memberA: TestAccount;
let memberB: TestAccount;
let contextB: BrowserContext | undefined;
let pageB: Page;
let codeB = '';

test.afterAll(async () => {
  await staffContext?.close();
  await contextB?.close();
});

test('staff create a seminar with one seat as a draft, the form saying what is missing first, and publish it', async ({ browser, request }) => {
  [memberA, memberB] = await Promise.all([
    createVerifiedAccount(request, mails, { displayName: `本町 一花 ${runId}`, roles: ['entrepreneur'] }),
    createVerifiedAccount(request, mails, { displayName: `膝折 二郎 ${runId}`, roles: ['entrepreneur'] }),
  ]);

  staffContext = await browser.newContext();
  staffPage = await staffContext.newPage();
  const signIn = new SignInPage(staffPage);
  await signIn.goto('/staff/events/new');
  await signIn.signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());

  const form = new EventFormPage(staffPage);
  await expect(form.heading).toHaveText('新しいイベントの作成');
  expect(await axeViolations(staffPage)).toEqual([]);

  await form.saveDraftButton.click();
  await expect(form.errorSummary.getByRole('link', { name: 'イベント名を入力してください。' })).toBeVisible();
  await expect(form.errorSummary.getByRole('link', { name: '定員を入力してください。' })).toBeVisible();
  await expect(form.textbox('イベント名')).toBeFocused();
  expect(await axeViolations(staffPage)).toEqual([]);

  await form.fill({
    title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    endDate: end.date === start.date ? undefined : end.date,
    venueName: '朝霞市産業文化センター 研修室1',
    venueAddress: '朝霞市浜崎1-2-10',
    capacity: '１',
    areas: ['経営', '財務'],
  });
  await form.saveDraftButton.click();

  const staffEvent = new StaffEventPage(staffPage);
  await expect(staffEvent.heading).toHaveText(title);
  await expect(staffEvent.notice).toHaveText('下書きとして保存しました。内容を確かめて「公開する」を押してください。');
  eventId = new URL(staffPage.url()).pathname.split('/').at(-1) ?? '';
  expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
  await staffEvent.publish();
  await expect(staffEvent.actions).toContainText('公開しました。');
  await expect(staffEvent.main.locator('.event-staff__status')).toContainText('公開中');

  const list = new StaffEventsPage(staffPage);
  await list.staffNavigation.getByRole('link', { name: 'セミナー・イベントの管理' }).click();
  await expect(list.row(title)).toContainText('0/1人・待ち0人');
  expect(await axeViolations(staffPage)).toEqual([]);
});

test('A takes the only seat and gets a check-in code; B, on a phone, joins the waiting list as number 1', async ({ browser, page }) => {
  expect(eventId, 'runs after the previous test, which creates the event').not.toBe('');
  await signInThroughApi(page.request, memberA);

  const list = new EventsListPage(page);
  await list.goto('?kind=seminar');
  const card = list.event(title);
  await expect(list.fact(card, '定員・空き')).toHaveText('残り1席（定員1人）');
  await expect(list.fact(card, '扱う分野')).toHaveText('経営・財務');
  await expect(list.fact(card, '日時')).toContainText('(日本時間 JST)');
  expect(await axeViolations(page)).toEqual([]);

  await card.getByRole('link', { name: title }).click();
  const eventA = new EventPage(page);
  await expect(eventA.heading).toHaveText(title);
  await eventA.registerButton.click();
  await expect(eventA.outcome).toHaveText('申込みが完了しました。参加が確定しています。確認のメールをお送りしました。');
  await expect(eventA.outcome).toBeFocused();
  await expect(eventA.checkInCodeValue).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(await axeViolations(page)).toEqual([]);

  const mine = new MyRegistrationsPage(page);
  await mine.goto();
  await expect(mine.registration(title)).toContainText('参加確定');
  await expect(mine.registration(title).getByRole('group', { name: '受付コード' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  contextB = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  pageB = await contextB.newPage();
  await signInThroughApi(pageB.request, memberB);
  const listB = new EventsListPage(pageB);
  await listB.goto('?kind=seminar');
  await expect(listB.fact(listB.event(title), '定員・空き')).toHaveText('キャンセル待ち（満席）');
  expect(await listB.hasHorizontalScroll()).toBe(false);
  await listB.event(title).getByRole('link', { name: title }).tap();

  const eventB = new EventPage(pageB);
  await expect(eventB.heading).toHaveText(title);
  await eventB.joinWaitlistButton.tap();
  await expect(eventB.outcome).toHaveText('キャンセル待ちの1番目で受け付けました。空きが出ると繰り上がり、メールでお知らせします。');
  await expect(eventB.checkInCode).toHaveCount(0);
  expect(await eventB.hasHorizontalScroll()).toBe(false);
  expect(await axeViolations(pageB)).toEqual([]);
});

test('A cancels after confirming; B now holds the seat, sees the code and is mailed that they moved up', async ({ page }) => {
  expect(contextB, 'runs after the previous test, which registers A and B').toBeDefined();
  await signInThroughApi(page.request, memberA);
  const eventA = new EventPage(page);
  await eventA.goto(eventId);
  await eventA.cancelRegistration();
  await expect(eventA.outcome).toHaveText('申込を取り消しました。');
  // The freed seat went at once to B, first on the waiting list: A could now only wait.
  await expect(eventA.joinWaitlistButton).toBeVisible();
  await expect(eventA.details).toContainText('キャンセル待ち（満席）');

  const promoted = await mails.waitFor({ to: memberB.email, subject: /キャンセル待ちから繰り上がり/ });
  expect(promoted.subject).toContain(title);
  expect(promoted.text).toContain(`/events/${eventId}`);

  const eventB = new EventPage(pageB);
  await eventB.goto(eventId);
  await expect(eventB.registration).toContainText('参加が確定しています。');
  await expect(eventB.checkInCodeValue).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  codeB = (await eventB.checkInCodeValue.textContent()) ?? '';
  expect(promoted.text).toContain(codeB);
  expect(await eventB.hasHorizontalScroll()).toBe(false);
});

test('staff check B in by the code typed in lower case without the hyphen, see B attended, and download the list as CSV', async () => {
  expect(codeB, 'runs after the previous test, which gives B the seat').not.toBe('');
  // Attendance opens at 00:00 of the event's day in Japan: when the seminar falls just after
  // midnight, wait for that day to begin.
  const dayBegins = new Date(`${start.date}T00:00:00+09:00`).getTime();
  const wait = Math.max(0, dayBegins - Date.now());
  test.setTimeout(120_000 + wait);
  if (wait > 0) await staffPage.waitForTimeout(wait + 1_000);

  const attendance = new AttendancePage(staffPage);
  await attendance.goto(eventId);
  await expect(attendance.heading).toHaveText('受付・出席簿');
  await expect(attendance.row(memberB.displayName).getByRole('button', { name: `${memberB.displayName}さんを受付する` })).toBeVisible();
  expect(await axeViolations(staffPage)).toEqual([]);

  await attendance.checkIn(codeB.replace('-', '').toLowerCase());
  await expect(attendance.announcement).toHaveText(`${memberB.displayName}さんを受付しました（受付コード ${codeB}）。`);
  await expect(attendance.codeInput).toHaveValue('');
  await expect(attendance.codeInput).toBeFocused();
  await expect(attendance.row(memberB.displayName)).toContainText('受付済み');
  await expect(attendance.row(memberB.displayName)).toContainText('(日本時間 JST)');

  const [download] = await Promise.all([staffPage.waitForEvent('download'), attendance.downloadButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^attendance-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(memberB.displayName);
  expect(await axeViolations(staffPage)).toEqual([]);

  // The reception desk on a phone: one column, nothing to scroll sideways but the table's own region.
  await staffPage.setViewportSize({ width: 375, height: 812 });
  await attendance.goto(eventId);
  await expect(attendance.codeInput).toBeVisible();
  expect(await attendance.hasHorizontalScroll()).toBe(false);
});
