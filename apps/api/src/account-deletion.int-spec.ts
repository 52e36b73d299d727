import type { Adviser, ConsultationSlotList, EventDetail, EventRegistration } from '@asaka/contracts';
import { japanDateKey, toJapanIso } from '@asaka/domain';
import { ApiStack, HttpSession, seminarInput, startApiStack } from '@asaka/testing';
import { AppModule } from './app.module';

// A person who deletes their account gives back what they held in the programs: the adviser's
// time is free again (and the adviser is told), a seminar seat goes to the first person waiting.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (msFromNow: number) => toJapanIso(new Date(Date.now() + msFromNow));
const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '10:00', end: '12:00' }));
const seminar = seminarInput({ title: '創業塾 販路開拓', startsAt: at(5 * DAY), endsAt: at(5 * DAY + 2 * HOUR), capacity: 1, registrationClosesAt: at(4 * DAY), areas: ['sales-channels'] });

describe('deleting an account gives back what the person held', () => {
  let stack: ApiStack;
  let staff: HttpSession;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    staff = (await stack.signIn('deletion-staff@city.example.jp', ['staff'])).browser;
  }, 60_000);

  afterAll(() => stack?.close());

  it('cancels their upcoming consultation (the slot is free again, the adviser is mailed) and hands their seminar seat to the first person waiting', async () => {
    const adviser = await stack.signIn('deletion-adviser@shokokai.example.jp', ['adviser']);
    await adviser.browser.request('PUT', '/api/advisers/me', { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] });
    const adviserId = (await adviser.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] })).json<Adviser>().id;
    const leaving = await stack.signIn('leaving@example.jp', ['entrepreneur']);
    const waiting = await stack.signIn('waiting@example.jp', ['entrepreneur']);

    const date = japanDateKey(new Date(Date.now() + 6 * DAY));
    const slotsOnDate = async () =>
      (await staff.get(`/api/consultation-slots?adviserId=${adviserId}&from=${date}&to=${date}`)).json<ConsultationSlotList>().items.map((s) => s.startsAt);
    const startsAt = `${date}T10:00:00+09:00`;
    const booked = await leaving.browser.post('/api/consultation-bookings', {
      adviserId,
      startsAt,
      topic: 'financing',
      place: 'chamber-of-commerce',
      answers: { stage: 'idea', businessIdea: '移動販売のコーヒー店', questions: '' },
    });
    expect(booked.statusCode).toBe(201);
    expect(await slotsOnDate()).not.toContain(startsAt);

    const event = (await staff.post('/api/events', seminar)).json<EventDetail>();
    expect((await staff.post(`/api/events/${event.id}/publish`)).statusCode).toBe(200);
    expect((await leaving.browser.post(`/api/events/${event.id}/registrations`)).json<EventRegistration>().status).toBe('registered');
    const inLine = (await waiting.browser.post(`/api/events/${event.id}/registrations`)).json<EventRegistration>();
    expect(inLine.status).toBe('waitlisted');

    expect((await leaving.browser.request('DELETE', '/api/me')).statusCode).toBe(204);

    // The consultation: cancelled by the booker's side, the time listed again, the adviser told, no reminder left.
    const [booking] = (await stack.sql.query(`SELECT status, cancelled_by, cancellation_reason, reminder_key FROM consultation_booking WHERE booker_user_id = $1`, [
      leaving.id,
    ])) as { status: string; cancelled_by: string; cancellation_reason: string; reminder_key: string | null }[];
    expect(booking).toMatchObject({ status: 'cancelled', cancelled_by: 'booker', cancellation_reason: expect.stringContaining('退会') });
    expect(await slotsOnDate()).toContain(startsAt);
    const mails = (await stack.sql.query(`SELECT template, recipient_user_id, status FROM notification WHERE dedupe_key LIKE $1 ORDER BY id`, [
      `consultation-booking:${booked.json<{ id: string }>().id}:%`,
    ])) as { template: string; recipient_user_id: string; status: string }[];
    expect(mails).toContainEqual({ template: 'consultation-cancelled', recipient_user_id: adviser.id, status: 'pending' });
    expect(mails.filter((m) => m.recipient_user_id === leaving.id && m.status === 'pending')).toEqual([]);

    // The seminar: the seat went to the person waiting, who is mailed.
    expect((await waiting.browser.get(`/api/event-registrations/${inLine.id}`)).json<EventRegistration>().status).toBe('registered');
    expect((await staff.get(`/api/events/${event.id}`)).json<EventDetail>()).toMatchObject({ registered: 1, waitlisted: 0 });
    const promoted = (await stack.sql.query(`SELECT template FROM notification WHERE recipient_user_id = $1 AND status = 'pending'`, [waiting.id])) as { template: string }[];
    expect(promoted.map((m) => m.template)).toContain('event-promoted');
  }, 60_000);

  it('cancels the upcoming sessions of an adviser who leaves: each booker is mailed, and nobody can book the adviser any more', async () => {
    const adviser = await stack.signIn('leaving-adviser@shokokai.example.jp', ['adviser']);
    await adviser.browser.request('PUT', '/api/advisers/me', { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] });
    const adviserId = (await adviser.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] })).json<Adviser>().id;
    const booker = await stack.signIn('booker-of-leaving-adviser@example.jp', ['entrepreneur']);
    const date = japanDateKey(new Date(Date.now() + 7 * DAY));
    const request = (startsAt: string) => ({ adviserId, startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: { stage: 'idea', businessIdea: '古民家カフェ', questions: '' } });
    const booked = await booker.browser.post('/api/consultation-bookings', request(`${date}T10:00:00+09:00`));
    expect(booked.statusCode).toBe(201);

    expect((await adviser.browser.request('DELETE', '/api/me')).statusCode).toBe(204);

    const mine = await booker.browser.get(`/api/consultation-bookings/${booked.json<{ id: string }>().id}`);
    expect(mine.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'adviser', cancellationReason: expect.stringContaining('別の相談員') });
    const mails = (await stack.sql.query(`SELECT template, recipient_user_id FROM notification WHERE dedupe_key LIKE $1 AND status = 'pending'`, [
      `consultation-booking:${booked.json<{ id: string }>().id}:cancelled:%`,
    ])) as { template: string; recipient_user_id: string }[];
    expect(mails).toEqual([{ template: 'consultation-cancelled', recipient_user_id: booker.id }]);
    expect((await booker.browser.post('/api/consultation-bookings', request(`${date}T11:00:00+09:00`))).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  }, 60_000);
});
