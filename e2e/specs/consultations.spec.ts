import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AdviserPage, BookingFormPage, BookingPage, ConsultationsPage, MyBookingsPage, StaffConsultationsPage, type SlotName } from '../pages/consultations.pages';
import { PathwayPage } from '../pages/founding.pages';
import { SignInPage } from '../pages/sign-in.page';
import { createVerifiedAccount, signInThroughApi, uniqueEmail, type TestAccount } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { demoPassword, demoStaff, totpCode } from '../support/demo';
import { linkIn, MailReader, type CaughtMail } from '../support/mail-reader';
import { moveSessionIntoPast } from '../support/session-clock';

// One story: an entrepreneur books a consultation with the demo adviser of the chamber of commerce,
// both sides get the invitation, the entrepreneur moves it from the mail's link in another browser
// (no sign-in), and the reminder of the day before follows. Once the session is over, the adviser
// marks it held and records the areas covered, and the booker's founding pathway counts it. The
// browsers run in New York time: every time on the pages must still be Japan time, and say so.
test.describe.configure({ mode: 'serial' });
test.use({ timezoneId: 'America/New_York' });

const mails = new MailReader();
// As the demo accounts name him (libs/server/accounts/src/demo/demo-accounts.ts).
const adviser = { email: 'adviser@demo.asaka.localhost', name: '浜崎 導 (相談員)', option: '浜崎 導 (相談員)（朝霞市商工会）' };
const bookerName = `起業 試験${Date.now() % 100_000}`;

let booker: TestAccount;
let bookingId = '';
let booked: SlotName;
let moved: SlotName | undefined;
let bookerMail: CaughtMail;
let staffContext: BrowserContext | undefined;

test.afterAll(async () => {
  await staffContext?.close();
});

/** The .ics invitation attached to a mail: its text, with folded lines joined. */
async function invitationOf(mail: CaughtMail): Promise<string> {
  const attachment = mail.attachments?.find((candidate) => candidate.contentType.startsWith('text/calendar') || candidate.filename?.endsWith('.ics'));
  expect(attachment, `an .ics attachment in "${mail.subject}"`).toBeDefined();
  return (await mails.attachmentText(mail, attachment as NonNullable<typeof attachment>)).replace(/\r?\n[ \t]/g, '');
}

/** The session's Japan date (YYYY-MM-DD) from the month and day a slot names: the next such date from today. */
function japanDateOf(slot: SlotName): string {
  const today = new Date(Date.now() + 9 * 3_600_000);
  let year = today.getUTCFullYear();
  if (slot.month < today.getUTCMonth() + 1) year += 1;
  return `${year}-${String(slot.month).padStart(2, '0')}-${String(slot.day).padStart(2, '0')}`;
}

/** The reminder goes out at 10:00 Japan time the day before the session. */
function reminderAt(slot: SlotName): string {
  const [year, month, day] = japanDateOf(slot).split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year, month - 1, day - 1));
  return `${before.toISOString().slice(0, 10)}T10:00:00+09:00`;
}

async function staffPage(browser: import('@playwright/test').Browser): Promise<Page> {
  if (!staffContext) {
    staffContext = await browser.newContext();
    const page = await staffContext.newPage();
    const signIn = new SignInPage(page);
    await signIn.goto('/staff/consultations');
    await signIn.signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());
    await expect(page).toHaveURL(/\/staff\/consultations$/);
    return page;
  }
  return staffContext.pages()[0] as Page;
}

test('an entrepreneur books a free slot in the week view; the confirmation with the calendar invitation reaches both sides', async ({ page, request }) => {
  booker = await createVerifiedAccount(request, mails, { email: uniqueEmail('booker'), displayName: bookerName, roles: ['entrepreneur'] });
  await signInThroughApi(page.request, booker);

  const consultations = new ConsultationsPage(page);
  await consultations.goto();
  await expect(consultations.heading).toHaveText('起業相談の予約');
  await consultations.filterByAdviser(adviser.option);
  // Two weeks ahead: well past the minimum notice, and the reminder of the day before is still to come.
  await consultations.picker.goForward(2);
  await consultations.picker.goToWeekWithSlots();
  expect(await axeViolations(page)).toEqual([]);

  const [first] = await consultations.picker.slotNames();
  booked = first as SlotName;
  // The adviser's hours are 10:00–12:00 and 13:00–16:00 Japan time, although this browser is in New York.
  expect(['10:00', '11:00', '13:00', '14:00', '15:00']).toContain(booked.start);
  expect(booked.name).toContain(`${booked.start}〜${booked.end} (日本時間 JST) ${adviser.name}`);
  await consultations.picker.slots.first().click();

  const form = new BookingFormPage(page);
  await expect(form.heading).toHaveText('相談の予約');
  await expect(form.when).toContainText(`${booked.month}月${booked.day}日`);
  await expect(form.when).toContainText(`${booked.start}〜${booked.end} (日本時間 JST)`);
  expect(await axeViolations(page)).toEqual([]);
  await form.book({ topic: '資金調達・融資', place: '朝霞市商工会', stage: '創業準備中', businessIdea: '朝霞台駅の近くで、地元野菜のお弁当とお惣菜の店を開きたい。', questions: '創業融資に必要な書類を知りたいです。' });

  const booking = new BookingPage(page);
  await expect(booking.notice).toHaveText('予約しました。確認のメールをお送りしました（あなたと相談員の両方に届きます）。');
  await expect(booking.when).toContainText(`${booked.start}〜${booked.end} (日本時間 JST)`);
  bookingId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  expect(bookingId).toMatch(/^[0-9a-f-]{36}$/);

  bookerMail = await mails.waitFor({ to: booker.email, subject: /創業相談のご予約を承りました/ });
  const adviserMail = await mails.waitFor({ to: adviser.email, subject: new RegExp(`予約が入りました（${bookerName} 様`) });
  for (const mail of [bookerMail, adviserMail]) {
    const ics = await invitationOf(mail);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain(`UID:consultation-booking-${bookingId}@`);
  }
  expect(adviserMail.text).toContain('朝霞台駅の近くで、地元野菜のお弁当とお惣菜の店を開きたい。');

  const mine = new MyBookingsPage(page);
  await mine.goto();
  await expect(mine.upcoming).toHaveCount(1);
  await expect(mine.upcoming.first()).toContainText(`${booked.start}〜${booked.end} (日本時間 JST)`);
  await expect(mine.upcoming.first()).toContainText('ご自身で取り消し・日時の変更ができるのは');
  expect(await axeViolations(page)).toEqual([]);
});

test('the booker moves the session from the mail’s link on a phone, without signing in; a new invitation and the reminder follow', async ({ browser }) => {
  expect(bookingId, 'runs after the booking test').not.toBe('');
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  try {
    const page = await phone.newPage();
    const booking = new BookingPage(page);
    await booking.open(linkIn(bookerMail, `/consultations/bookings/${bookingId}`));
    await expect(booking.heading).toHaveText('相談の予約');
    await expect(booking.when).toContainText(`${booked.start}〜${booked.end} (日本時間 JST)`);
    await expect(booking.calendarLink).toHaveAttribute('href', new RegExp(`/api/consultation-bookings/${bookingId}/calendar\\.ics\\?token=`));
    expect(await axeViolations(page)).toEqual([]);
    expect(await booking.hasHorizontalScroll()).toBe(false);

    await booking.rescheduleButton.click();
    // A later week than the booked one, so the new time is on another day.
    await booking.picker.goForward(3);
    let target: SlotName | undefined;
    for (let week = 0; week < 4 && !target; week += 1) {
      await booking.picker.waitForWeek();
      target = (await booking.picker.slotNames()).find((slot) => slot.month !== booked.month || slot.day !== booked.day);
      if (!target) await booking.picker.goForward(1);
    }
    expect(target, 'another free slot of the same adviser').toBeDefined();
    moved = target as SlotName;
    // On a phone the week is a list of days, one under the other, and nothing scrolls sideways.
    const [firstDay, secondDay] = [await booking.picker.days.nth(0).boundingBox(), await booking.picker.days.nth(1).boundingBox()];
    expect(secondDay?.y ?? 0).toBeGreaterThan((firstDay?.y ?? 0) + (firstDay?.height ?? 0) - 1);
    expect(await booking.hasHorizontalScroll()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await booking.picker.slots.filter({ hasText: `${moved.month}月${moved.day}日` }).filter({ hasText: `${moved.start}〜` }).first().click();
    await expect(booking.confirmDialog).toContainText(`${moved.start}〜${moved.end} (日本時間 JST)`);
    await expect(booking.confirmDialog).toContainText(`${booked.start}〜${booked.end} (日本時間 JST)`);
    await booking.confirm();
    await expect(booking.notice).toHaveText('日時を変更しました。新しい日時の確認メールをお送りしました。');
    await expect(booking.when).toContainText(`${moved.month}月${moved.day}日`);
    await expect(booking.when).toContainText(`${moved.start}〜${moved.end} (日本時間 JST)`);

    const movedMail = await mails.waitFor({ to: booker.email, subject: /創業相談の日時が変更されました/ });
    const ics = await invitationOf(movedMail);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`UID:consultation-booking-${bookingId}@`);
    await mails.waitFor({ to: adviser.email, subject: /創業相談の日時が変更されました/ });

    // Staff see in the delivery log that the reminder now waits for the day before the new time.
    const staff = await staffPage(browser);
    await expect
      .poll(async () => {
        const log = await staff.request.get(`/api/admin/notifications?recipient=${encodeURIComponent(booker.email)}&template=consultation-reminder`);
        const body = (await log.json()) as { items: { sendAt: string; status: string }[] };
        return body.items.map((entry) => `${entry.status} ${entry.sendAt}`);
      })
      .toEqual([`pending ${reminderAt(moved)}`]);
    expect(reminderAt(moved)).not.toBe(reminderAt(booked));
  } finally {
    await phone.close();
  }
});

test('staff keep the booking rules and advisers, and the adviser edits the week of availability, all without an axe violation', async ({ browser, page }) => {
  const staff = await staffPage(browser);
  const consultations = new StaffConsultationsPage(staff);
  await consultations.goto();
  await expect(consultations.heading).toHaveText('起業相談の管理');
  await expect(consultations.minimumNotice).toHaveValue('24');
  await expect(consultations.advisersTable.getByRole('row')).toHaveCount(6);
  expect(await axeViolations(staff)).toEqual([]);

  const signIn = new SignInPage(page);
  await signIn.goto('/advisers/me');
  await signIn.signIn(adviser.email, demoPassword);
  const adviserPage = new AdviserPage(page);
  await adviserPage.weeklyTitle.waitFor();
  await expect(adviserPage.heading).toHaveText('相談員のページ');
  // The session just moved is among the adviser's sessions ahead, at its new time.
  expect(moved, 'runs after the reschedule test').toBeDefined();
  const session = moved as SlotName;
  await expect(page.getByRole('link', { name: `${session.month}月${session.day}日`, exact: false }).filter({ hasText: `${session.start}〜${session.end} (日本時間 JST)` })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // Keyboard only: add a window on Monday; focus lands on its start time.
  await adviserPage.addWindow('月曜日').focus();
  await page.keyboard.press('Enter');
  await expect(adviserPage.windowStart('月曜日', 1)).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await adviserPage.hasHorizontalScroll()).toBe(false);
});

/** A moment as the pages name it in Japan time: its month, day and hour. */
function japanTimeOf(instant: Date): { month: number; day: number; time: string } {
  const shifted = new Date(instant.getTime() + 9 * 3_600_000);
  return { month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), time: shifted.toISOString().slice(11, 16) };
}

test('after the session the adviser marks it held and records 財務 and 販路開拓; the booker’s pathway counts one more session with those areas', async ({ browser, page }) => {
  expect(moved, 'runs after the reschedule test').toBeDefined();
  const bookerContext = await browser.newContext();
  try {
    const bookerPage = await bookerContext.newPage();
    await signInThroughApi(bookerPage.request, booker);
    const pathway = new PathwayPage(bookerPage);
    await pathway.goto();
    const sessionsBefore = await pathway.sessionCount();
    await expect(pathway.sessions).toHaveCount(sessionsBefore);

    // The session is weeks ahead and may be marked held only once it has begun: the calendar of
    // this one booking is turned back to the same weekday and hour of a past week (see the helper).
    const { startsAt, endsAt } = await moveSessionIntoPast(bookingId);
    const [start, end] = [japanTimeOf(startsAt), japanTimeOf(endsAt)];
    expect(endsAt.getTime()).toBeLessThanOrEqual(Date.now());

    const signIn = new SignInPage(page);
    await signIn.goto('/advisers/me');
    await signIn.signIn(adviser.email, demoPassword);
    const adviserPage = new AdviserPage(page);
    await adviserPage.weeklyTitle.waitFor();
    const session = adviserPage.pastSession(bookerName);
    await expect(session.card).toContainText(`${start.month}月${start.day}日`);
    await expect(session.card).toContainText(`${start.time}〜${end.time} (日本時間 JST)`);

    await session.markHeld.click();
    await expect(session.done).toHaveText(`${bookerName}さんの相談を「実施」にしました。相談記録を書いてください。`);
    await expect(session.recordLine).toHaveText('相談記録：まだ書かれていません');

    await session.writeRecord.click();
    await expect(session.recordForm).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await session.chooseAreas(['財務', '販路開拓']);
    await session.notes.fill('創業融資の必要書類（創業計画書・見積書・通帳の写し）を確認。朝霞台駅前の人通りから、昼の販路としてオフィス向けの配達を提案した。');
    await session.nextSteps.fill('見積書を揃え、配達先の候補を10件書き出す。');
    await session.saveRecord.click();
    await expect(session.done).toHaveText(`${bookerName}さんの相談記録を保存しました。`);
    await expect(session.recordLine).toHaveText('相談記録：記入済み（扱った分野：財務・販路開拓）');
    await expect(session.recordForm).toHaveCount(0);

    // The booker sees the session counted, with the areas the adviser wrote and never the notes.
    await pathway.goto();
    expect(await pathway.sessionCount()).toBe(sessionsBefore + 1);
    await expect(pathway.sessions).toHaveCount(sessionsBefore + 1);
    const counted = pathway.sessions.filter({ hasText: `${start.month}月${start.day}日` });
    await expect(counted).toContainText(`${start.time} (日本時間 JST)`);
    await expect(counted).toContainText('財務・販路開拓');
    await expect(counted).not.toContainText('創業融資の必要書類');
    await expect(pathway.area('財務')).toHaveText('✓財務：受講済み');
    await expect(pathway.area('販路開拓')).toHaveText('✓販路開拓：受講済み');
    expect(await axeViolations(bookerPage)).toEqual([]);
  } finally {
    await bookerContext.close();
  }
});
