import fc from 'fast-check';
import {
  CHECK_IN_CODE_ALPHABET,
  checkInCodeFrom,
  checkInRefusal,
  eventActions,
  eventDefinitionProblems,
  eventReminderAt,
  formatCheckInCode,
  formatEventTime,
  isCheckInCode,
  isEventPublic,
  nextEventStatus,
  normalizeCheckInCode,
  placeRegistration,
  promotionCount,
  registrationCancelRefusal,
  registrationRefusal,
  registrationWindow,
  seatsRemaining,
} from './event-registration';
import type { EventSeatsState, EventStatus } from './event-registration';

const jst = (iso: string) => new Date(`${iso}+09:00`);

describe('an event, moved by staff', () => {
  const event = { startsAt: jst('2026-12-05T14:00:00') };
  const before = jst('2026-12-01T09:00:00');
  const during = jst('2026-12-05T15:00:00');

  it('is published from a draft, called off before it begins, and marked held once it has begun', () => {
    expect(nextEventStatus('draft', 'publish', event, before)).toBe('published');
    expect(nextEventStatus('published', 'publish', event, before)).toBeNull();
    expect(nextEventStatus('draft', 'cancel', event, before)).toBe('cancelled');
    expect(nextEventStatus('published', 'cancel', event, before)).toBe('cancelled');
    expect(nextEventStatus('published', 'cancel', event, during)).toBeNull();
    expect(nextEventStatus('published', 'finish', event, before)).toBeNull();
    expect(nextEventStatus('published', 'finish', event, during)).toBe('finished');
    for (const final of ['cancelled', 'finished'] as EventStatus[]) expect(eventActions(final, event, during)).toEqual([]);
    expect(eventActions('published', event, before)).toEqual(['cancel']);
    expect(eventActions('published', event, during)).toEqual(['finish']);
  });

  it('is public once published, also after it was held or called off, but never as a draft', () => {
    expect(isEventPublic('draft', null)).toBe(false);
    expect(isEventPublic('published', before)).toBe(true);
    expect(isEventPublic('finished', before)).toBe(true);
    expect(isEventPublic('cancelled', before)).toBe(true);
    expect(isEventPublic('cancelled', null)).toBe(false);
  });

  it('needs an end after its start, a registration window closing by the start, and areas only on seminars', () => {
    const ok = {
      kind: 'seminar' as const,
      startsAt: jst('2026-12-05T14:00:00'),
      endsAt: jst('2026-12-05T16:00:00'),
      registrationOpensAt: jst('2026-11-01T09:00:00'),
      registrationClosesAt: jst('2026-12-04T17:00:00'),
      areas: ['management', 'finance'] as const,
    };
    expect(eventDefinitionProblems(ok)).toEqual([]);
    expect(eventDefinitionProblems({ ...ok, endsAt: ok.startsAt }).map((p) => p.path)).toEqual(['endsAt']);
    expect(eventDefinitionProblems({ ...ok, registrationClosesAt: jst('2026-12-05T14:30:00') }).map((p) => p.path)).toEqual(['registrationClosesAt']);
    expect(eventDefinitionProblems({ ...ok, registrationClosesAt: ok.registrationOpensAt }).map((p) => p.path)).toEqual(['registrationClosesAt']);
    expect(eventDefinitionProblems({ ...ok, kind: 'job-fair' }).map((p) => p.path)).toEqual(['areas']);
    expect(eventDefinitionProblems({ ...ok, kind: 'job-fair', areas: [] })).toEqual([]);
  });
});

describe('registering', () => {
  const event: EventSeatsState = {
    status: 'published',
    startsAt: jst('2026-12-05T14:00:00'),
    registrationOpensAt: jst('2026-11-01T09:00:00'),
    registrationClosesAt: jst('2026-12-04T17:00:00'),
    capacity: 10,
    registered: 3,
  };

  it('opens and closes with the registration window, and offers the waiting list once the seats are taken', () => {
    expect(registrationWindow(event, jst('2026-10-31T23:59:00'))).toBe('not-open-yet');
    expect(registrationWindow(event, jst('2026-11-01T09:00:00'))).toBe('open');
    expect(registrationWindow({ ...event, registered: 10 }, jst('2026-11-20T09:00:00'))).toBe('waitlist');
    expect(registrationWindow(event, jst('2026-12-04T17:00:00'))).toBe('closed');
    expect(registrationWindow({ ...event, status: 'cancelled' }, jst('2026-11-20T09:00:00'))).toBe('closed');
  });

  it('is refused before the window, after it, and on an event that is not published', () => {
    expect(registrationRefusal(event, jst('2026-10-01T09:00:00'))).toBe('not-open-yet');
    expect(registrationRefusal(event, jst('2026-12-05T09:00:00'))).toBe('closed');
    expect(registrationRefusal({ ...event, status: 'draft' }, jst('2026-11-20T09:00:00'))).toBe('not-published');
    expect(registrationRefusal({ ...event, registered: 10 }, jst('2026-11-20T09:00:00'))).toBeNull();
  });

  it('takes a seat while one is free, and otherwise joins the end of the waiting list', () => {
    expect(placeRegistration(10, 9, 0)).toEqual({ status: 'registered' });
    expect(placeRegistration(10, 10, 0)).toEqual({ status: 'waitlisted', position: 1 });
    expect(placeRegistration(10, 10, 4)).toEqual({ status: 'waitlisted', position: 5 });
    // Someone already waiting goes first, whatever the count says.
    expect(placeRegistration(10, 9, 2)).toEqual({ status: 'waitlisted', position: 3 });
  });

  it('moves up as many waiting people as there are free seats, and takes no seat when the capacity is lowered', () => {
    expect(promotionCount(10, 9, 3)).toBe(1);
    expect(promotionCount(15, 10, 3)).toBe(3);
    expect(promotionCount(8, 10, 3)).toBe(0);
    expect(seatsRemaining(8, 10)).toBe(0);
  });

  it('may be cancelled until the event begins, but not once checked in', () => {
    expect(registrationCancelRefusal({ status: 'registered', attendedAt: null }, event, jst('2026-12-05T13:59:00'))).toBeNull();
    expect(registrationCancelRefusal({ status: 'registered', attendedAt: jst('2026-12-05T13:30:00') }, event, jst('2026-12-05T13:59:00'))).toBe('attended');
    expect(registrationCancelRefusal({ status: 'waitlisted', attendedAt: null }, event, jst('2026-12-05T14:00:00'))).toBe('started');
    expect(registrationCancelRefusal({ status: 'cancelled', attendedAt: null }, event, jst('2026-12-01T09:00:00'))).toBe('already-cancelled');
  });

  it('is reminded at 10:00 Japan time the day before, unless that moment has passed', () => {
    expect(eventReminderAt(event.startsAt, jst('2026-11-20T09:00:00'))).toEqual(jst('2026-12-04T10:00:00'));
    // Just after midnight in Japan is still the previous day in UTC: the Japan date decides.
    expect(eventReminderAt(jst('2026-12-05T00:30:00'), jst('2026-11-20T09:00:00'))).toEqual(jst('2026-12-04T10:00:00'));
    expect(eventReminderAt(event.startsAt, jst('2026-12-04T10:00:00'))).toBeNull();
  });
});

/**
 * The waiting list as the server keeps it (each change under the event's lock, promotions right
 * after): however people register and cancel and staff change the capacity, no seat is held
 * twice, nobody waits while a seat is free, and positions run 1..n in arrival order.
 */
describe('the waiting list over any sequence of changes', () => {
  type Step = { kind: 'register' } | { kind: 'cancel'; pick: number } | { kind: 'capacity'; capacity: number };
  const step = fc.oneof(
    fc.constant<Step>({ kind: 'register' }),
    fc.nat(50).map<Step>((pick) => ({ kind: 'cancel', pick })),
    fc.integer({ min: 1, max: 12 }).map<Step>((capacity) => ({ kind: 'capacity', capacity })),
  );

  it('keeps seats within the capacity and the waiting list gap-free, first come first served', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(step, { maxLength: 80 }), (initialCapacity, steps) => {
        let capacity = initialCapacity;
        let arrivals = 0;
        const registered: number[] = [];
        const waiting: number[] = [];
        const promote = () => waiting.splice(0, promotionCount(capacity, registered.length, waiting.length)).forEach((n) => registered.push(n));
        for (const s of steps) {
          if (s.kind === 'register') {
            const placement = placeRegistration(capacity, registered.length, waiting.length);
            arrivals += 1;
            if (placement.status === 'registered') registered.push(arrivals);
            else {
              expect(placement.position).toBe(waiting.length + 1);
              waiting.push(arrivals);
            }
          } else if (s.kind === 'cancel') {
            const everyone = [...registered, ...waiting];
            if (everyone.length === 0) continue;
            const gone = everyone[s.pick % everyone.length];
            const from = registered.includes(gone as number) ? registered : waiting;
            from.splice(from.indexOf(gone as number), 1);
          } else {
            const before = registered.length;
            capacity = s.capacity;
            // Lowering the capacity never takes a seat away.
            expect(registered.length).toBe(before);
          }
          promote();
          if (waiting.length > 0) expect(registered.length).toBeGreaterThanOrEqual(capacity);
          expect([...waiting].sort((a, b) => a - b)).toEqual(waiting);
          expect(new Set([...registered, ...waiting]).size).toBe(registered.length + waiting.length);
        }
      }),
    );
  });
});

describe('checking in', () => {
  const event = { status: 'published' as const, startsAt: jst('2026-12-05T14:00:00') };

  it('opens on the morning of the event day (Japan time) for people holding a seat', () => {
    expect(checkInRefusal(event, { status: 'registered' }, jst('2026-12-04T23:59:00'))).toBe('too-early');
    expect(checkInRefusal(event, { status: 'registered' }, jst('2026-12-05T00:00:00'))).toBeNull();
    expect(checkInRefusal({ ...event, status: 'finished' }, { status: 'registered' }, jst('2026-12-06T10:00:00'))).toBeNull();
    expect(checkInRefusal(event, { status: 'waitlisted' }, jst('2026-12-05T13:00:00'))).toBe('not-registered');
    expect(checkInRefusal({ ...event, status: 'cancelled' }, { status: 'registered' }, jst('2026-12-05T13:00:00'))).toBe('event-not-held');
  });

  it('uses codes without look-alike characters, and reads what staff type however it is written', () => {
    expect(CHECK_IN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const code = checkInCodeFrom([0, 1, 2, 3, 27, 28, 29, 30]);
    expect(code).toBe('ABCD6789');
    expect(isCheckInCode(code)).toBe(true);
    expect(formatCheckInCode(code)).toBe('ABCD-6789');
    expect(normalizeCheckInCode(' ａｂｃｄ－６７８９ ')).toBe('ABCD6789');
    expect(normalizeCheckInCode('abcd-6789')).toBe('ABCD6789');
    expect(isCheckInCode('ABCD0789')).toBe(false);
    expect(isCheckInCode('ABCD678')).toBe(false);
  });
});

describe('an event’s time in mails and pages', () => {
  it('is Japan time and says so, whatever the reader’s zone', () => {
    expect(formatEventTime(jst('2026-12-05T14:00:00'), jst('2026-12-05T16:00:00'), 'ja')).toBe('2026年12月5日(土) 14:00〜16:00 (日本時間 JST)');
    expect(formatEventTime(jst('2026-12-05T14:00:00'), jst('2026-12-05T16:00:00'), 'en')).toBe('Sat 5 December 2026, 14:00–16:00 (Japan time, JST)');
    expect(formatEventTime(jst('2026-12-05T10:00:00'), jst('2026-12-06T16:00:00'), 'ja')).toBe('2026年12月5日(土) 10:00 (日本時間 JST)〜2026年12月6日(日) 16:00 (日本時間 JST)');
  });
});
