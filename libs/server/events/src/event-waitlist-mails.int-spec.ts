import type { CreateEvent, EventDetail, EventRegistration } from '@asaka/contracts';
import { eventReminderAt, toJapanIso } from '@asaka/domain';
import { ApiStack, CaughtMail, HttpSession, MailCatcher, startApiStack, waitFor } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface OutboxRow {
  template: string;
  status: string;
  send_at: Date;
  dedupe_key: string | null;
}

// Registering, the waiting list and the reminders through the real API, with the real worker
// sending the mails to a catcher: what people on both sides of a full seminar would see.
describe('a full seminar: the waiting list moves up and everyone hears of it', () => {
  let stack: ApiStack;
  let catcher: MailCatcher;
  let staff: HttpSession;
  let people = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true });
    catcher = stack.catcher as MailCatcher;
    staff = (await stack.signIn('seminar-staff@city.example.jp', ['staff'])).browser;
  });

  afterAll(() => stack?.close());

  async function person() {
    people += 1;
    return stack.signIn(`waiting-${people}@example.jp`, ['entrepreneur']);
  }

  /** Starts at 14:00 Japan time, four days ahead. */
  const start = () => {
    const day = toJapanIso(new Date(Date.now() + 4 * DAY)).slice(0, 10);
    return new Date(`${day}T14:00:00+09:00`);
  };

  async function publish(overrides: Partial<CreateEvent> = {}): Promise<EventDetail> {
    const startsAt = start();
    const created = await staff.post('/api/events', {
      kind: 'seminar',
      title: '販路開拓セミナー SNSで商圏を広げる',
      startsAt: toJapanIso(startsAt),
      endsAt: toJapanIso(new Date(startsAt.getTime() + 2 * HOUR)),
      place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
      capacity: 2,
      registrationOpensAt: toJapanIso(new Date(Date.now() - HOUR)),
      registrationClosesAt: toJapanIso(new Date(startsAt.getTime() - DAY)),
      areas: ['sales-channels'],
      ...overrides,
    } satisfies CreateEvent);
    expect(created.statusCode).toBe(201);
    const published = await staff.post(`/api/events/${created.json<EventDetail>().id}/publish`);
    expect(published.statusCode).toBe(200);
    return published.json<EventDetail>();
  }

  const outbox = async (userId: string) =>
    (await stack.sql.query(`SELECT template, status, send_at, dedupe_key FROM notification WHERE recipient_user_id = $1 ORDER BY id`, [userId])) as OutboxRow[];
  const mailTo = async (email: string, subject: RegExp): Promise<CaughtMail> => {
    return waitFor(() => catcher.messages.find((m) => m.to.includes(email) && subject.test(m.subject)), {
      description: `a mail to ${email} about ${subject}`,
      explain: () => catcher.messages.map((m) => `${m.to.join()}: ${m.subject}`),
    });
  };

  it('publish → register → full → waitlist → a cancellation moves the first person waiting up, who is mailed', async () => {
    const event = await publish();
    const [first, second, third, fourth] = await Promise.all([person(), person(), person(), person()]);
    const register = async (who: typeof first) => (await who.browser.post(`/api/events/${event.id}/registrations`)).json<EventRegistration>();
    const seatA = await register(first);
    const seatB = await register(second);
    const waitOne = await register(third);
    const waitTwo = await register(fourth);
    expect([seatA.status, seatB.status, waitOne.status, waitTwo.status]).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
    expect([waitOne.waitlistPosition, waitTwo.waitlistPosition]).toEqual([1, 2]);

    const confirmation = await mailTo(first.email, /参加申込を受け付けました/);
    expect(confirmation.text).toContain(`受付コード: ${seatA.checkInCode}`);
    expect(confirmation.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) 14:00〜16:00 \(日本時間 JST\)/);
    const waitlisted = await mailTo(third.email, /キャンセル待ち（1番目）/);
    expect(waitlisted.text).not.toContain('受付コード');

    expect((await first.browser.request('DELETE', `/api/event-registrations/${seatA.id}`)).statusCode).toBe(200);
    const movedUp = (await third.browser.get(`/api/event-registrations/${waitOne.id}`)).json<EventRegistration>();
    expect(movedUp).toMatchObject({ status: 'registered', waitlistPosition: null, checkInCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/) as unknown });
    expect((await fourth.browser.get(`/api/event-registrations/${waitTwo.id}`)).json<EventRegistration>().waitlistPosition).toBe(1);

    const promotedMail = await mailTo(third.email, /繰り上がり/);
    expect(promotedMail.text).toContain(`受付コード: ${movedUp.checkInCode}`);
    expect(promotedMail.text).toContain('(日本時間 JST)');
    expect(promotedMail.html).toContain(`/events/${event.id}`);
    await mailTo(first.email, /申込を取り消しました/);
    // The person who moved up now has a reminder the day before, like everyone holding a seat.
    expect((await outbox(third.id)).filter((row) => row.template === 'event-reminder').map((row) => row.status)).toEqual(['pending']);
  });

  it('schedules the reminder for 10:00 Japan time the day before, moves it with the event, and withdraws it on cancellation', async () => {
    const event = await publish({ capacity: 10 });
    const attendee = await person();
    const registration = (await attendee.browser.post(`/api/events/${event.id}/registrations`)).json<EventRegistration>();
    const reminder = async () => (await outbox(attendee.id)).filter((row) => row.template === 'event-reminder');
    const startsAt = new Date(event.startsAt);
    expect(await reminder()).toEqual([expect.objectContaining({ status: 'pending', send_at: eventReminderAt(startsAt, new Date()) })]);
    expect(toJapanIso((await reminder())[0]?.send_at as Date)).toMatch(/T10:00:00\+09:00$/);

    // Staff move the seminar a day later: the same reminder moves, and everyone is told.
    const later = new Date(startsAt.getTime() + DAY);
    const moved = await staff.request('PATCH', `/api/events/${event.id}`, { startsAt: toJapanIso(later), endsAt: toJapanIso(new Date(later.getTime() + 2 * HOUR)) });
    expect(moved.statusCode).toBe(200);
    expect(await reminder()).toEqual([expect.objectContaining({ status: 'pending', send_at: eventReminderAt(later, new Date()) })]);
    const changed = await mailTo(attendee.email, /日時・場所が変更になりました/);
    expect(changed.text).toContain('変更前の日時');

    expect((await attendee.browser.request('DELETE', `/api/event-registrations/${registration.id}`)).statusCode).toBe(200);
    expect((await reminder()).map((row) => row.status)).toEqual(['cancelled']);
  });

  it('calling the event off withdraws every reminder and mails everyone the reason', async () => {
    const event = await publish({ capacity: 1 });
    const seated = await person();
    const waiting = await person();
    await seated.browser.post(`/api/events/${event.id}/registrations`);
    await waiting.browser.post(`/api/events/${event.id}/registrations`);
    expect((await staff.post(`/api/events/${event.id}/cancel`, { reason: '講師の急病のため' })).statusCode).toBe(200);
    expect((await outbox(seated.id)).find((row) => row.template === 'event-reminder')?.status).toBe('cancelled');
    for (const who of [seated, waiting]) {
      const mail = await mailTo(who.email, /中止になりました/);
      expect(mail.text).toContain('理由: 講師の急病のため');
    }
  });
});
