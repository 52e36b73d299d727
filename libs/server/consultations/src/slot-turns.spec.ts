import { AppError } from '@asaka/platform';
import { ConsultationErrors } from './consultations.errors';
import { SlotAttemptSight, slotKey, SlotTurns } from './slot-turns';

const offer = { topics: ['founding-plan', 'financing'] as const, places: ['chamber-of-commerce', 'online'] as const };
const request = { topic: 'financing', place: 'online' } as const;

/** An attempt the test settles by hand, counting how often it was started. */
function controlledAttempt() {
  let settle!: { resolve: (value: string) => void; reject: (error: unknown) => void };
  const started: SlotAttemptSight[] = [];
  const run = (sight: SlotAttemptSight) => {
    started.push(sight);
    sight.adviser = { topics: [...offer.topics], places: [...offer.places] };
    return new Promise<string>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  return { run, started, settle: () => settle };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    return `ok:${String(await promise)}`;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('SlotTurns', () => {
  it('runs one attempt for requests that come at once; when it books the slot the others are refused without running theirs', async () => {
    const turns = new SlotTurns();
    const attempt = controlledAttempt();
    const first = turns.take('a 1', request, attempt.run);
    const others = [
      turns.take('a 1', request, attempt.run),
      turns.take('a 1', { topic: 'business-succession', place: 'online' }, attempt.run),
      turns.take('a 1', { topic: 'financing', place: 'industry-culture-center' }, attempt.run),
    ];
    await Promise.resolve();
    expect(attempt.started).toHaveLength(1);
    attempt.settle().resolve('booked');
    expect(await codeOf(first)).toBe('ok:booked');
    // As the booking checks them: the topic, then the place, then the slot.
    expect(await Promise.all(others.map(codeOf))).toEqual(['SLOT_ALREADY_BOOKED', 'TOPIC_NOT_OFFERED', 'PLACE_NOT_OFFERED']);
    expect(attempt.started).toHaveLength(1);
    expect(turns.size).toBe(0);
  });

  it('refuses the waiters too when the attempt found the slot already booked', async () => {
    const turns = new SlotTurns();
    const attempt = controlledAttempt();
    const first = turns.take('a 1', request, attempt.run);
    const second = turns.take('a 1', request, attempt.run);
    attempt.settle().reject(ConsultationErrors.SLOT_ALREADY_BOOKED());
    expect(await codeOf(first)).toBe('SLOT_ALREADY_BOOKED');
    expect(await codeOf(second)).toBe('SLOT_ALREADY_BOOKED');
    expect(attempt.started).toHaveLength(1);
  });

  it('lets the next request try for itself when the attempt failed for its own person, and only one at a time', async () => {
    const turns = new SlotTurns();
    const attempt = controlledAttempt();
    const first = turns.take('a 1', request, attempt.run);
    const second = turns.take('a 1', request, attempt.run);
    const third = turns.take('a 1', request, attempt.run);
    attempt.settle().reject(ConsultationErrors.OPEN_BOOKINGS_LIMIT({ limit: 3 }));
    expect(await codeOf(first)).toBe('OPEN_BOOKINGS_LIMIT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(attempt.started).toHaveLength(2);
    attempt.settle().resolve('booked by the second');
    expect(await codeOf(second)).toBe('ok:booked by the second');
    expect(await codeOf(third)).toBe('SLOT_ALREADY_BOOKED');
    expect(attempt.started).toHaveLength(2);
  });

  it('asks again (runs a new attempt) for a request that comes after the last attempt ended, and keeps other slots apart', async () => {
    const turns = new SlotTurns();
    const started: string[] = [];
    const booking = (name: string) => async (sight: SlotAttemptSight) => {
      started.push(name);
      sight.adviser = { topics: [...offer.topics], places: [...offer.places] };
      return name;
    };
    expect(await turns.take('a 1', request, booking('first'))).toBe('first');
    const [later, elsewhere] = await Promise.all([turns.take('a 1', request, booking('later')), turns.take('a 2', request, booking('elsewhere'))]);
    expect([later, elsewhere]).toEqual(['later', 'elsewhere']);
    expect(started).toEqual(['first', 'later', 'elsewhere']);
    expect(turns.size).toBe(0);
  });

  it('names a slot by its instant, however the offset was written', () => {
    expect(slotKey({ adviserId: 'a', startsAt: '2026-12-01T10:00:00+09:00' })).toBe(slotKey({ adviserId: 'a', startsAt: '2026-12-01T01:00:00Z' }));
    expect(slotKey({ adviserId: 'a', startsAt: '2026-12-01T10:00:00+09:00' })).not.toBe(slotKey({ adviserId: 'b', startsAt: '2026-12-01T10:00:00+09:00' }));
  });
});
