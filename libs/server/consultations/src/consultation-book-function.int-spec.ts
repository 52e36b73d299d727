import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Adviser } from '@asaka/contracts';
import { checkSlotRequest, japanDateKey, japanInstant } from '@asaka/domain';
import { ApiStack, startApiStack } from '@asaka/testing';
import { AppModule } from '../../../../apps/api/src/app.module';

// The write decides "taken" in SQL (consultation_book, migration 1764210000000) while the listing
// decides it in the domain (freeSlots / checkSlotRequest). They must agree on every time: whatever
// bookings an adviser holds and whatever the slot length and buffer.

const MINUTE = 60_000;
const PROFILE = { organizationName: '朝霞市商工会', areas: ['finance'], topics: ['financing'], places: ['chamber-of-commerce'] };
const allDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));

describe('consultation_book() and the domain agree on which times are taken', () => {
  let stack: ApiStack;
  let adviserId: string;
  const people: string[] = [];

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    const adviser = await stack.signIn('book-function-adviser@shokokai.example.jp', ['adviser']);
    await adviser.browser.request('PUT', '/api/advisers/me', PROFILE);
    adviserId = (await adviser.browser.request('PUT', '/api/advisers/me/availability', { weeklyRules: allDay, exceptions: [] })).json<Adviser>().id;
    for (let i = 0; i < 7; i += 1) people.push((await stack.signIn(`book-function-${i}@example.jp`, ['entrepreneur'])).id);
  }, 60_000);

  afterAll(() => stack?.close());

  it('refuses exactly the starts checkSlotRequest calls taken, for random bookings, slot lengths and buffers', async () => {
    const date = japanDateKey(new Date(Date.now() + 30 * 86_400_000));
    const at = (minute: number) => new Date(japanInstant(date, 0).getTime() + minute * MINUTE);
    // Up to six sessions of the adviser that day (one person each), in any status.
    const held = fc.array(
      fc.record({ start: fc.integer({ min: 7 * 60, max: 20 * 60 }), minutes: fc.constantFrom(30, 45, 60, 90), status: fc.constantFrom('booked', 'held', 'no-show', 'cancelled') }),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(held, fc.constantFrom(30, 60, 90), fc.constantFrom(0, 10, 15, 30), async (sessions, slotMinutes, bufferMinutes) => {
        await stack.sql.query(`DELETE FROM consultation_booking WHERE adviser_id = $1`, [adviserId]);
        const booked: { start: Date; end: Date }[] = [];
        for (const [i, s] of sessions.entries()) {
          const interval = { start: at(s.start), end: at(s.start + s.minutes) };
          const occupying = s.status !== 'cancelled';
          // Occupying sessions never overlap (the exclusion constraint): skip one that would.
          if (occupying && booked.some((b) => b.start < interval.end && interval.start < b.end)) continue;
          await stack.sql.query(
            `INSERT INTO consultation_booking (adviser_id, booker_user_id, topic, place, stage, business_idea, questions, starts_at, ends_at, status, cancelled_at, cancelled_by)
             VALUES ($1, $2, 'financing', 'chamber-of-commerce', 'idea', '—', '', $3, $4, $5, CASE WHEN $5 = 'cancelled' THEN now() END, CASE WHEN $5 = 'cancelled' THEN 'booker' END)`,
            [adviserId, people[i], interval.start, interval.end, s.status],
          );
          if (occupying) booked.push(interval);
        }
        const context = { rules: allDay, exceptions: [], booked, isHoliday: () => false, slotMinutes, bufferMinutes, minimumNoticeMinutes: 0, now: new Date(0) };
        // Every start of the grid that day: the domain's verdict against the function's.
        for (let minute = 8 * 60; minute + slotMinutes <= 20 * 60; minute += slotMinutes + bufferMinutes) {
          const start = at(minute);
          const verdict = checkSlotRequest(context, start);
          const outcome = await tryBook(start, new Date(start.getTime() + slotMinutes * MINUTE), bufferMinutes);
          expect({ start: start.toISOString(), outcome }).toEqual({ start: start.toISOString(), outcome: verdict.ok ? 'booked' : 'taken' });
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  /** What consultation_book answers for one slot, rolled back so every start is asked against the same bookings. */
  async function tryBook(start: Date, end: Date, bufferMinutes: number): Promise<string> {
    const runner = stack.sql.createQueryRunner();
    await runner.startTransaction();
    try {
      const booking = {
        id: randomUUID(),
        adviser_id: adviserId,
        booker_user_id: people[6],
        topic: 'financing',
        place: 'chamber-of-commerce',
        stage: 'idea',
        business_idea: '—',
        questions: '',
        starts_at: start.toISOString(),
        ends_at: end.toISOString(),
        entered_by: 'booker',
        reminder_key: null,
      };
      const [row] = (await runner.query(`SELECT outcome FROM consultation_book($1::jsonb, $2::text[], $3, NULL)`, [JSON.stringify(booking), [`test:${adviserId}`], bufferMinutes])) as {
        outcome: string;
      }[];
      return String(row?.outcome);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
});
