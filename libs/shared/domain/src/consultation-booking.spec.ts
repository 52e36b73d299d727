import {
  cancellableUntil,
  canWriteConsultationRecord,
  checkSlotRequest,
  consultationBookingActions,
  consultationChangeRefusal,
  consultationOutcomeRefusal,
  consultationReminderAt,
  consultationSessionActions,
  formatConsultationTime,
  formatJapanDateTime,
  isOpenBooking,
  isYearEndClosure,
  SlotRequestContext,
  windowsOverlap,
} from './consultation-booking';
import { toJapanIso } from './japan-time';

const at = (iso: string) => new Date(iso);

describe('checkSlotRequest', () => {
  // Tuesdays 10:00–12:00 Japan time, 60-minute slots, a day's notice.
  const context: SlotRequestContext = {
    rules: [{ weekday: 2, start: '10:00', end: '12:00' }],
    exceptions: [],
    booked: [],
    isHoliday: () => false,
    slotMinutes: 60,
    bufferMinutes: 0,
    minimumNoticeMinutes: 24 * 60,
    now: at('2026-11-25T09:00:00+09:00'),
  };

  it('accepts a start on the grid of the adviser’s hours and returns the whole slot', () => {
    const verdict = checkSlotRequest(context, at('2026-12-01T11:00:00+09:00'));
    expect(verdict.ok && [toJapanIso(verdict.slot.start), toJapanIso(verdict.slot.end)]).toEqual(['2026-12-01T11:00:00+09:00', '2026-12-01T12:00:00+09:00']);
  });

  it('refuses a time off the grid, outside the hours, or on a closed day as not offered', () => {
    expect(checkSlotRequest(context, at('2026-12-01T10:30:00+09:00'))).toEqual({ ok: false, reason: 'not-offered' });
    expect(checkSlotRequest(context, at('2026-12-01T12:00:00+09:00'))).toEqual({ ok: false, reason: 'not-offered' });
    expect(checkSlotRequest(context, at('2026-12-02T10:00:00+09:00'))).toEqual({ ok: false, reason: 'not-offered' });
    expect(checkSlotRequest({ ...context, isHoliday: (d) => d === '2026-12-01' }, at('2026-12-01T10:00:00+09:00'))).toEqual({ ok: false, reason: 'not-offered' });
  });

  it('tells a slot sooner than the minimum notice apart from one that is not offered', () => {
    expect(checkSlotRequest({ ...context, now: at('2026-11-30T10:30:00+09:00') }, at('2026-12-01T10:00:00+09:00'))).toEqual({ ok: false, reason: 'too-soon' });
    expect(checkSlotRequest({ ...context, now: at('2026-11-30T10:30:00+09:00') }, at('2026-12-01T11:00:00+09:00')).ok).toBe(true);
  });

  it('calls a slot held by another booking, or inside its buffer, taken', () => {
    const booked = [{ start: at('2026-12-01T10:00:00+09:00'), end: at('2026-12-01T11:00:00+09:00') }];
    expect(checkSlotRequest({ ...context, booked }, at('2026-12-01T10:00:00+09:00'))).toEqual({ ok: false, reason: 'taken' });
    // An off-grid booking left from earlier hours still blocks the slot it overlaps.
    const offGrid = [{ start: at('2026-12-01T11:30:00+09:00'), end: at('2026-12-01T12:30:00+09:00') }];
    expect(checkSlotRequest({ ...context, booked: offGrid }, at('2026-12-01T11:00:00+09:00'))).toEqual({ ok: false, reason: 'taken' });
  });
});

describe('who may cancel or move a booking, and until when', () => {
  const booking = { status: 'booked' as const, startsAt: at('2026-12-01T10:00:00+09:00') };
  const cutoff = 24 * 60;

  it('lets the booker act until the cut-off, the adviser and staff until the session starts', () => {
    expect(toJapanIso(cancellableUntil(booking.startsAt, cutoff))).toBe('2026-11-30T10:00:00+09:00');
    expect(consultationChangeRefusal(booking, 'booker', at('2026-11-30T10:00:00+09:00'), cutoff)).toBeNull();
    expect(consultationChangeRefusal(booking, 'booker', at('2026-11-30T10:00:01+09:00'), cutoff)).toBe('cutoff-passed');
    expect(consultationChangeRefusal(booking, 'adviser', at('2026-12-01T09:59:00+09:00'), cutoff)).toBeNull();
    expect(consultationChangeRefusal(booking, 'staff', at('2026-12-01T10:00:00+09:00'), cutoff)).toBe('started');
    expect(consultationChangeRefusal({ ...booking, status: 'cancelled' }, 'staff', at('2026-11-01T10:00:00+09:00'), cutoff)).toBe('not-booked');
  });

  it('offers the buttons when any of the caller’s roles may act', () => {
    const late = at('2026-11-30T20:00:00+09:00');
    expect(consultationBookingActions(booking, ['booker'], late, cutoff)).toEqual([]);
    expect(consultationBookingActions(booking, ['booker', 'staff'], late, cutoff)).toEqual(['cancel', 'reschedule']);
  });

  it('counts only bookings still ahead as open', () => {
    expect(isOpenBooking(booking, at('2026-11-30T10:00:00+09:00'))).toBe(true);
    expect(isOpenBooking(booking, at('2026-12-01T10:00:00+09:00'))).toBe(false);
    expect(isOpenBooking({ ...booking, status: 'cancelled' }, at('2026-11-01T10:00:00+09:00'))).toBe(false);
  });
});

describe('consultationReminderAt', () => {
  it('is 10:00 Japan time on the day before, also for a session just after midnight', () => {
    expect(toJapanIso(consultationReminderAt(at('2026-12-01T14:00:00+09:00'), at('2026-11-25T00:00:00+09:00')) as Date)).toBe('2026-11-30T10:00:00+09:00');
    expect(toJapanIso(consultationReminderAt(at('2026-12-01T00:30:00+09:00'), at('2026-11-25T00:00:00+09:00')) as Date)).toBe('2026-11-30T10:00:00+09:00');
  });

  it('is none when that moment has passed (a booking made the evening before)', () => {
    expect(consultationReminderAt(at('2026-12-01T14:00:00+09:00'), at('2026-11-30T18:00:00+09:00'))).toBeNull();
  });
});

describe('formatConsultationTime', () => {
  it('writes the time in Japan time with its zone, whatever zone the instant was given in', () => {
    const start = at('2026-12-01T01:00:00Z');
    const end = at('2026-12-01T02:00:00Z');
    expect(formatConsultationTime(start, end, 'ja')).toBe('2026年12月1日(火) 10:00〜11:00 (日本時間 JST)');
    expect(formatConsultationTime(start, end, 'en')).toBe('Tue 1 December 2026, 10:00–11:00 (Japan time, JST)');
  });

  it('writes a single instant (a deadline) the same way', () => {
    expect(formatJapanDateTime(at('2026-11-30T01:00:00Z'), 'ja')).toBe('2026年11月30日(月) 10:00 (日本時間 JST)');
    expect(formatJapanDateTime(at('2026-11-30T01:00:00Z'), 'en')).toBe('Mon 30 November 2026, 10:00 (Japan time, JST)');
  });

  it('takes the date in Japan: 00:30 JST on 1 December is still 30 November in UTC', () => {
    expect(formatConsultationTime(at('2026-11-30T15:30:00Z'), at('2026-11-30T16:30:00Z'), 'ja')).toBe('2026年12月1日(火) 00:30〜01:30 (日本時間 JST)');
  });
});

describe('availability helpers', () => {
  it('finds overlapping windows of one day, while back-to-back windows are fine', () => {
    expect(windowsOverlap([{ start: '13:00', end: '16:00' }, { start: '10:00', end: '12:00' }])).toBe(false);
    expect(windowsOverlap([{ start: '10:00', end: '12:00' }, { start: '12:00', end: '13:00' }])).toBe(false);
    expect(windowsOverlap([{ start: '10:00', end: '12:30' }, { start: '12:00', end: '13:00' }])).toBe(true);
  });

  it('closes 年末年始 (29 December to 3 January)', () => {
    expect(['2026-12-28', '2026-12-29', '2026-12-31', '2027-01-03', '2027-01-04'].map(isYearEndClosure)).toEqual([false, true, true, true, false]);
  });
});

describe('marking a session held or no-show', () => {
  const booking = { status: 'booked' as const, startsAt: at('2026-12-01T10:00:00+09:00') };
  const during = at('2026-12-01T10:05:00+09:00');

  it('is possible from the start of the session, not before', () => {
    expect(consultationOutcomeRefusal(booking, 'held', at('2026-12-01T09:59:59+09:00'), false)).toBe('not-started');
    expect(consultationOutcomeRefusal(booking, 'held', at('2026-12-01T10:00:00+09:00'), false)).toBeNull();
    expect(consultationOutcomeRefusal(booking, 'no-show', during, false)).toBeNull();
  });

  it('is never possible on a cancelled booking', () => {
    expect(consultationOutcomeRefusal({ ...booking, status: 'cancelled' }, 'held', during, false)).toBe('cancelled');
  });

  it('can be corrected until a record attests the session, and repeating a mark is harmless', () => {
    expect(consultationOutcomeRefusal({ ...booking, status: 'no-show' }, 'held', during, false)).toBeNull();
    expect(consultationOutcomeRefusal({ ...booking, status: 'held' }, 'no-show', during, false)).toBeNull();
    expect(consultationOutcomeRefusal({ ...booking, status: 'held' }, 'no-show', during, true)).toBe('recorded');
    expect(consultationOutcomeRefusal({ ...booking, status: 'held' }, 'held', during, true)).toBeNull();
  });

  it('allows a record only for a held session, and shows the adviser the matching buttons', () => {
    expect(canWriteConsultationRecord('held')).toBe(true);
    expect(canWriteConsultationRecord('no-show')).toBe(false);
    expect(consultationSessionActions(booking, false, at('2026-11-30T10:00:00+09:00'))).toEqual([]);
    expect(consultationSessionActions(booking, false, during)).toEqual(['mark-held', 'mark-no-show']);
    expect(consultationSessionActions({ ...booking, status: 'held' }, false, during)).toEqual(['mark-no-show', 'write-record']);
    expect(consultationSessionActions({ ...booking, status: 'held' }, true, during)).toEqual(['write-record']);
    expect(consultationSessionActions({ ...booking, status: 'no-show' }, false, during)).toEqual(['mark-held']);
  });
});
