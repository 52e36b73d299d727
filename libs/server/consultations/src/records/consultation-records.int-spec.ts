import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Adviser, AdviserSession, AdviserSessionList, ConsultationBooking, ConsultationRecord, ConsultationSlotList, ConsultationStats } from '@asaka/contracts';
import { japanDateKey } from '@asaka/domain';
import { ApiStack, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../../apps/api/src/app.module';
import { ConsultationKpi } from './consultation-kpi';

// After a consultation, through the real API on its own database: the adviser marks it held or
// no-show, writes the record, reads the dashboard; who may read the record; the count it makes.

const DAY = 86_400_000;
const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
const PROFILE = { organizationName: '朝霞市商工会', areas: ['management', 'finance'], topics: ['founding-plan', 'financing'], places: ['chamber-of-commerce'] };
const ANSWERS = { stage: 'preparing', businessIdea: '朝霞台駅の近くでパン屋を開きたい。', questions: '創業融資の流れを知りたい。' };
const RECORD = { areasCovered: ['finance', 'management'], notes: '自己資金150万円。設備資金の見積りを確認した。', nextSteps: '公庫の創業計画書を下書きする。' };

describe('consultation outcomes and records', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let staff: Awaited<ReturnType<ApiStack['signIn']>>;
  let counter = 0;
  /** Each session moved into the past gets its own hour, so no two overlap for an adviser or a person. */
  let pastHour = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
    staff = await stack.signIn('records-staff@city.example.jp', ['staff']);
  });

  afterAll(() => stack?.close());

  async function adviser() {
    counter += 1;
    const account = await stack.signIn(`records-adviser-${counter}@shokokai.example.jp`, ['adviser']);
    expect((await account.browser.request('PUT', '/api/advisers/me', PROFILE)).statusCode).toBe(200);
    const withHours = await account.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] });
    return { ...account, adviserId: withHours.json<Adviser>().id };
  }

  async function person() {
    counter += 1;
    return stack.signIn(`records-person-${counter}@example.jp`, ['entrepreneur']);
  }

  /** A booking of the person with the adviser, at the first free slot some days ahead (a public holiday offers none). */
  async function booking(booker: HttpSession, adviserId: string, daysAhead = 3): Promise<ConsultationBooking> {
    const from = japanDateKey(new Date(Date.now() + daysAhead * DAY));
    const to = japanDateKey(new Date(Date.now() + (daysAhead + 14) * DAY));
    const slots = (await new HttpSession(app).get(`/api/consultation-slots?adviserId=${adviserId}&from=${from}&to=${to}`)).json<ConsultationSlotList>();
    const response = await booker.post('/api/consultation-bookings', { adviserId, startsAt: slots.items[0]?.startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: ANSWERS });
    expect(response.statusCode).toBe(201);
    return response.json<ConsultationBooking>();
  }

  /** The session moved to a time that has passed (or a given one), as if it had been booked then. */
  async function startedAt(bookingId: string, startsAt?: string): Promise<void> {
    pastHour += 1;
    const start = startsAt ? new Date(startsAt) : new Date(Date.now() - 200 * DAY + pastHour * 3_600_000);
    await stack.sql.query(`UPDATE consultation_booking SET starts_at = $2, ends_at = $3 WHERE id = $1`, [bookingId, start, new Date(start.getTime() + 3_600_000)]);
  }

  const outcome = (browser: HttpSession, bookingId: string, value: 'held' | 'no-show') => browser.post(`/api/consultation-bookings/${bookingId}/outcome`, { outcome: value });
  const stats = async (fiscalYear: number) => (await staff.browser.get(`/api/consultations/stats?fiscalYear=${fiscalYear}`)).json<ConsultationStats>();

  it('lets the adviser mark a session held only once it has begun, never a cancelled one, and not the booker', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: booker } = await person();
    const ahead = await booking(booker, adviserId);

    const early = await outcome(advising, ahead.id, 'held');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION', details: { reason: 'not-started' } });

    await startedAt(ahead.id);
    expect((await outcome(booker, ahead.id, 'held')).statusCode).toBe(403);
    expect((await outcome((await person()).browser, ahead.id, 'held')).statusCode).toBe(404);
    const held = await outcome(advising, ahead.id, 'held');
    expect(held.statusCode).toBe(200);
    expect(held.json<AdviserSession>()).toMatchObject({ id: ahead.id, status: 'held', hasRecord: false, actions: ['mark-no-show', 'write-record'] });
    // The booker sees the booking as held.
    expect((await booker.get(`/api/consultation-bookings/${ahead.id}`)).json()).toMatchObject({ status: 'held', actions: [] });

    const cancelled = await booking(booker, adviserId, 4);
    expect((await booker.post(`/api/consultation-bookings/${cancelled.id}/cancel`, {})).statusCode).toBe(200);
    await startedAt(cancelled.id);
    expect((await outcome(advising, cancelled.id, 'no-show')).json()).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION', details: { reason: 'cancelled' } });
  });

  it('lets staff mark a session for the adviser, with the mark in the audit log, and a mark be corrected until the record is written', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: booker } = await person();
    const session = await booking(booker, adviserId);
    await startedAt(session.id);

    expect((await outcome(staff.browser, session.id, 'no-show')).json()).toMatchObject({ status: 'no-show', actions: ['mark-held'] });
    const log = (await staff.browser.get(`/api/admin/audit-log?action=consultation-booking.outcome-marked&targetId=${session.id}`)).json<{ items: unknown[] }>();
    expect(log.items).toEqual([expect.objectContaining({ actorUserId: staff.id, oldValue: { status: 'booked' }, newValue: { status: 'no-show' } })]);

    // The person came after all: corrected to held, and a record then fixes it.
    expect((await outcome(advising, session.id, 'held')).json()).toMatchObject({ status: 'held' });
    expect((await advising.request('PUT', `/api/consultation-bookings/${session.id}/record`, RECORD)).statusCode).toBe(200);
    expect((await outcome(advising, session.id, 'no-show')).json()).toMatchObject({ statusCode: 409, details: { reason: 'recorded' } });
    expect((await outcome(advising, session.id, 'held')).statusCode).toBe(200);
  });

  it('keeps the record to the booking’s adviser and staff (audited): the booker, another adviser and anyone else get 404', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: otherAdviser } = await adviser();
    const { browser: booker } = await person();
    const session = await booking(booker, adviserId);
    await startedAt(session.id);

    // No record before the session is marked held, none for a no-show.
    expect((await advising.request('PUT', `/api/consultation-bookings/${session.id}/record`, RECORD)).json()).toMatchObject({ statusCode: 409, code: 'SESSION_NOT_HELD' });
    await outcome(advising, session.id, 'held');
    expect((await advising.get(`/api/consultation-bookings/${session.id}/record`)).json()).toMatchObject({ statusCode: 404, code: 'RECORD_NOT_WRITTEN' });
    expect((await booker.request('PUT', `/api/consultation-bookings/${session.id}/record`, RECORD)).statusCode).toBe(403);

    const written = await advising.request('PUT', `/api/consultation-bookings/${session.id}/record`, { ...RECORD, notes: `  ${RECORD.notes}  ` });
    expect(written.statusCode).toBe(200);
    expect(written.json<ConsultationRecord>()).toMatchObject({ bookingId: session.id, areasCovered: ['finance', 'management'], notes: RECORD.notes, writtenBy: 'adviser' });
    expect((await advising.get(`/api/consultation-bookings/${session.id}/record`)).json()).toMatchObject({ notes: RECORD.notes, nextSteps: RECORD.nextSteps });

    for (const outsider of [booker, otherAdviser, (await person()).browser]) {
      const peek = await outsider.get(`/api/consultation-bookings/${session.id}/record`);
      expect(peek.statusCode).toBe(404);
      expect(peek.body).not.toContain('自己資金');
    }
    expect((await new HttpSession(app).get(`/api/consultation-bookings/${session.id}/record`)).statusCode).toBe(401);

    const read = await staff.browser.get(`/api/consultation-bookings/${session.id}/record`);
    expect(read.json()).toMatchObject({ notes: RECORD.notes });
    const reads = (await staff.browser.get(`/api/admin/audit-log?action=personal-data.read&targetType=consultation-record&targetId=${session.id}`)).json<{ items: unknown[] }>();
    expect(reads.items).toEqual([expect.objectContaining({ actorUserId: staff.id })]);
    // The adviser's own reads are not logged as someone else's data.
    expect(reads.items).toHaveLength(1);

    // Staff may write it for the adviser; that is logged, without the notes.
    expect((await staff.browser.request('PUT', `/api/consultation-bookings/${session.id}/record`, { areasCovered: ['sales-channels'], notes: '代理入力' })).json()).toMatchObject({
      writtenBy: 'staff',
      areasCovered: ['sales-channels'],
      nextSteps: '',
    });
    const writes = (await staff.browser.get(`/api/admin/audit-log?action=consultation-record.updated&targetId=${session.id}`)).json<{ items: { newValue: unknown }[] }>();
    expect(writes.items[0]?.newValue).toMatchObject({ areasCovered: ['sales-channels'] });
    expect(JSON.stringify(writes.items)).not.toContain('代理入力');
  });

  it('refuses areas outside 経営・財務・人材育成・販路開拓 and repeated areas', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: booker } = await person();
    const session = await booking(booker, adviserId);
    await startedAt(session.id);
    await outcome(advising, session.id, 'held');
    const put = (areasCovered: string[]) => advising.request('PUT', `/api/consultation-bookings/${session.id}/record`, { ...RECORD, areasCovered });
    expect((await put(['marketing'])).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await put(['finance', 'finance'])).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await put([])).statusCode).toBe(200);
  });

  it('shows the adviser their sessions ahead with the intake and those begun with whether the record is written', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: booker, email } = await person();
    const recorded = await booking(booker, adviserId, 6);
    await startedAt(recorded.id, new Date(Date.now() - 3 * DAY).toISOString());
    const unrecorded = await booking(booker, adviserId, 7);
    await startedAt(unrecorded.id, new Date(Date.now() - 2 * DAY).toISOString());
    const ahead = await booking(booker, adviserId, 5);
    await outcome(advising, recorded.id, 'held');
    await outcome(advising, unrecorded.id, 'held');
    await advising.request('PUT', `/api/consultation-bookings/${recorded.id}/record`, RECORD);

    const dashboard = (await advising.get('/api/advisers/me/sessions')).json<AdviserSessionList>();
    expect(dashboard.upcoming.map((s) => s.id)).toEqual([ahead.id]);
    expect(dashboard.upcoming[0]).toMatchObject({ bookerName: email.split('@')[0], answers: ANSWERS, hasRecord: false, actions: [] });
    expect(dashboard.past.map((s) => [s.id, s.hasRecord, s.areasCovered])).toEqual([
      [unrecorded.id, false, null],
      [recorded.id, true, ['finance', 'management']],
    ]);
    expect(dashboard.past[0]?.actions).toContain('write-record');

    const range = (await advising.get(`/api/advisers/me/sessions?from=${japanDateKey(new Date(Date.now() + 4 * DAY))}`)).json<AdviserSessionList>();
    expect([...range.upcoming, ...range.past].map((s) => s.id)).toEqual([ahead.id]);
    expect((await advising.get('/api/advisers/me/sessions?from=2026-05-01&to=2026-04-01')).statusCode).toBe(400);
    expect((await (await adviser()).browser.get('/api/advisers/me/sessions')).json<AdviserSessionList>()).toMatchObject({ upcoming: [], past: [] });
  });

  it('counts a held session once for 起業家育成相談件数 in the fiscal year of its start (Japan time), and a no-show not at all', async () => {
    const { browser: advising, adviserId } = await adviser();
    const { browser: booker } = await person();
    const kpi = app.get(ConsultationKpi);
    const before = { fy2024: await kpi.heldCount(2024), fy2025: await kpi.heldCount(2025) };

    // 23:30 on 31 March in Japan is still fiscal 2024, though it is the afternoon of the 31st in UTC.
    const lastEvening = await booking(booker, adviserId, 3);
    await startedAt(lastEvening.id, '2025-03-31T23:30:00+09:00');
    await outcome(advising, lastEvening.id, 'held');
    const june = await booking(booker, adviserId, 4);
    await startedAt(june.id, '2025-06-10T10:00:00+09:00');
    await outcome(advising, june.id, 'held');
    const missed = await booking(booker, adviserId, 5);
    await startedAt(missed.id, '2025-06-17T10:00:00+09:00');
    await outcome(advising, missed.id, 'no-show');

    expect(await kpi.heldCount(2024)).toBe(before.fy2024 + 1);
    expect(await kpi.heldCount(2025)).toBe(before.fy2025 + 1);
    expect(await stats(2025)).toMatchObject({ fiscalYear: 2025, heldConsultations: before.fy2025 + 1 });
    // Corrected to no-show (no record yet): it no longer counts.
    await outcome(advising, june.id, 'no-show');
    expect((await stats(2025)).heldConsultations).toBe(before.fy2025);
    expect((await staff.browser.get('/api/consultations/stats')).json<ConsultationStats>().fiscalYear).toBeGreaterThanOrEqual(2025);
  });
});
