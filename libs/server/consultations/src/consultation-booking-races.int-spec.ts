import fc from 'fast-check';
import type { Adviser } from '@asaka/contracts';
import { japanDateKey } from '@asaka/domain';
import { ApiStack, HttpResult, HttpSession, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';
import { isClosedDay } from './japanese-holidays';

// A slot can never hold two bookings, whatever the path and however the requests interleave:
// PostgreSQL's exclusion constraints decide, and the API answers 409 SLOT_ALREADY_BOOKED.

const DAY = 86_400_000;
const day = (offset: number) => japanDateKey(new Date(Date.now() + offset * DAY));
/** `count` distinct dates from `offset` days ahead that are not public holidays or 年末年始. */
function openDays(offset: number, count: number): string[] {
  const dates: string[] = [];
  for (let o = offset; dates.length < count; o += 1) if (!isClosedDay(day(o))) dates.push(day(o));
  return dates;
}
const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
const ANSWERS = { stage: 'idea', businessIdea: '移動販売のコーヒー店', questions: '' };
const PROFILE = { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] };

/** Active bookings that overlap another active booking of the same adviser, or of the same person. */
const OVERLAPS = `SELECT a.id, b.id AS other FROM consultation_booking a JOIN consultation_booking b
  ON a.id < b.id AND (a.adviser_id = b.adviser_id OR a.booker_user_id = b.booker_user_id)
  AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
  WHERE a.status IN ('booked', 'held', 'no-show') AND b.status IN ('booked', 'held', 'no-show')`;

describe('booking races', () => {
  let stack: ApiStack;
  let staff: HttpSession;
  const advisers: { session: HttpSession; id: string; userId: string }[] = [];

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    staff = (await stack.signIn('races-staff@city.example.jp', ['staff'])).browser;
    // Nobody here is stopped by the per-person limit: these tests are about the slot alone.
    await staff.request('PUT', '/api/consultation-settings', { minimumNoticeMinutes: 24 * 60, cancellationCutoffMinutes: 24 * 60, maxOpenBookingsPerPerson: 20 });
    for (const n of [1, 2]) {
      const { browser, id: userId } = await stack.signIn(`races-adviser-${n}@shokokai.example.jp`, ['adviser']);
      await browser.request('PUT', '/api/advisers/me', PROFILE);
      const { id } = (await browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: everyDay, exceptions: [] })).json<Adviser>();
      advisers.push({ session: browser, id, userId });
    }
  }, 60_000);

  afterAll(() => stack?.close());

  /** People signed in a few at a time (each sign-in hashes a password). */
  async function people(prefix: string, count: number): Promise<{ browser: HttpSession; id: string }[]> {
    const signedIn: { browser: HttpSession; id: string }[] = [];
    for (let start = 0; start < count; start += 10) {
      const batch = Array.from({ length: Math.min(10, count - start) }, (_, i) => stack.signIn(`${prefix}-${start + i}@example.jp`, ['entrepreneur']));
      signedIn.push(...(await Promise.all(batch)));
    }
    return signedIn;
  }

  const book = (browser: HttpSession, adviserId: string, startsAt: string, extra: Record<string, unknown> = {}) =>
    browser.post('/api/consultation-bookings', { adviserId, startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: ANSWERS, ...extra });
  const codeOf = (response: HttpResult) => (response.statusCode < 300 ? response.statusCode : `${response.statusCode} ${response.json<{ code: string }>().code}`);

  it('gives a slot wanted by 50 people at once to exactly one of them, 20 times over', async () => {
    const crowd = await people('crowd', 50);
    const dates = openDays(3, 3);
    const slots = dates.flatMap((date) => [9, 10, 11, 12, 13, 14, 15].map((hour) => `${date}T${String(hour).padStart(2, '0')}:00:00+09:00`)).slice(0, 20);
    const adviserId = (advisers[0] as { id: string }).id;
    for (const startsAt of slots) {
      const answers = await Promise.all(crowd.map((p) => book(p.browser, adviserId, startsAt)));
      const tally: Record<string, number> = {};
      for (const answer of answers) tally[String(codeOf(answer))] = (tally[String(codeOf(answer))] ?? 0) + 1;
      expect({ startsAt, tally }).toEqual({ startsAt, tally: { 201: 1, '409 SLOT_ALREADY_BOOKED': 49 } });
    }
    const held = (await stack.sql.query(`SELECT count(*)::int AS n FROM consultation_booking WHERE adviser_id = $1 AND status = 'booked'`, [adviserId])) as { n: number }[];
    expect(held[0]?.n).toBe(20);
    expect(await stack.sql.query(OVERLAPS)).toEqual([]);
  }, 120_000);

  it('gives a slot wanted by 40 people at once through two instances of the API to exactly one of them, 10 times over', async () => {
    // Each instance lets the requests for one slot take turns; between instances only PostgreSQL decides.
    const replica = await stack.replica();
    const crowd = (await people('two-instances', 40)).map((p, i) => (i % 2 === 0 ? p.browser : p.browser.on(replica)));
    const dates = openDays(12, 2);
    const slots = dates.flatMap((date) => [9, 10, 11, 12, 13].map((hour) => `${date}T${String(hour).padStart(2, '0')}:00:00+09:00`));
    const adviserId = (advisers[1] as { id: string }).id;
    for (const startsAt of slots) {
      const answers = await Promise.all(crowd.map((browser) => book(browser, adviserId, startsAt)));
      const tally: Record<string, number> = {};
      for (const answer of answers) tally[String(codeOf(answer))] = (tally[String(codeOf(answer))] ?? 0) + 1;
      expect({ startsAt, tally }).toEqual({ startsAt, tally: { 201: 1, '409 SLOT_ALREADY_BOOKED': 39 } });
    }
    const held = (await stack.sql.query(
      `SELECT count(*)::int AS n FROM consultation_booking WHERE adviser_id = $1 AND status = 'booked' AND starts_at = ANY ($2::timestamptz[])`,
      [adviserId, slots],
    )) as { n: number }[];
    expect(held[0]?.n).toBe(slots.length);
    expect(await stack.sql.query(OVERLAPS)).toEqual([]);
  }, 120_000);

  it('never leaves two active bookings overlapping, whatever mix of booking, staff entry, moving and cancelling, one at a time or at once', async () => {
    const persons = await people('mixer', 4);
    const starts = openDays(5, 1).flatMap((date) => ['09', '10', '11', '12'].map((hour) => `${date}T${hour}:00:00+09:00`));
    const actorSession = (by: 'booker' | 'adviser' | 'staff', booking: Model) =>
      by === 'staff' ? staff : by === 'adviser' ? (advisers.find((a) => a.id === booking.adviserId) as { session: HttpSession }).session : (persons[booking.person] as { browser: HttpSession }).browser;

    interface Model {
      id: string;
      person: number;
      adviserId: string;
      startsAt: string;
      active: boolean;
    }
    type Step =
      | { kind: 'book'; atCounter: boolean; person: number; adviser: number; slot: number }
      | { kind: 'cancel'; booking: number; by: 'booker' | 'adviser' | 'staff' }
      | { kind: 'reschedule'; booking: number; slot: number; by: 'booker' | 'adviser' | 'staff' };

    const by = fc.constantFrom('booker' as const, 'adviser' as const, 'staff' as const);
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), atCounter: fc.boolean(), person: fc.nat(3), adviser: fc.nat(1), slot: fc.nat(3) }),
      fc.record({ kind: fc.constant('cancel' as const), booking: fc.nat(20), by }),
      fc.record({ kind: fc.constant('reschedule' as const), booking: fc.nat(20), slot: fc.nat(3), by }),
    );
    // A turn is one step, or a few sent at the same moment.
    const turns = fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

    /** What the API must answer to one step, given the bookings before it. */
    function expected(s: Step, model: Model[]): string | number {
      const taken = (adviserId: string, startsAt: string, except?: string) => model.some((b) => b.active && b.id !== except && b.adviserId === adviserId && b.startsAt === startsAt);
      const busy = (person: number, startsAt: string, except?: string) => model.some((b) => b.active && b.id !== except && b.person === person && b.startsAt === startsAt);
      if (s.kind === 'book') {
        const adviserId = (advisers[s.adviser] as { id: string }).id;
        const startsAt = starts[s.slot] as string;
        if (taken(adviserId, startsAt)) return '409 SLOT_ALREADY_BOOKED';
        return busy(s.person, startsAt) ? '409 BOOKER_ALREADY_BOOKED' : 201;
      }
      const booking = model[s.booking % model.length] as Model;
      if (!booking.active) return '409 BOOKING_NOT_CHANGEABLE';
      if (s.kind === 'cancel') return 200;
      const startsAt = starts[s.slot] as string;
      if (startsAt === booking.startsAt) return 200;
      if (taken(booking.adviserId, startsAt, booking.id)) return '409 SLOT_ALREADY_BOOKED';
      return busy(booking.person, startsAt, booking.id) ? '409 BOOKER_ALREADY_BOOKED' : 200;
    }

    async function perform(s: Step, model: Model[]): Promise<HttpResult | null> {
      if (s.kind === 'book') {
        const person = persons[s.person] as { browser: HttpSession; id: string };
        const adviserId = (advisers[s.adviser] as { id: string }).id;
        const startsAt = starts[s.slot] as string;
        return s.atCounter ? book(staff, adviserId, startsAt, { bookerUserId: person.id }) : book(person.browser, adviserId, startsAt);
      }
      if (model.length === 0) return null;
      const booking = model[s.booking % model.length] as Model;
      const session = actorSession(s.by, booking);
      return s.kind === 'cancel'
        ? session.post(`/api/consultation-bookings/${booking.id}/cancel`, {})
        : session.post(`/api/consultation-bookings/${booking.id}/reschedule`, { startsAt: starts[s.slot] });
    }

    async function stored(): Promise<Model[]> {
      const rows = (await stack.sql.query(`SELECT id, booker_user_id, adviser_id, starts_at, status FROM consultation_booking ORDER BY created_at, id`)) as {
        id: string;
        booker_user_id: string;
        adviser_id: string;
        starts_at: Date;
        status: string;
      }[];
      return rows.map((row) => ({
        id: row.id,
        person: persons.findIndex((p) => p.id === row.booker_user_id),
        adviserId: row.adviser_id,
        startsAt: starts.find((s) => Date.parse(s) === row.starts_at.getTime()) as string,
        active: row.status === 'booked',
      }));
    }

    await fc.assert(
      fc.asyncProperty(turns, async (plan) => {
        await stack.sql.query(`DELETE FROM consultation_booking`);
        for (const turn of plan) {
          const before = await stored();
          const answers = await Promise.all(turn.map((s) => perform(s, before)));
          if (turn.length === 1 && answers[0]) {
            // One at a time, the answer is exactly what the bookings before it imply.
            expect(codeOf(answers[0])).toBe(expected(turn[0] as Step, before));
          } else {
            for (const answer of answers) if (answer) expect([200, 201, '409 SLOT_ALREADY_BOOKED', '409 BOOKER_ALREADY_BOOKED', '409 BOOKING_NOT_CHANGEABLE']).toContain(codeOf(answer));
          }
          expect(await stack.sql.query(OVERLAPS)).toEqual([]);
        }
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
