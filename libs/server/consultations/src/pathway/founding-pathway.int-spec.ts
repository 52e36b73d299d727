import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Adviser, ConsultationBooking, ConsultationSlotList, EventDetail, EventRegistration, FoundingPathway, FoundingPathwayPage } from '@asaka/contracts';
import { japanDateKey, toJapanIso } from '@asaka/domain';
import { PasswordHasher, seedDemoAccounts } from '@asaka/accounts';
import { seedDemoEvents } from '@asaka/events';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../../apps/api/src/app.module';
import { seedDemoConsultations } from '../demo/demo-consultations';

// 特定創業支援等事業 through the real API: held consultations with recorded areas and seminars a
// person was checked in at make their pathway; staff see everyone's and export the session dates.

const DAY = 86_400_000;
const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
const PROFILE = { organizationName: '朝霞市商工会', areas: ['management', 'finance'], topics: ['founding-plan'], places: ['chamber-of-commerce'] };
const BOM = '\uFEFF';
const HEADER = 'No.,氏名,区分,日時（日本時間）,内容,経営,財務,人材育成,販路開拓,要件,要件を満たした日';

describe('the founding pathway', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let staff: Awaited<ReturnType<ApiStack['signIn']>>;
  let adviser: Awaited<ReturnType<ApiStack['signIn']>> & { adviserId: string };
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
    staff = await stack.signIn('pathway-staff@city.example.jp', ['staff']);
    const account = await stack.signIn('pathway-adviser@shokokai.example.jp', ['adviser']);
    await account.browser.request('PUT', '/api/advisers/me', PROFILE);
    const withHours = await account.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] });
    adviser = { ...account, adviserId: withHours.json<Adviser>().id };
  });

  afterAll(() => stack?.close());

  async function person() {
    counter += 1;
    return stack.signIn(`pathway-person-${counter}@example.jp`, ['entrepreneur']);
  }

  /** A consultation the person booked, held at `startsAt` (moved there: the past cannot be booked), with a record naming these areas. */
  async function consultation(booker: HttpSession, startsAt: string, areas: string[] | null): Promise<string> {
    // Two weeks of slots ahead, whatever holidays fall in them; each session is moved away at once, so its slot is free again.
    const from = japanDateKey(new Date(Date.now() + 3 * DAY));
    const to = japanDateKey(new Date(Date.now() + 17 * DAY));
    const slots = (await new HttpSession(app).get(`/api/consultation-slots?adviserId=${adviser.adviserId}&from=${from}&to=${to}`)).json<ConsultationSlotList>();
    const booked = await booker.post('/api/consultation-bookings', {
      adviserId: adviser.adviserId, startsAt: slots.items[0]?.startsAt, topic: 'founding-plan', place: 'chamber-of-commerce', answers: { stage: 'idea', businessIdea: 'カフェ' },
    });
    expect(booked.statusCode).toBe(201);
    const { id } = booked.json<ConsultationBooking>();
    await moveConsultation(id, startsAt);
    expect((await adviser.browser.post(`/api/consultation-bookings/${id}/outcome`, { outcome: 'held' })).statusCode).toBe(200);
    if (areas) expect((await adviser.browser.request('PUT', `/api/consultation-bookings/${id}/record`, { areasCovered: areas, notes: '記録' })).statusCode).toBe(200);
    return id;
  }

  const moveConsultation = (id: string, startsAt: string) =>
    stack.sql.query(`UPDATE consultation_booking SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`, [id, startsAt]);

  /** A seminar staff ran on `startsAt` (moved there after registration), with the person registered; not yet checked in. */
  async function seminar(booker: HttpSession, startsAt: string, areas: string[]): Promise<{ eventId: string; registrationId: string }> {
    const at = (ms: number) => toJapanIso(new Date(Date.now() + ms));
    const created = await staff.browser.post('/api/events', {
      kind: 'seminar', title: '創業塾「資金計画」', startsAt: at(10 * DAY), endsAt: at(10 * DAY + 7_200_000), place: { kind: 'venue', name: '研修室1', address: '朝霞市浜崎1-2-10' },
      capacity: 20, registrationOpensAt: at(-3_600_000), registrationClosesAt: at(9 * DAY), areas,
    });
    const eventId = created.json<EventDetail>().id;
    expect((await staff.browser.post(`/api/events/${eventId}/publish`)).statusCode).toBe(200);
    const registered = await booker.post(`/api/events/${eventId}/registrations`);
    expect(registered.statusCode).toBe(201);
    await stack.sql.query(
      `UPDATE city_event SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '2 hours',
         registration_opens_at = $2::timestamptz - interval '30 days', registration_closes_at = $2::timestamptz - interval '1 day' WHERE id = $1`,
      [eventId, startsAt],
    );
    return { eventId, registrationId: registered.json<EventRegistration>().id };
  }

  const mine = async (browser: HttpSession) => {
    const response = await browser.get('/api/me/founding-pathway');
    expect(response.statusCode).toBe(200);
    return response.json<FoundingPathway>();
  };

  it('advances with each recorded consultation and each seminar checked in, and qualifies exactly at 4 sessions over a month covering the four areas', async () => {
    const { browser, id: userId } = await person();
    expect(await mine(browser)).toMatchObject({ userId, sessions: [], sessionCount: 0, sessionsNeeded: 4, qualifies: false, qualifiedAt: null });

    // Held, but the record is not written yet: not a session of the pathway until it names its areas.
    const first = await consultation(browser, '2025-01-31T10:00:00+09:00', null);
    expect((await mine(browser)).sessionCount).toBe(0);
    await adviser.browser.request('PUT', `/api/consultation-bookings/${first}/record`, { areasCovered: ['management'], notes: '事業計画の骨子' });
    expect(await mine(browser)).toMatchObject({
      sessions: [{ kind: 'consultation', id: first, startsAt: '2025-01-31T10:00:00+09:00', title: `朝霞市商工会 ${adviser.email.split('@')[0]}`, areas: ['management'] }],
      areasCovered: ['management'],
      earliestCompletion: '2025-02-28T10:00:00+09:00',
    });

    // A seminar counts once the person is checked in at it (through the events API), not for registering.
    const { eventId, registrationId } = await seminar(browser, '2025-02-10T14:00:00+09:00', ['finance']);
    expect((await mine(browser)).sessionCount).toBe(1);
    expect((await staff.browser.post(`/api/events/${eventId}/check-in`, { registrationId })).statusCode).toBe(200);
    const withSeminar = await mine(browser);
    expect(withSeminar.sessions.map((s) => [s.kind, s.startsAt, s.areas])).toEqual([
      ['consultation', '2025-01-31T10:00:00+09:00', ['management']],
      ['seminar', '2025-02-10T14:00:00+09:00', ['finance']],
    ]);
    expect(withSeminar.sessions[1]).toMatchObject({ id: eventId, title: '創業塾「資金計画」' });

    await consultation(browser, '2025-02-20T10:00:00+09:00', ['human-resources']);
    // Four sessions, four areas, one minute short of a month: not yet.
    const last = await consultation(browser, '2025-02-28T09:59:00+09:00', ['sales-channels']);
    expect(await mine(browser)).toMatchObject({ sessionCount: 4, sessionsNeeded: 0, areasMissing: [], spansAMonth: false, qualifies: false, qualifiedAt: null });

    // The same day one month on (31 January → 28 February): it qualifies, from that session.
    await moveConsultation(last, '2025-02-28T10:00:00+09:00');
    expect(await mine(browser)).toMatchObject({ sessionCount: 4, spansAMonth: true, qualifies: true, qualifiedAt: '2025-02-28T10:00:00+09:00' });
  });

  it('counts neither a no-show, a session whose record names no area, nor a seminar without areas', async () => {
    const { browser } = await person();
    const missed = await consultation(browser, '2025-03-03T10:00:00+09:00', null);
    await adviser.browser.post(`/api/consultation-bookings/${missed}/outcome`, { outcome: 'no-show' });
    await consultation(browser, '2025-03-04T10:00:00+09:00', []);
    const { eventId, registrationId } = await seminar(browser, '2025-03-05T14:00:00+09:00', []);
    await staff.browser.post(`/api/events/${eventId}/check-in`, { registrationId });
    expect((await mine(browser)).sessions).toEqual([]);
  });

  it('shows a person’s pathway to themself and staff (audited), and to anyone else as 404', async () => {
    const { browser, id: userId } = await person();
    await consultation(browser, '2025-04-07T10:00:00+09:00', ['finance']);
    expect((await browser.get(`/api/founding-pathway/${userId}`)).json()).toMatchObject({ userId, sessionCount: 1 });
    const other = (await person()).browser;
    expect((await other.get(`/api/founding-pathway/${userId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/founding-pathway/${userId}/sessions.csv`)).statusCode).toBe(404);
    expect((await adviser.browser.get(`/api/founding-pathway/${userId}`)).statusCode).toBe(404);
    expect((await other.get('/api/founding-pathway')).statusCode).toBe(403);

    expect((await staff.browser.get(`/api/founding-pathway/${userId}`)).json()).toMatchObject({ userId, sessionCount: 1, areasCovered: ['finance'] });
    expect((await staff.browser.get('/api/founding-pathway/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const reads = (await staff.browser.get(`/api/admin/audit-log?action=personal-data.read&targetType=founding-pathway&targetId=${userId}`)).json<{ items: unknown[] }>();
    expect(reads.items).toEqual([expect.objectContaining({ actorUserId: staff.id, newValue: { view: 'pathway' } })]);
  });

  it('lists everyone with a session for staff, filtered by whether they qualify', async () => {
    const qualified = await person();
    await consultation(qualified.browser, '2025-05-01T10:00:00+09:00', ['management', 'finance']);
    await consultation(qualified.browser, '2025-05-12T10:00:00+09:00', ['human-resources']);
    await consultation(qualified.browser, '2025-05-20T10:00:00+09:00', ['sales-channels']);
    await consultation(qualified.browser, '2025-06-02T10:00:00+09:00', ['finance']);
    const partWay = await person();
    await consultation(partWay.browser, '2025-05-02T10:00:00+09:00', ['management']);
    const nobody = await person();

    const ids = (page: FoundingPathwayPage) => page.items.map((item) => item.userId);
    const all = (await staff.browser.get('/api/founding-pathway?pageSize=100')).json<FoundingPathwayPage>();
    expect(ids(all)).toEqual(expect.arrayContaining([qualified.id, partWay.id]));
    expect(ids(all)).not.toContain(nobody.id);
    expect(all.items.find((item) => item.userId === qualified.id)).toMatchObject({
      sessionCount: 4,
      firstSessionAt: '2025-05-01T10:00:00+09:00',
      lastSessionAt: '2025-06-02T10:00:00+09:00',
      qualifies: true,
      qualifiedAt: '2025-06-02T10:00:00+09:00',
    });
    const yes = (await staff.browser.get('/api/founding-pathway?qualified=true&pageSize=100')).json<FoundingPathwayPage>();
    expect(ids(yes)).toContain(qualified.id);
    expect(ids(yes)).not.toContain(partWay.id);
    const no = (await staff.browser.get('/api/founding-pathway?qualified=false&pageSize=100')).json<FoundingPathwayPage>();
    expect(ids(no)).toContain(partWay.id);
    expect(ids(no)).not.toContain(qualified.id);
    expect((await staff.browser.get('/api/founding-pathway?pageSize=1&page=2')).json<FoundingPathwayPage>()).toMatchObject({ total: all.total, items: [expect.anything()] });
  });

  it('exports the session dates as CSV that Excel opens: byte-order mark, header, CRLF, Japan time', async () => {
    const { browser, id: userId, email } = await person();
    await consultation(browser, '2025-07-01T10:00:00+09:00', ['management', 'finance']);
    await consultation(browser, '2025-07-15T10:00:00+09:00', ['human-resources']);
    await consultation(browser, '2025-07-29T10:00:00+09:00', ['sales-channels']);
    await consultation(browser, '2025-08-01T10:00:00+09:00', ['finance']);

    const own = await browser.get(`/api/founding-pathway/${userId}/sessions.csv`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(own.headers['content-disposition']).toBe(`attachment; filename="founding-pathway-${userId.slice(0, 8)}.csv"`);
    const name = email.split('@')[0];
    const title = `朝霞市商工会 ${adviser.email.split('@')[0]}`;
    expect(own.body.split('\r\n')).toEqual([
      `${BOM}${HEADER}`,
      `1,${name},個別相談,2025/07/01 10:00,${title},○,○,,,満たす,2025/08/01`,
      `2,${name},個別相談,2025/07/15 10:00,${title},,,○,,満たす,2025/08/01`,
      `3,${name},個別相談,2025/07/29 10:00,${title},,,,○,満たす,2025/08/01`,
      `4,${name},個別相談,2025/08/01 10:00,${title},,○,,,満たす,2025/08/01`,
      '',
    ]);

    const everyone = await staff.browser.get('/api/founding-pathway.csv?qualified=true');
    expect(everyone.statusCode).toBe(200);
    expect(everyone.body.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    expect(everyone.body).toContain(`,${name},個別相談,2025/07/01 10:00,`);
    expect(everyone.body).not.toMatch(/[^\r]\n/);
    expect(everyone.body).not.toContain(',未達,');
    expect((await staff.browser.get('/api/founding-pathway.csv')).body).toContain(',未達,');
    const exported = (await staff.browser.get('/api/admin/audit-log?action=personal-data.read&targetType=founding-pathway-list')).json<{ items: { newValue: unknown }[] }>();
    expect(exported.items.some((item) => JSON.stringify(item.newValue).includes('"format":"csv"'))).toBe(true);
  });

  // Last: the demo rows join the lists the tests above read.
  it('seeds two demo entrepreneurs part-way along the pathway, a month of sessions in every state and a founding report waiting, once', async () => {
    const seed = () =>
      stack.sql.transaction(async (manager) => {
        await seedDemoAccounts(manager, new PasswordHasher());
        await seedDemoConsultations(manager);
        await seedDemoEvents(manager);
      });
    await seed();
    await seed();
    const idOf = async (email: string) => ((await stack.sql.query(`SELECT id FROM user_account WHERE email_normalized = $1`, [email])) as { id: string }[])[0]?.id;
    const pathwayOf = async (email: string) => (await staff.browser.get(`/api/founding-pathway/${await idOf(email)}`)).json<FoundingPathway>();

    // 膝折 創: consultations covering 経営・財務・人材育成; 販路開拓 is still to come.
    const first = await pathwayOf('entrepreneur@demo.asaka.localhost');
    expect(first).toMatchObject({ displayName: '膝折 創 (起業家)', qualifies: false });
    expect(first.sessionCount).toBeGreaterThan(0);
    expect(first.areasMissing).toContain('sales-channels');
    // 岡 開: consultations and last week's seminar cover everything, but within less than a month.
    const second = await pathwayOf('entrepreneur2@demo.asaka.localhost');
    expect(second).toMatchObject({ displayName: '岡 開 (起業家)', spansAMonth: false, qualifies: false });
    expect(second.sessions.map((s) => s.kind)).toContain('seminar');

    const statuses = (await stack.sql.query(
      `SELECT DISTINCT b.status FROM consultation_booking b JOIN user_account u ON u.id = b.booker_user_id WHERE u.email_normalized LIKE 'entrepreneur%@demo.asaka.localhost' ORDER BY 1`,
    )) as { status: string }[];
    expect(statuses.map((s) => s.status)).toEqual(['booked', 'cancelled', 'held', 'no-show']);
    const [records] = (await stack.sql.query(
      `SELECT count(*)::int AS written, count(*) FILTER (WHERE b.status <> 'held')::int AS misplaced FROM consultation_record r JOIN consultation_booking b ON b.id = r.booking_id`,
    )) as { written: number; misplaced: number }[];
    expect(records?.written).toBeGreaterThan(0);
    expect(records?.misplaced).toBe(0);

    const waiting = (await staff.browser.get('/api/founding-reports?status=submitted&pageSize=100')).json<{ items: { businessName: string; userId: string }[] }>();
    expect(waiting.items.filter((r) => r.businessName === 'こめこぱん工房 おか').map((r) => r.userId)).toEqual([await idOf('entrepreneur2@demo.asaka.localhost')]);
  });
});
