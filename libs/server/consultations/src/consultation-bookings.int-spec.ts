import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import holidayJp from '@holiday-jp/holiday_jp';
import type { Adviser, ConsultationBooking, ConsultationBookingPage, ConsultationSlotList } from '@asaka/contracts';
import { japanDateKey, japanInstant, toJapanIso } from '@asaka/domain';
import { PasswordHasher, seedDemoAccounts } from '@asaka/accounts';
import { ApiStack, CaughtMail, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';
import { ConsultationSlotsService } from './consultation-slots.service';
import { seedDemoConsultations } from './demo/demo-consultations';
import { isClosedDay } from './japanese-holidays';

// Booking a consultation through the real API on its own database, with the real worker sending
// the mails to a catcher: what an entrepreneur, an adviser and staff would see.

const DAY = 86_400_000;
const day = (offset: number) => japanDateKey(new Date(Date.now() + offset * DAY));
/** The first date at least `offset` days ahead that is not a public holiday or 年末年始. */
function openDay(offset: number): string {
  for (let o = offset; ; o += 1) if (!isClosedDay(day(o))) return day(o);
}
const everyDay = (start: string, end: string) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start, end }));

const PROFILE = {
  organizationName: '朝霞市商工会',
  jobTitle: '経営指導員',
  areas: ['management', 'finance'],
  topics: ['founding-plan', 'financing'],
  places: ['chamber-of-commerce', 'online'],
  meetingUrl: 'https://meet.example.jp/hamasaki',
};
const ANSWERS = { stage: 'preparing', businessIdea: '朝霞台駅の近くでパン屋を開きたい。', questions: '創業融資の流れを知りたい。' };

interface OutboxRow {
  id: string;
  template: string;
  recipient_email: string;
  status: string;
  send_at: Date;
  dedupe_key: string;
  data: { manageUrl: string; startsAt: string; calendar: { sequence: number } };
}

/** The iCalendar properties of an attachment, with folded lines joined. */
function icsFields(ics: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon).split(';')[0] as string] ??= line.slice(colon + 1);
  }
  return fields;
}
const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('consultation bookings', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let staff: HttpSession;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true });
    app = stack.app;
    staff = (await stack.signIn('consultations-staff@city.example.jp', ['staff'])).browser;
  }, 60_000);

  afterAll(() => stack?.close());

  const anonymous = () => new HttpSession(app);

  async function person(roles: ('entrepreneur' | 'jobseeker')[] = ['entrepreneur']) {
    counter += 1;
    return stack.signIn(`entrepreneur-${counter}@example.jp`, roles);
  }

  async function adviser(hours = everyDay('09:00', '17:00'), profile: Record<string, unknown> = {}, exceptions: unknown[] = []) {
    counter += 1;
    const account = await stack.signIn(`adviser-${counter}@shokokai.example.jp`, ['adviser']);
    expect((await account.browser.request('PUT', '/api/advisers/me', { ...PROFILE, ...profile })).statusCode).toBe(200);
    const withHours = await account.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: hours, exceptions });
    expect(withHours.statusCode).toBe(200);
    return { ...account, adviserId: withHours.json<Adviser>().id };
  }

  async function slots(query: string): Promise<ConsultationSlotList> {
    const response = await anonymous().get(`/api/consultation-slots?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<ConsultationSlotList>();
  }

  const book = (browser: HttpSession, adviserId: string, startsAt: string, extra: Record<string, unknown> = {}) =>
    browser.post('/api/consultation-bookings', { adviserId, startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: ANSWERS, ...extra });

  const outbox = async (bookingId: string) =>
    (await stack.sql.query(`SELECT id, template, recipient_email, status, send_at, dedupe_key, data FROM notification WHERE dedupe_key LIKE $1 ORDER BY id`, [
      `consultation-booking:${bookingId}:%`,
    ])) as OutboxRow[];

  /** The token of the signed link in the booker's confirmation. */
  async function linkToken(bookingId: string): Promise<string> {
    const booked = (await outbox(bookingId)).find((row) => row.template === 'consultation-booked' && row.data.manageUrl.includes('token='));
    return new URL(String(booked?.data.manageUrl)).searchParams.get('token') as string;
  }

  const mailsTo = (email: string, template: string) => (stack.catcher as { messages: CaughtMail[] }).messages.filter((m) => m.to.includes(email) && m.headers['x-asaka-template'] === template);

  it('lists free slots in Japan time, books one with the intake answers, and both sides get a confirmation with a calendar invitation', async () => {
    const topics = (await anonymous().get('/api/consultation-topics')).json<{ topics: { value: string; label: { ja: string } }[] }>();
    expect(topics.topics).toContainEqual({ value: 'financing', label: { ja: '資金調達・融資', en: 'Financing and loans' } });

    const { adviserId, email: adviserEmail } = await adviser(everyDay('10:00', '12:00'));
    const date = openDay(3);
    const free = await slots(`adviserId=${adviserId}&from=${date}&to=${date}`);
    expect(free.items.map((s) => s.startsAt)).toEqual([`${date}T10:00:00+09:00`, `${date}T11:00:00+09:00`]);
    expect(free.advisers).toEqual([expect.objectContaining({ id: adviserId, organizationName: '朝霞市商工会', details: null })]);

    const booker = await person();
    const response = await book(booker.browser, adviserId, `${date}T10:00:00+09:00`);
    expect(response.statusCode).toBe(201);
    const booking = response.json<ConsultationBooking>();
    expect(booking).toMatchObject({
      status: 'booked',
      startsAt: `${date}T10:00:00+09:00`,
      endsAt: `${date}T11:00:00+09:00`,
      sequence: 0,
      enteredBy: 'booker',
      answers: ANSWERS,
      actions: ['cancel', 'reschedule'],
      cancellableUntil: toJapanIso(new Date(japanInstant(date, 10 * 60).getTime() - DAY)),
    });
    expect((await slots(`adviserId=${adviserId}&from=${date}&to=${date}`)).items.map((s) => s.startsAt)).toEqual([`${date}T11:00:00+09:00`]);

    // Both sides are mailed, each in their own words, with the invitation for their calendar.
    const waitMail = async (email: string) => {
      for (let i = 0; i < 200 && mailsTo(email, 'consultation-booked').length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      return mailsTo(email, 'consultation-booked')[0] as CaughtMail;
    };
    for (const [email, side] of [
      [booker.email, 'booker'],
      [adviserEmail, 'adviser'],
    ] as const) {
      const mail = await waitMail(email);
      expect(mail).toBeDefined();
      expect(mail.subject).toContain('(日本時間 JST)');
      expect(mail.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) 10:00〜11:00 \(日本時間 JST\)/);
      if (side === 'adviser') expect(mail.text).toContain('朝霞台駅の近くでパン屋を開きたい。');
      const [ics] = mail.attachments;
      expect(ics?.contentType).toMatch(/^text\/calendar/);
      const fields = icsFields(String(ics?.content));
      expect(fields).toMatchObject({
        METHOD: 'REQUEST',
        UID: `consultation-booking-${booking.id}@portal.test`,
        SEQUENCE: '0',
        DTSTART: utc(`${date}T10:00:00+09:00`),
        DTEND: utc(`${date}T11:00:00+09:00`),
        STATUS: 'CONFIRMED',
      });
    }

    // The reminder waits in the outbox for 10:00 Japan time the day before, where staff can see it.
    const reminder = (await outbox(booking.id)).find((row) => row.template === 'consultation-reminder');
    expect(reminder).toMatchObject({ status: 'pending', recipient_email: booker.email });
    expect(toJapanIso(reminder?.send_at as Date)).toBe(`${japanDateKey(new Date(japanInstant(date, 0).getTime() - DAY / 2))}T10:00:00+09:00`);
    const log = (await staff.get('/api/admin/notifications?template=consultation-reminder')).json<{ items: { id: string; status: string }[] }>();
    expect(log.items).toContainEqual(expect.objectContaining({ id: String(reminder?.id), status: 'pending' }));
  });

  it('never gives one slot twice, and never puts one person in two sessions at once', async () => {
    const first = await adviser();
    const second = await adviser();
    const date = openDay(4);
    const alice = await person();
    const bob = await person();
    expect((await book(alice.browser, first.adviserId, `${date}T13:00:00+09:00`)).statusCode).toBe(201);

    const again = await book(bob.browser, first.adviserId, `${date}T13:00:00+09:00`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SLOT_ALREADY_BOOKED', message: expect.stringContaining('予約') });
    const elsewhere = await book(alice.browser, second.adviserId, `${date}T13:00:00+09:00`);
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json()).toMatchObject({ code: 'BOOKER_ALREADY_BOOKED' });
    // Staff entering the same slot at the counter is refused by the same rule.
    const counterEntry = await book(staff, first.adviserId, `${date}T13:00:00+09:00`, { bookerUserId: bob.id });
    expect(counterEntry.json()).toMatchObject({ code: 'SLOT_ALREADY_BOOKED' });
  });

  it('books only what the adviser offers: on the grid of their hours, with notice, on their topics and places', async () => {
    const { adviserId } = await adviser(everyDay('09:00', '17:00'), { topics: ['financing'], places: ['chamber-of-commerce'], meetingUrl: null });
    const booker = await person();
    const date = openDay(5);
    const expectCode = async (response: Promise<{ statusCode: number; json<T>(): T }>, status: number, code: string) => {
      const result = await response;
      expect({ status: result.statusCode, code: result.json<{ code: string }>().code }).toEqual({ status, code });
    };
    await expectCode(book(booker.browser, adviserId, `${date}T09:30:00+09:00`), 422, 'SLOT_NOT_OFFERED');
    await expectCode(book(booker.browser, adviserId, `${date}T18:00:00+09:00`), 422, 'SLOT_NOT_OFFERED');
    await expectCode(book(booker.browser, adviserId, `${date}T09:00:00+09:00`, { topic: 'business-succession' }), 422, 'TOPIC_NOT_OFFERED');
    await expectCode(book(booker.browser, adviserId, `${date}T09:00:00+09:00`, { place: 'online' }), 422, 'PLACE_NOT_OFFERED');
    // The default minimum notice is a day: tomorrow's slots are neither listed nor bookable.
    const soon = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000);
    const soonDate = japanDateKey(soon);
    const soonAdviser = await adviser(everyDay('00:00', '24:00'), {}, [{ date: soonDate, windows: [{ start: '00:00', end: '24:00' }] }]);
    expect((await slots(`adviserId=${soonAdviser.adviserId}&from=${soonDate}&to=${soonDate}`)).items.map((s) => s.startsAt)).not.toContain(toJapanIso(soon));
    await expectCode(book(booker.browser, soonAdviser.adviserId, toJapanIso(soon)), 422, 'BOOKING_NOTICE_TOO_SHORT');
    await expectCode(book(booker.browser, adviserId, 'next tuesday'), 400, 'VALIDATION_FAILED');
  });

  it('keeps public holidays and 年末年始 closed unless the adviser opens the date', async () => {
    const holiday = Object.keys(holidayJp.holidays)
      .filter((date) => date > day(3) && !/-(12-29|12-30|12-31|01-0[123])$/.test(date))
      .sort()[0] as string;
    const { adviserId, browser } = await adviser(everyDay('10:00', '12:00'));
    expect((await slots(`adviserId=${adviserId}&from=${holiday}&to=${holiday}`)).items).toEqual([]);
    const newYear = `${Number(day(0).slice(0, 4)) + 1}-01-02`;
    expect((await slots(`adviserId=${adviserId}&from=${newYear}&to=${newYear}`)).items).toEqual([]);

    const opened = await browser.request('PUT', '/api/advisers/me/availability', {
      weeklyRules: everyDay('10:00', '12:00'),
      exceptions: [{ date: holiday, windows: [{ start: '13:00', end: '14:00' }], note: '祝日の臨時相談会' }],
    });
    expect(opened.json<Adviser>().details?.availability.exceptions).toEqual([{ date: holiday, windows: [{ start: '13:00', end: '14:00' }], note: '祝日の臨時相談会' }]);
    expect((await slots(`adviserId=${adviserId}&from=${holiday}&to=${holiday}`)).items.map((s) => s.startsAt)).toEqual([`${holiday}T13:00:00+09:00`]);
    expect((await book((await person()).browser, adviserId, `${holiday}T13:00:00+09:00`)).statusCode).toBe(201);
  });

  it('limits how many upcoming bookings one person holds, which staff may exceed at the counter', async () => {
    const settings = { minimumNoticeMinutes: 24 * 60, cancellationCutoffMinutes: 24 * 60, maxOpenBookingsPerPerson: 2 };
    expect((await staff.request('PUT', '/api/consultation-settings', settings)).json()).toEqual(settings);
    const { adviserId } = await adviser();
    const booker = await person();
    const date = openDay(6);
    expect((await book(booker.browser, adviserId, `${date}T09:00:00+09:00`)).statusCode).toBe(201);
    expect((await book(booker.browser, adviserId, `${date}T10:00:00+09:00`)).statusCode).toBe(201);
    const third = await book(booker.browser, adviserId, `${date}T11:00:00+09:00`);
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ code: 'OPEN_BOOKINGS_LIMIT' });
    const atCounter = await book(staff, adviserId, `${date}T11:00:00+09:00`, { bookerUserId: booker.id });
    expect(atCounter.statusCode).toBe(201);
    expect(atCounter.json()).toMatchObject({ enteredBy: 'staff', bookerName: expect.stringContaining('entrepreneur') });
    const audit = (await staff.get(`/api/admin/audit-log?action=consultation-booking.entered-by-staff&targetId=${atCounter.json<{ id: string }>().id}`)).json<{ total: number }>();
    expect(audit.total).toBe(1);
    // Someone else cannot book in another person's name.
    const stranger = await person();
    expect((await book(stranger.browser, adviserId, `${date}T12:00:00+09:00`, { bookerUserId: booker.id })).statusCode).toBe(403);
  });

  it('lets the booker cancel only until the cut-off; the adviser still can, and both sides are told', async () => {
    // A session in a few hours, entered by staff (staff entry is not held to the minimum notice).
    const soon = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000);
    const dates = [japanDateKey(soon), japanDateKey(new Date(soon.getTime() + DAY))];
    const advising = await adviser(everyDay('00:00', '24:00'), {}, dates.map((date) => ({ date, windows: [{ start: '00:00', end: '24:00' }] })));
    const booker = await person();
    const entered = await book(staff, advising.adviserId, toJapanIso(soon), { bookerUserId: booker.id });
    expect(entered.statusCode).toBe(201);
    const { id } = entered.json<ConsultationBooking>();

    expect((await booker.browser.get(`/api/consultation-bookings/${id}`)).json()).toMatchObject({ status: 'booked', actions: [] });
    const late = await booker.browser.post(`/api/consultation-bookings/${id}/cancel`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'CANCELLATION_CUTOFF_PASSED' });
    expect((await booker.browser.post(`/api/consultation-bookings/${id}/reschedule`, { startsAt: toJapanIso(new Date(soon.getTime() + 3_600_000)) })).json()).toMatchObject({
      code: 'CANCELLATION_CUTOFF_PASSED',
    });

    const byAdviser = await advising.browser.post(`/api/consultation-bookings/${id}/cancel`, { reason: '急な出張のため' });
    expect(byAdviser.statusCode).toBe(200);
    expect(byAdviser.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'adviser', cancellationReason: '急な出張のため', sequence: 1, actions: [] });
    expect((await advising.browser.post(`/api/consultation-bookings/${id}/cancel`, {})).json()).toMatchObject({ code: 'BOOKING_NOT_CHANGEABLE' });
    const mails = (await outbox(id)).filter((row) => row.template === 'consultation-cancelled').map((row) => row.recipient_email);
    expect(mails.sort()).toEqual([advising.email, booker.email].sort());
  });

  it('works from the signed link in the mail without signing in: the page reads, then moves and cancels; the reminder follows', async () => {
    const { adviserId } = await adviser();
    const booker = await person();
    const first = openDay(7);
    const second = openDay(Math.round((Date.parse(first) - Date.parse(day(0))) / DAY) + 2);
    const booked = (await book(booker.browser, adviserId, `${first}T14:00:00+09:00`)).json<ConsultationBooking>();
    const token = await linkToken(booked.id);
    const reminderBefore = (await outbox(booked.id)).find((row) => row.template === 'consultation-reminder') as OutboxRow;

    // Opening the link (a mail scanner does too) changes nothing.
    const visitor = anonymous();
    const opened = await visitor.get(`/api/consultation-bookings/${booked.id}?token=${encodeURIComponent(token)}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ id: booked.id, status: 'booked', sequence: 0, actions: ['cancel', 'reschedule'] });
    const calendar = await visitor.get(`/api/consultation-bookings/${booked.id}/calendar.ics?token=${encodeURIComponent(token)}`);
    expect(calendar.headers['content-type']).toMatch(/^text\/calendar/);
    expect(icsFields(calendar.body)).toMatchObject({ METHOD: 'PUBLISH', UID: `consultation-booking-${booked.id}@portal.test`, STATUS: 'CONFIRMED' });
    expect((await booker.browser.get(`/api/consultation-bookings/${booked.id}`)).json()).toMatchObject({ sequence: 0 });

    const moved = await visitor.post(`/api/consultation-bookings/${booked.id}/reschedule`, { startsAt: `${second}T15:00:00+09:00`, token });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: booked.id, startsAt: `${second}T15:00:00+09:00`, sequence: 1, status: 'booked' });
    const afterMove = await outbox(booked.id);
    const reminderAfter = afterMove.find((row) => row.template === 'consultation-reminder') as OutboxRow;
    expect(reminderAfter.id).toBe(reminderBefore.id);
    expect(toJapanIso(reminderAfter.send_at)).toBe(`${japanDateKey(new Date(japanInstant(second, 0).getTime() - DAY / 2))}T10:00:00+09:00`);
    expect(reminderAfter.data.startsAt).toBe(`${second}T15:00:00+09:00`);
    expect(afterMove.filter((row) => row.template === 'consultation-rescheduled').map((row) => row.data.calendar.sequence)).toEqual([1, 1]);
    // The old time is free again, the new one taken.
    expect((await slots(`adviserId=${adviserId}&from=${first}&to=${first}`)).items.map((s) => s.startsAt)).toContain(`${first}T14:00:00+09:00`);

    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [tampered, 'not-a-token-at-all', await linkToken((await book((await person()).browser, adviserId, `${first}T09:00:00+09:00`)).json<{ id: string }>().id)]) {
      const refused = await visitor.post(`/api/consultation-bookings/${booked.id}/cancel`, { token: bad });
      expect({ status: refused.statusCode, code: refused.json<{ code: string }>().code }).toEqual({ status: 400, code: 'BOOKING_LINK_INVALID' });
    }
    expect((await visitor.post(`/api/consultation-bookings/${booked.id}/cancel`, {})).statusCode).toBe(401);
    expect((await (await person()).browser.post(`/api/consultation-bookings/${booked.id}/cancel`, {})).statusCode).toBe(404);

    const cancelled = await visitor.post(`/api/consultation-bookings/${booked.id}/cancel`, { token, reason: '体調不良のため' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'booker', sequence: 2 });
    const afterCancel = await outbox(booked.id);
    expect(afterCancel.find((row) => row.template === 'consultation-reminder')).toMatchObject({ id: reminderBefore.id, status: 'cancelled' });
    expect(afterCancel.filter((row) => row.template === 'consultation-cancelled')).toHaveLength(2);

    // The link dies when the session starts.
    await stack.sql.query(`UPDATE consultation_booking SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [booked.id]);
    const expired = await visitor.get(`/api/consultation-bookings/${booked.id}?token=${encodeURIComponent(token)}`);
    expect({ status: expired.statusCode, code: expired.json<{ code: string }>().code }).toEqual({ status: 410, code: 'BOOKING_LINK_EXPIRED' });
  });

  it('mails the move and the cancellation to both sides as updates of one calendar entry (same UID, next SEQUENCE, then METHOD:CANCEL)', async () => {
    const advising = await adviser();
    const booker = await person();
    const date = openDay(8);
    const { id } = (await book(booker.browser, advising.adviserId, `${date}T09:00:00+09:00`)).json<ConsultationBooking>();
    expect((await advising.browser.post(`/api/consultation-bookings/${id}/reschedule`, { startsAt: `${date}T16:00:00+09:00` })).statusCode).toBe(200);
    expect((await booker.browser.post(`/api/consultation-bookings/${id}/cancel`, {})).statusCode).toBe(200);

    const calendarOf = async (email: string, template: string) => {
      for (let i = 0; i < 200 && mailsTo(email, template).length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      return icsFields(String(mailsTo(email, template)[0]?.attachments[0]?.content));
    };
    for (const email of [booker.email, advising.email]) {
      expect(await calendarOf(email, 'consultation-rescheduled')).toMatchObject({
        METHOD: 'REQUEST',
        UID: `consultation-booking-${id}@portal.test`,
        SEQUENCE: '1',
        DTSTART: utc(`${date}T16:00:00+09:00`),
      });
      expect(await calendarOf(email, 'consultation-cancelled')).toMatchObject({
        METHOD: 'CANCEL',
        UID: `consultation-booking-${id}@portal.test`,
        SEQUENCE: '2',
        STATUS: 'CANCELLED',
        DTSTART: utc(`${date}T16:00:00+09:00`),
      });
    }
    expect(mailsTo(booker.email, 'consultation-rescheduled')[0]?.text).toContain('09:00〜10:00 (日本時間 JST) から');
  });

  it('shows each side its own bookings; staff see all (their reads of the answers are audited), others nothing', async () => {
    const advising = await adviser();
    const booker = await person();
    const outsider = await person(['jobseeker']);
    const date = openDay(9);
    const { id } = (await book(booker.browser, advising.adviserId, `${date}T11:00:00+09:00`, { place: 'online' })).json<ConsultationBooking>();

    expect((await booker.browser.get('/api/consultation-bookings')).json<ConsultationBookingPage>().items.map((b) => b.id)).toEqual([id]);
    expect((await advising.browser.get('/api/consultation-bookings?view=advising&upcoming=true')).json<ConsultationBookingPage>().items.map((b) => b.id)).toEqual([id]);
    expect((await outsider.browser.get('/api/consultation-bookings')).json<ConsultationBookingPage>().total).toBe(0);
    expect((await outsider.browser.get('/api/consultation-bookings?view=all')).statusCode).toBe(403);
    expect((await staff.get('/api/consultation-bookings?view=all')).json<ConsultationBookingPage>().items.map((b) => b.id)).toContain(id);

    expect((await advising.browser.get(`/api/consultation-bookings/${id}`)).json()).toMatchObject({ meetingUrl: PROFILE.meetingUrl, answers: ANSWERS });
    expect((await outsider.browser.get(`/api/consultation-bookings/${id}`)).statusCode).toBe(404);
    expect((await anonymous().get(`/api/consultation-bookings/${id}`)).statusCode).toBe(401);
    expect((await staff.get(`/api/consultation-bookings/${id}`)).statusCode).toBe(200);
    const reads = (await staff.get(`/api/admin/audit-log?action=personal-data.read&targetId=${id}`)).json<{ total: number }>();
    expect(reads.total).toBe(1);

    // The adviser's link and buffer are theirs and staff's to see.
    expect((await anonymous().get(`/api/advisers/${advising.adviserId}`)).json()).toMatchObject({ details: null });
    expect((await staff.get(`/api/advisers/${advising.adviserId}`)).json<Adviser>().details).toMatchObject({ meetingUrl: PROFILE.meetingUrl, bufferMinutes: 0 });
  });

  it('keeps the buffer around a booked session: a slot of a second opening window inside it is not listed, and asking for it answers 409', async () => {
    // 10:00–11:00 and 11:10–12:10: each window starts its own grid, so 11:10 is a slot of the adviser's hours.
    const { adviserId } = await adviser(everyDay('10:00', '11:00').concat(everyDay('11:10', '12:10')));
    expect((await staff.request('PATCH', `/api/advisers/${adviserId}`, { bufferMinutes: 30 })).statusCode).toBe(200);
    const date = openDay(11);
    const listed = async () => (await slots(`adviserId=${adviserId}&from=${date}&to=${date}`)).items.map((s) => s.startsAt.slice(11, 16));
    expect(await listed()).toEqual(['10:00', '11:10']);
    const [first, second, third] = [await person(), await person(), await person()];
    expect((await book(first.browser, adviserId, `${date}T10:00:00+09:00`)).statusCode).toBe(201);
    expect(await listed()).toEqual([]);
    // 11:10 starts 10 minutes after a session that needs 30 minutes' rest: taken, for a booker and at the counter alike.
    expect((await book(second.browser, adviserId, `${date}T11:10:00+09:00`)).json()).toMatchObject({ statusCode: 409, code: 'SLOT_ALREADY_BOOKED' });
    expect((await book(staff, adviserId, `${date}T11:10:00+09:00`, { bookerUserId: third.id })).json()).toMatchObject({ statusCode: 409, code: 'SLOT_ALREADY_BOOKED' });
    const stored = (await stack.sql.query(`SELECT count(*)::int AS n FROM consultation_booking WHERE adviser_id = $1 AND status = 'booked'`, [adviserId])) as { n: number }[];
    expect(stored[0]?.n).toBe(1);
  });

  it('lets staff set an adviser’s session length and buffer, and the slots follow', async () => {
    const { adviserId } = await adviser(everyDay('10:00', '13:00'));
    const changed = await staff.request('PATCH', `/api/advisers/${adviserId}`, { slotMinutes: 50, bufferMinutes: 10 });
    expect(changed.json()).toMatchObject({ slotMinutes: 50, details: { bufferMinutes: 10 } });
    const date = openDay(10);
    expect((await slots(`adviserId=${adviserId}&from=${date}&to=${date}`)).items.map((s) => [s.startsAt.slice(11, 16), s.endsAt.slice(11, 16)])).toEqual([
      ['10:00', '10:50'],
      ['11:00', '11:50'],
      ['12:00', '12:50'],
    ]);
    expect((await staff.request('PATCH', `/api/advisers/${adviserId}`, { active: false })).statusCode).toBe(200);
    expect((await slots(`adviserId=${adviserId}&from=${date}&to=${date}`)).items).toEqual([]);
    expect((await anonymous().get(`/api/advisers/${adviserId}`)).statusCode).toBe(404);
  });

  it('never lists a slot from a stale list: changes by any instance (here plain SQL) show at once, and slots drop out as they become too soon', async () => {
    const { adviserId, id: adviserUserId } = await adviser(everyDay('10:00', '12:00'));
    const date = openDay(12);
    const query = `adviserId=${adviserId}&from=${date}&to=${date}`;
    const times = async () => (await slots(query)).items.map((s) => s.startsAt.slice(11, 16));
    expect(await times()).toEqual(['10:00', '11:00']);
    // Another API instance (or staff tooling) writing rows directly: the next listing sees it.
    await stack.sql.query(`INSERT INTO adviser_date_exception (adviser_id, date, windows, note) VALUES ($1, $2, '[{"start":"14:00","end":"16:00"}]', '午後のみ')`, [adviserId, date]);
    expect(await times()).toEqual(['14:00', '15:00']);
    const booker = await person();
    const [booked] = (await stack.sql.query(
      `INSERT INTO consultation_booking (adviser_id, booker_user_id, topic, place, stage, business_idea, questions, starts_at, ends_at, entered_by)
       VALUES ($1, $2, 'financing', 'chamber-of-commerce', 'idea', '電話で受けた予約', '', $3, $4, 'staff') RETURNING id`,
      [adviserId, booker.id, `${date}T14:00:00+09:00`, `${date}T15:00:00+09:00`],
    )) as { id: string }[];
    expect(await times()).toEqual(['15:00']);
    await stack.sql.query(`UPDATE consultation_booking SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'staff' WHERE id = $1`, [booked?.id]);
    expect(await times()).toEqual(['14:00', '15:00']);
    await stack.sql.query(`UPDATE user_account SET display_name = '浜崎 正（改姓）' WHERE id = $1`, [adviserUserId]);
    expect((await slots(query)).advisers.map((a) => a.displayName)).toEqual(['浜崎 正（改姓）']);

    // Later the same day nothing was written, but the clock passed the minimum notice of 14:00, then of 15:00.
    const [settings] = (await stack.sql.query(`SELECT minimum_notice_minutes FROM consultation_settings`)) as { minimum_notice_minutes: number }[];
    const notice = settings?.minimum_notice_minutes ?? 0;
    const tooSoonFor = (hour: number) => new Date(japanInstant(date, hour * 60).getTime() - notice * 60_000 + 60_000);
    const listing = app.get(ConsultationSlotsService);
    const parsed = { from: date, to: date, adviserId };
    expect((await listing.list(parsed, tooSoonFor(14))).items.map((s) => s.startsAt.slice(11, 16))).toEqual(['15:00']);
    expect(JSON.parse((await listing.listBody(parsed, tooSoonFor(14))).toString('utf8'))).toEqual(await listing.list(parsed, tooSoonFor(14)));
    expect(await listing.list(parsed, tooSoonFor(15))).toEqual({ from: date, to: date, items: [], advisers: [] });
    expect(await times()).toEqual(['14:00', '15:00']);
  });

  it('seeds five demo advisers with their weekly hours and a month of bookings of the demo entrepreneur, once', async () => {
    const seed = () => stack.sql.transaction(async (manager) => {
      await seedDemoAccounts(manager, new PasswordHasher());
      await seedDemoConsultations(manager);
    });
    await seed();
    await seed();
    const demo = (await anonymous().get('/api/advisers?pageSize=100')).json<{ items: Adviser[] }>().items.filter((a) => a.displayName.endsWith('(相談員)'));
    expect(demo.map((a) => a.organizationName).sort()).toEqual([
      '日本政策金融公庫 国民生活事業',
      '朝霞市 産業振興課',
      '朝霞市 産業振興課（委託 中小企業診断士）',
      '朝霞市商工会',
      '朝霞市商工会（専門家派遣）',
    ]);
    const jfc = demo.find((a) => a.organizationName.startsWith('日本政策金融公庫')) as Adviser;
    const wednesdays = (await slots(`adviserId=${jfc.id}&from=${day(2)}&to=${day(30)}`)).items;
    expect(wednesdays.length).toBeGreaterThan(0);
    // 日本政策金融公庫 comes to the 産業文化センター on Wednesdays only.
    expect(new Set(wednesdays.map((s) => new Date(Date.parse(s.startsAt) + 9 * 3_600_000).getUTCDay()))).toEqual(new Set([3]));
    const bookings = (await stack.sql.query(
      `SELECT b.status FROM consultation_booking b JOIN user_account u ON u.id = b.booker_user_id WHERE u.email_normalized = 'entrepreneur@demo.asaka.localhost' ORDER BY b.status`,
    )) as { status: string }[];
    // Held with records, one cancelled, two ahead (the founding pathway's demo, pathway/founding-pathway.int-spec.ts).
    expect(bookings.map((b) => b.status)).toEqual(['booked', 'booked', 'cancelled', 'held', 'held', 'held']);
  });
});
