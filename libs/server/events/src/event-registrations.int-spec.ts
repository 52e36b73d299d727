import type { CreateEvent, EventAttendeePage, EventCheckInResult, EventDetail, EventPage, EventRegistration, EventRegistrationPage } from '@asaka/contracts';
import { fiscalYearOf, toJapanIso } from '@asaka/domain';
import { PasswordHasher, seedDemoAccounts } from '@asaka/accounts';
import { ApiStack, HttpSession, seminarInput, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';
import { EventAttendance } from './attendance/event-attendance';
import { EventKpi } from './attendance/event-kpi';
import { seedDemoEvents } from './demo/demo-events';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (msFromNow: number) => toJapanIso(new Date(Date.now() + msFromNow));

/** A seminar three days ahead, registration open now. */
const seminar = seminarInput;

describe('event registrations: seats, the waiting list and attendance', () => {
  let stack: ApiStack;
  let staff: HttpSession;
  let people = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    staff = (await stack.signIn('events-staff@city.example.jp', ['staff'])).browser;
  });

  afterAll(() => stack?.close());

  async function person() {
    people += 1;
    return stack.signIn(`attendee-${people}@example.jp`, ['entrepreneur']);
  }

  async function publishedEvent(overrides: Partial<CreateEvent> = {}): Promise<EventDetail> {
    const created = await staff.post('/api/events', seminar(overrides));
    expect(created.statusCode).toBe(201);
    const published = await staff.post(`/api/events/${created.json<EventDetail>().id}/publish`);
    expect(published.statusCode).toBe(200);
    return published.json<EventDetail>();
  }

  const register = (browser: HttpSession, eventId: string) => browser.post(`/api/events/${eventId}/registrations`);

  const table = async (eventId: string) =>
    (await stack.sql.query(
      `SELECT status, (SELECT count(*)::int FROM event_registration w WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_number <= r.queue_number) AS position
       FROM event_registration r WHERE event_id = $1 ORDER BY queue_number`,
      [eventId],
    )) as { status: string; position: number }[];

  it('30 people registering at once for 10 seats: exactly 10 seats and a waiting list 1..20, gap-free after cancellations', async () => {
    const event = await publishedEvent({ capacity: 10 });
    const attendees = await Promise.all(Array.from({ length: 30 }, () => person()));
    const responses = await Promise.all(attendees.map((attendee) => register(attendee.browser, event.id)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    const registrations = responses.map((r) => r.json<EventRegistration>());
    expect(registrations.filter((r) => r.status === 'registered')).toHaveLength(10);
    const waiting = registrations.filter((r) => r.status === 'waitlisted');
    expect(waiting.map((r) => r.waitlistPosition).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(waiting.every((r) => r.checkInCode === null)).toBe(true);
    expect(new Set(registrations.filter((r) => r.status === 'registered').map((r) => r.checkInCode)).size).toBe(10);

    // Two people holding seats and one waiting (position 5) leave, all at once: positions 1 and 2 move up, the rest close ranks.
    const seatedIndexes = registrations.flatMap((r, i) => (r.status === 'registered' ? [i] : []));
    const positionIndex = (n: number) => registrations.findIndex((r) => r.waitlistPosition === n);
    const byPosition = (n: number) => attendees[positionIndex(n)];
    const leaving = [seatedIndexes[0], seatedIndexes[1], positionIndex(5)] as number[];
    const cancelled = await Promise.all(leaving.map((i) => attendees[i]?.browser.request('DELETE', `/api/event-registrations/${registrations[i]?.id}`)));
    expect(cancelled.map((r) => r?.statusCode)).toEqual([200, 200, 200]);
    expect(cancelled.map((r) => r?.json<EventRegistration>().status)).toEqual(['cancelled', 'cancelled', 'cancelled']);

    const promoted = (await byPosition(1)?.browser.get(`/api/events/${event.id}`))?.json<EventDetail>();
    expect(promoted?.myRegistration).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(promoted?.myRegistration?.checkInCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const mineOf = async (n: number) => (await byPosition(n)?.browser.get(`/api/events/${event.id}`))?.json<EventDetail>().myRegistration;
    expect(await mineOf(2)).toMatchObject({ status: 'registered' });
    expect(await mineOf(3)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await mineOf(20)).toMatchObject({ status: 'waitlisted', waitlistPosition: 17 });
    const rows = await table(event.id);
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(10);
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => r.position)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const publicView = (await new HttpSession(stack.app).get(`/api/events/${event.id}`)).json<EventDetail>();
    expect(publicView).toMatchObject({ seatsRemaining: 0, waitlisted: 17, registered: 10, registration: 'waitlist' });
  });

  it('raising the capacity moves people up from the waiting list; lowering it takes nobody’s seat', async () => {
    const event = await publishedEvent({ capacity: 2 });
    const attendees = await Promise.all(Array.from({ length: 5 }, () => person()));
    for (const attendee of attendees) expect((await register(attendee.browser, event.id)).statusCode).toBe(201);
    const raised = await staff.request('PATCH', `/api/events/${event.id}`, { capacity: 4 });
    expect(raised.statusCode).toBe(200);
    expect(raised.json<EventDetail>()).toMatchObject({ registered: 4, waitlisted: 1, seatsRemaining: 0 });
    const third = (await attendees[2]?.browser.get(`/api/events/${event.id}`))?.json<EventDetail>();
    expect(third?.myRegistration?.status).toBe('registered');
    const last = (await attendees[4]?.browser.get(`/api/events/${event.id}`))?.json<EventDetail>();
    expect(last?.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    const lowered = await staff.request('PATCH', `/api/events/${event.id}`, { capacity: 1 });
    expect(lowered.json<EventDetail>()).toMatchObject({ capacity: 1, registered: 4, waitlisted: 1, seatsRemaining: 0 });
    // Below the capacity again only once enough people left: nobody moves up before.
    const first = (await attendees[0]?.browser.get('/api/me/event-registrations'))?.json<EventRegistrationPage>().items[0];
    await attendees[0]?.browser.request('DELETE', `/api/event-registrations/${first?.id}`);
    expect((await attendees[4]?.browser.get(`/api/events/${event.id}`))?.json<EventDetail>().myRegistration?.status).toBe('waitlisted');
  });

  it('one registration per person and event (409 ALREADY_REGISTERED), and again after cancelling', async () => {
    const event = await publishedEvent();
    const { browser } = await person();
    const first = await register(browser, event.id);
    expect(first.statusCode).toBe(201);
    const again = await register(browser, event.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_REGISTERED' });
    expect((await browser.request('DELETE', `/api/event-registrations/${first.json<EventRegistration>().id}`)).statusCode).toBe(200);
    const cancelledAgain = await browser.request('DELETE', `/api/event-registrations/${first.json<EventRegistration>().id}`);
    expect(cancelledAgain.json()).toMatchObject({ statusCode: 409, code: 'REGISTRATION_ALREADY_CANCELLED' });
    expect((await register(browser, event.id)).statusCode).toBe(201);
  });

  it('refuses registration outside the window, and for drafts nobody but staff learns the event exists', async () => {
    const later = await publishedEvent({ registrationOpensAt: at(DAY), registrationClosesAt: at(2 * DAY) });
    const { browser } = await person();
    const early = await register(browser, later.id);
    expect(early.json()).toMatchObject({ statusCode: 409, code: 'REGISTRATION_NOT_OPEN_YET' });
    const draft = (await staff.post('/api/events', seminar({ title: '非公開の下書き' }))).json<EventDetail>();
    expect((await browser.get(`/api/events/${draft.id}`)).statusCode).toBe(404);
    expect((await register(browser, draft.id)).statusCode).toBe(404);
    expect((await new HttpSession(stack.app).get(`/api/events?status=draft`)).json<EventPage>().items.map((e) => e.id)).not.toContain(draft.id);
    expect((await staff.get(`/api/events?status=draft`)).json<EventPage>().items.map((e) => e.id)).toContain(draft.id);
  });

  it('lists published events for anyone by kind, area and Japan dates, with the seats left', async () => {
    const fair = await publishedEvent({ kind: 'job-fair', title: '「あさかで働こう」就職面接会', areas: [], capacity: 100, startsAt: at(20 * DAY), endsAt: at(20 * DAY + 3 * HOUR), registrationClosesAt: at(19 * DAY) });
    const anyone = new HttpSession(stack.app);
    const fairs = (await anyone.get('/api/events?kind=job-fair')).json<EventPage>();
    expect(fairs.items.map((e) => e.id)).toEqual([fair.id]);
    expect(fairs.items[0]).toMatchObject({ seatsRemaining: 100, registration: 'open', startsAt: expect.stringMatching(/\+09:00$/) as unknown });
    const day = fair.startsAt.slice(0, 10);
    expect((await anyone.get(`/api/events?from=${day}&to=${day}`)).json<EventPage>().items.map((e) => e.id)).toEqual([fair.id]);
    const financeSeminars = (await anyone.get('/api/events?area=finance')).json<EventPage>();
    expect(financeSeminars.items.length).toBeGreaterThan(0);
    expect(financeSeminars.items.every((e) => e.kind === 'seminar' && e.areas.includes('finance'))).toBe(true);
    const badRange = await anyone.get('/api/events?from=2026-13-01');
    expect(badRange.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses a schedule that does not hold together, on creation and after a partial change', async () => {
    const bad = await staff.post('/api/events', seminar({ endsAt: at(2 * DAY) }));
    expect(bad.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const jobFairWithAreas = await staff.post('/api/events', seminar({ kind: 'job-fair' }));
    expect(jobFairWithAreas.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toEqual(['areas']);
    const event = await publishedEvent();
    const moved = await staff.request('PATCH', `/api/events/${event.id}`, { startsAt: at(DAY) });
    expect(moved.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ path: 'registrationClosesAt' }] });
  });

  it('online links only for people holding a seat, and staff', async () => {
    const event = await publishedEvent({ capacity: 1, place: { kind: 'online', url: 'https://meet.example.jp/asaka-seminar' } });
    const seated = await person();
    const waiting = await person();
    await register(seated.browser, event.id);
    await register(waiting.browser, event.id);
    expect((await seated.browser.get(`/api/events/${event.id}`)).json<EventDetail>().place).toEqual({ kind: 'online', url: 'https://meet.example.jp/asaka-seminar' });
    expect((await waiting.browser.get(`/api/events/${event.id}`)).json<EventDetail>().place).toEqual({ kind: 'online', url: null });
    expect((await new HttpSession(stack.app).get(`/api/events/${event.id}`)).json<EventDetail>().place).toEqual({ kind: 'online', url: null });
    expect((await staff.get(`/api/events/${event.id}`)).json<EventDetail>().place).toEqual({ kind: 'online', url: 'https://meet.example.jp/asaka-seminar' });
  });

  it('a person sees only their own registrations: another’s is 404, staff see it (audited)', async () => {
    const event = await publishedEvent();
    const owner = await person();
    const other = await person();
    const registration = (await register(owner.browser, event.id)).json<EventRegistration>();
    expect((await owner.browser.get(`/api/event-registrations/${registration.id}`)).statusCode).toBe(200);
    expect((await other.browser.get(`/api/event-registrations/${registration.id}`)).statusCode).toBe(404);
    expect((await other.browser.request('DELETE', `/api/event-registrations/${registration.id}`)).statusCode).toBe(404);
    expect((await other.browser.get(`/api/events/${event.id}/registrations`)).statusCode).toBe(403);
    expect((await staff.get(`/api/event-registrations/${registration.id}`)).statusCode).toBe(200);
    const reads = (await stack.sql.query(`SELECT action FROM audit_event WHERE target_type = 'event-registration' AND target_id = $1`, [registration.id])) as { action: string }[];
    expect(reads.map((r) => r.action)).toEqual(['personal-data.read']);
    const mine = (await owner.browser.get('/api/me/event-registrations')).json<EventRegistrationPage>();
    expect(mine.items).toEqual([expect.objectContaining({ id: registration.id, status: 'registered', checkInCode: registration.checkInCode, event: expect.objectContaining({ id: event.id }) as unknown })]);
    expect((await other.browser.get('/api/me/event-registrations')).json<EventRegistrationPage>().total).toBe(0);
  });

  it('check-in by code on the day marks attendance; a wrong code is 404 with its code; only staff check in', async () => {
    const event = await publishedEvent({ capacity: 1 });
    const seated = await person();
    const waiting = await person();
    const registration = (await register(seated.browser, event.id)).json<EventRegistration>();
    const waitlisted = (await register(waiting.browser, event.id)).json<EventRegistration>();
    const code = registration.checkInCode ?? '';

    const early = await staff.post(`/api/events/${event.id}/check-in`, { code });
    expect(early.json()).toMatchObject({ statusCode: 409, code: 'CHECK_IN_NOT_OPEN' });
    // The day of the event: it began a few minutes ago.
    await stack.sql.query(
      `UPDATE city_event SET registration_opens_at = now() - interval '2 days', registration_closes_at = now() - interval '10 minutes',
         starts_at = now() - interval '5 minutes', ends_at = now() + interval '2 hours' WHERE id = $1`,
      [event.id],
    );

    expect((await seated.browser.post(`/api/events/${event.id}/check-in`, { code })).statusCode).toBe(403);
    const wrong = await staff.post(`/api/events/${event.id}/check-in`, { code: 'ZZZZ-ZZZZ' });
    expect(wrong.json()).toMatchObject({ statusCode: 404, code: 'CHECK_IN_CODE_NOT_FOUND' });
    const typed = code.toLowerCase().replace('-', ' ').normalize('NFKC').replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const checkedIn = await staff.post(`/api/events/${event.id}/check-in`, { code: typed });
    expect(checkedIn.statusCode).toBe(200);
    expect(checkedIn.json<EventCheckInResult>()).toMatchObject({ alreadyCheckedIn: false, attendee: { id: registration.id, attendedAt: expect.stringMatching(/\+09:00$/) as unknown } });
    const twice = await staff.post(`/api/events/${event.id}/check-in`, { registrationId: registration.id });
    expect(twice.json<EventCheckInResult>()).toMatchObject({ alreadyCheckedIn: true });
    const notSeated = await staff.post(`/api/events/${event.id}/check-in`, { registrationId: waitlisted.id });
    expect(notSeated.json()).toMatchObject({ statusCode: 409, code: 'NOT_HOLDING_A_SEAT' });
    expect((await seated.browser.request('DELETE', `/api/event-registrations/${registration.id}`)).json()).toMatchObject({ code: 'ALREADY_ATTENDED' });

    const list = (await staff.get(`/api/events/${event.id}/registrations`)).json<EventAttendeePage>();
    expect(list.items.map((a) => [a.status, a.waitlistPosition, a.attendedAt !== null])).toEqual([
      ['registered', null, true],
      ['waitlisted', 1, false],
    ]);
    expect((await staff.get(`/api/events/${event.id}`)).json<EventDetail>().attended).toBe(1);

    // What the founding pathway and the KPI dashboard read: the seminar with its date and areas, once it was held.
    const attended = await stack.app.get(EventAttendance).attendedSeminarsOf(seated.id);
    expect(attended).toEqual([expect.objectContaining({ eventId: event.id, areas: ['management', 'finance'], registrationId: registration.id })]);
    expect((await stack.app.get(EventAttendance).attendedSeminarsOf(waiting.id))).toEqual([]);
    const kpi = stack.app.get(EventKpi);
    const fiscalYear = fiscalYearOf(new Date());
    const heldBefore = await kpi.heldCount('seminar', fiscalYear);
    expect((await staff.post(`/api/events/${event.id}/finish`)).json<EventDetail>().status).toBe('finished');
    expect(await kpi.heldCount('seminar', fiscalYear)).toBe(heldBefore + 1);
    expect(await kpi.attendanceCount('seminar', fiscalYear)).toBeGreaterThanOrEqual(1);
  });

  it('exports the attendance list as CSV that Excel opens: BOM, the header row, CRLF', async () => {
    const event = await publishedEvent();
    const attendee = await person();
    await register(attendee.browser, event.id);
    const csv = await staff.get(`/api/events/${event.id}/attendance.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="attendance-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/);
    expect(csv.body.startsWith('\uFEFFNo.,氏名,メールアドレス,状態,キャンセル待ち順,受付コード,申込日時（日本時間）,出席,受付時刻（日本時間）\r\n')).toBe(true);
    expect(csv.body).toContain(`1,${attendee.email.split('@')[0]},${attendee.email},参加確定,`);
    expect((await attendee.browser.get(`/api/events/${event.id}/attendance.csv`)).statusCode).toBe(403);
  });

  it('calling an event off cancels every registration and place on the waiting list', async () => {
    const event = await publishedEvent({ capacity: 1 });
    const a = await person();
    const b = await person();
    await register(a.browser, event.id);
    await register(b.browser, event.id);
    expect((await staff.post(`/api/events/${event.id}/cancel`, {})).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const cancelled = await staff.post(`/api/events/${event.id}/cancel`, { reason: '講師の急病のため' });
    expect(cancelled.json<EventDetail>()).toMatchObject({ status: 'cancelled', cancellationReason: '講師の急病のため', registered: 0, waitlisted: 0, registration: 'closed' });
    const mine = (await b.browser.get('/api/me/event-registrations')).json<EventRegistrationPage>().items[0];
    expect(mine).toMatchObject({ status: 'cancelled', cancelledBy: 'event-cancelled' });
    expect((await staff.post(`/api/events/${event.id}/publish`)).json()).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION' });
    expect((await staff.request('PATCH', `/api/events/${event.id}`, { capacity: 5 })).json()).toMatchObject({ statusCode: 409, code: 'EVENT_NOT_EDITABLE' });
  });

  // Last: the demo rows join the lists the tests above read.
  it('seeds three seminars and a job fair in the coming weeks, the demo entrepreneur registered for the seminars, once', async () => {
    await stack.sql.transaction(async (manager) => {
      await seedDemoAccounts(manager, new PasswordHasher());
      await seedDemoEvents(manager);
      await seedDemoEvents(manager);
    });
    const demo = (await stack.sql.query(
      `SELECT e.kind, e.title, e.status, e.areas, e.starts_at, count(r.id)::int AS registrations
       FROM city_event e LEFT JOIN event_registration r ON r.event_id = e.id
       WHERE e.title LIKE '%創業塾 第1回%' OR e.title LIKE '%販路開拓セミナー%' OR e.title LIKE '%人材育成ワークショップ%' OR e.title LIKE '%就職面接会%'
       GROUP BY e.id ORDER BY e.starts_at`,
    )) as { kind: string; title: string; status: string; areas: string[]; starts_at: Date; registrations: number }[];
    expect(demo.map((e) => e.kind).sort()).toEqual(['job-fair', 'seminar', 'seminar', 'seminar']);
    expect(demo.every((e) => e.status === 'published' && e.starts_at.getTime() > Date.now() && e.starts_at.getTime() < Date.now() + 30 * DAY)).toBe(true);
    expect(demo.find((e) => e.title.includes('創業塾'))?.areas).toEqual(['management', 'finance']);
    const entrepreneur = (await stack.sql.query(
      `SELECT e.kind, r.status FROM event_registration r JOIN city_event e ON e.id = r.event_id JOIN user_account u ON u.id = r.user_id
       WHERE u.email_normalized = 'entrepreneur@demo.asaka.localhost'`,
    )) as { kind: string; status: string }[];
    expect(entrepreneur).toEqual(Array(3).fill({ kind: 'seminar', status: 'registered' }));
  });
});
